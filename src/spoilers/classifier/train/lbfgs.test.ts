import assert from "node:assert/strict";
import { test } from "node:test";
import { minimize } from "./lbfgs.ts";

test("minimises an ill-conditioned quadratic to its optimum", () => {
  const target = [3, -2, 0.5];
  const scale = [1, 100, 0.01];
  const x = new Float64Array(3);
  const value = minimize(
    (p, grad) => {
      let f = 0;
      for (let i = 0; i < 3; i++) {
        const d = p[i]! - target[i]!;
        f += 0.5 * scale[i]! * d * d;
        grad[i] = scale[i]! * d;
      }
      return f;
    },
    x,
    { maxIterations: 200, tolerance: 1e-14, memory: 5 },
  );
  assert.ok(value < 1e-10);
  x.forEach((v, i) => assert.ok(Math.abs(v - target[i]!) < 1e-4, `${v} vs ${target[i]}`));
});

test("minimises the Rosenbrock function", () => {
  const x = new Float64Array([-1.2, 1]);
  minimize(
    (p, g) => {
      const [a, b] = [p[0]!, p[1]!];
      g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
      g[1] = 200 * (b - a * a);
      return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
    },
    x,
    { maxIterations: 500, tolerance: 1e-16, memory: 7 },
  );
  assert.ok(Math.abs(x[0]! - 1) < 1e-3 && Math.abs(x[1]! - 1) < 1e-3);
});
