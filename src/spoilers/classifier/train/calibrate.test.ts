import assert from "node:assert/strict";
import { test } from "node:test";
import { fitPlatt } from "./calibrate.ts";

test("recovers the slope and offset that generated the labels", () => {
  // deterministic: labels drawn by a fixed linear congruential sequence from p = sigmoid(2z - 0.5)
  let seed = 42;
  const next = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const scores: number[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 20000; i++) {
    const z = next() * 6 - 3;
    scores.push(z);
    labels.push(next() < 1 / (1 + Math.exp(-(2 * z - 0.5))) ? 1 : 0);
  }
  const c = fitPlatt(scores, labels);
  assert.ok(Math.abs(c.a - 2) < 0.15, `a = ${c.a}`);
  assert.ok(Math.abs(c.b + 0.5) < 0.1, `b = ${c.b}`);
});

test("stays finite on separable scores", () => {
  const c = fitPlatt([-2, -1, 1, 2], [0, 0, 1, 1]);
  assert.ok(Number.isFinite(c.a) && Number.isFinite(c.b) && c.a > 0);
});
