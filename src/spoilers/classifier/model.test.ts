import assert from "node:assert/strict";
import { test } from "node:test";
import { calibrate, createWeightTable, sigmoid } from "./model.ts";

const table = createWeightTable(Uint32Array.from([7, 0, 123456789, 4294967295]), Float32Array.from([0.5, 2, -1.25, 3]));

const sum = (feats: Array<[number, number]>): number => {
  table.begin();
  for (const [h, v] of feats) table.add(h, v);
  return table.sum;
};

test("sums weight x value of the features it knows, ignoring the rest", () => {
  assert.equal(sum([[7, 1], [123456789, 1], [99, 1]]), 0.5 - 1.25);
  assert.equal(sum([[4294967295, 0.5]]), 1.5);
  assert.equal(sum([[0, 1]]), 2);
  assert.equal(sum([]), 0);
});

test("a feature that comes again counts once, with its first value", () => {
  assert.equal(sum([[7, 1], [7, 1], [7, 0.5]]), 0.5);
  assert.equal(sum([[0, 0.5], [0, 1]]), 1);
});

test("each begin starts afresh", () => {
  assert.equal(sum([[7, 1]]), 0.5);
  assert.equal(sum([[7, 1]]), 0.5);
});

test("refuses duplicate hashes and mismatched arrays", () => {
  assert.throws(() => createWeightTable(Uint32Array.from([5, 5]), Float32Array.from([1, 2])), /duplicate/);
  assert.throws(() => createWeightTable(Uint32Array.from([5]), Float32Array.from([1, 2])), /length/);
});

test("calibration is a monotone map into (0, 1)", () => {
  const c = { a: 1.5, b: -0.2 };
  let previous = 0;
  for (let z = -40; z <= 40; z += 0.5) {
    const p = calibrate(z, c);
    assert.ok(p >= previous && p >= 0 && p <= 1);
    previous = p;
  }
  assert.equal(sigmoid(0), 0.5);
  assert.ok(Number.isFinite(sigmoid(-1000)) && Number.isFinite(sigmoid(1000)));
});
