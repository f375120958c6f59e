import assert from "node:assert/strict";
import { test } from "node:test";
import { accuracy, bestF1Threshold, confusion, f1, meanGroupAuc, precision, precisionAtRecall, recall, rocAuc } from "./metrics.ts";

test("ROC AUC: perfect, reversed, ties and a hand-computed case", () => {
  assert.equal(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1]), 1);
  assert.equal(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1]), 0);
  assert.equal(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1]), 0.5);
  // pairs (pos, neg): (0.7 > 0.4), (0.7 > 0.6), (0.3 < 0.4), (0.3 < 0.6): 2 of 4
  assert.equal(rocAuc([0.7, 0.3, 0.4, 0.6], [1, 1, 0, 0]), 0.5);
  assert.ok(Number.isNaN(rocAuc([0.1, 0.2], [1, 1])));
});

test("confusion, accuracy, precision, recall, F1", () => {
  const c = confusion([0.9, 0.6, 0.4, 0.2], [1, 0, 1, 0], 0.5);
  assert.deepEqual(c, { tp: 1, fp: 1, tn: 1, fn: 1 });
  assert.equal(accuracy(c), 0.5);
  assert.equal(precision(c), 0.5);
  assert.equal(recall(c), 0.5);
  assert.equal(f1(c), 0.5);
});

test("precision at recall 0.9 takes the best cut that keeps 90% of spoilers", () => {
  const scores = [0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];
  const labels = [1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0];
  // 9 spoilers: the top 8 are only 8/9 < 0.9 of them; the top 10 hold all 9, with one false alarm
  assert.equal(precisionAtRecall(scores, labels, 0.9), 0.9);
  assert.equal(precisionAtRecall(scores, labels, 0.8), 1);
});

test("best F1 threshold separates a separable set", () => {
  const best = bestF1Threshold([0.1, 0.3, 0.7, 0.9], [0, 0, 1, 1]);
  assert.equal(best.f1, 1);
  assert.equal(best.threshold, 0.7);
});

test("mean per-group AUC skips groups with one class", () => {
  const r = meanGroupAuc([0.9, 0.1, 0.2, 0.8, 0.5], [1, 0, 1, 0, 1], ["a", "a", "b", "b", "c"]);
  assert.equal(r.groups, 2);
  assert.equal(r.auc, 0.5);
});
