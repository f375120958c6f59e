import assert from "node:assert/strict";
import { test } from "node:test";
import { exportWeights, mixNaiveBayes, prune, scoreSet } from "./fit.ts";

const vocab = { column: new Map([[30, 0], [10, 1], [20, 2]]), hashes: Uint32Array.from([30, 10, 20]) };

test("exported weights are sorted by hash; pruned ones are left out", () => {
  const model = { weights: Float64Array.from([0.5, -0.0001, 2]), bias: 0.1 };
  assert.deepEqual(exportWeights(vocab, model), { hashes: Uint32Array.from([10, 20, 30]), weights: Float32Array.from([-0.0001, 2, 0.5]) });
  const pruned = prune(model, 0.001);
  assert.equal(pruned.bias, 0.1);
  assert.deepEqual(exportWeights(vocab, pruned), { hashes: Uint32Array.from([20, 30]), weights: Float32Array.from([2, 0.5]) });
});

test("scores a set with every figure the issue asks for", () => {
  const set = { name: "s", texts: ["a", "b", "c", "d"], labels: Uint8Array.from([1, 0, 1, 0]), pages: ["x", "x", "y", "y"] };
  const s = scoreSet([0.9, 0.2, 0.6, 0.7], set, 0.5);
  assert.equal(s.rocAuc, 0.75);
  assert.equal(s.accuracy, 0.75);
  assert.equal(s.meanWorkRocAuc, 0.5);
  assert.ok(s.f1 > 0.79 && s.f1 < 0.81);
  assert.equal(s.precisionAtRecall90, 2 / 3);
});

test("mixing in naive Bayes adds a multiple of each column's log-count ratio, bias unchanged", () => {
  const model = { weights: Float64Array.from([0.5, -1, 0]), bias: 0.2 };
  const mixed = mixNaiveBayes(model, Float64Array.from([2, -4, 1]), 0.25);
  assert.deepEqual(mixed, { weights: Float64Array.from([1, -2, 0.25]), bias: 0.2 });
  assert.deepEqual(mixNaiveBayes(model, Float64Array.from([2, -4, 1]), 0), model);
});
