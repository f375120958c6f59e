import assert from "node:assert/strict";
import { test } from "node:test";
import { fitLogistic, logCountRatios } from "./logistic.ts";
import type { SparseMatrix } from "./sparse.ts";

/** Rows as lists of active columns (binary features). */
function matrix(rows: number[][], cols: number): SparseMatrix {
  const indptr = new Int32Array(rows.length + 1);
  const indices: number[] = [];
  rows.forEach((r, i) => {
    indices.push(...r);
    indptr[i + 1] = indices.length;
  });
  return { rows: rows.length, cols, indptr, indices: Int32Array.from(indices), values: new Float32Array(indices.length).fill(1) };
}

// column 0 marks positives, column 1 negatives, column 2 is noise on every row
const x = matrix([[0, 2], [0, 2], [0, 2], [1, 2], [1, 2], [1, 2]], 3);
const y = Uint8Array.from([1, 1, 1, 0, 0, 0]);

test("learns the sign of each feature, and stronger L2 shrinks the weights", () => {
  const loose = fitLogistic(x, y, { l2: 0.1 });
  const tight = fitLogistic(x, y, { l2: 10 });
  assert.ok(loose.weights[0]! > 0 && loose.weights[1]! < 0);
  assert.ok(Math.abs(loose.weights[2]!) < 1e-3);
  assert.ok(Math.abs(tight.weights[0]!) < Math.abs(loose.weights[0]!));
});

test("is deterministic", () => {
  assert.deepEqual(fitLogistic(x, y, { l2: 1 }), fitLogistic(x, y, { l2: 1 }));
});

test("NB log-count ratios: positive for spoiler-only features, about zero for shared ones", () => {
  const r = logCountRatios(x, y, 1);
  assert.ok(r[0]! > 0 && r[1]! < 0);
  assert.ok(Math.abs(r[2]!) < 1e-9);
  const nb = fitLogistic(x, y, { l2: 1, scale: r });
  assert.ok(nb.weights[0]! > 0 && nb.weights[1]! < 0);
});
