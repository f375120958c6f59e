/** Objective: returns f(x) and writes the gradient into `grad`. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface LbfgsOptions {
  readonly maxIterations: number;
  /** Stop when the relative decrease of f over an iteration falls below this. */
  readonly tolerance: number;
  readonly memory: number;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search. Minimises `f` from `x` in place
 * and returns the final value. Deterministic: no randomness anywhere.
 */
export function minimize(f: Objective, x: Float64Array, options: LbfgsOptions): number {
  const d = x.length;
  const m = options.memory;
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(m);
  let grad = new Float64Array(d);
  let value = f(x, grad);
  const dir = new Float64Array(d);
  const xNew = new Float64Array(d);
  let gradNew = new Float64Array(d);

  for (let iter = 0; iter < options.maxIterations; iter++) {
    // two-loop recursion: dir = -H grad
    for (let i = 0; i < d; i++) dir[i] = -grad[i]!;
    for (let k = s.length - 1; k >= 0; k--) {
      alpha[k] = rho[k]! * dot(s[k]!, dir);
      const yk = y[k]!;
      const a = alpha[k]!;
      for (let i = 0; i < d; i++) dir[i] = dir[i]! - a * yk[i]!;
    }
    if (s.length > 0) {
      const last = s.length - 1;
      const gamma = dot(s[last]!, y[last]!) / dot(y[last]!, y[last]!);
      for (let i = 0; i < d; i++) dir[i] = dir[i]! * gamma;
    } else {
      const norm = Math.sqrt(dot(dir, dir));
      if (norm === 0) break;
      for (let i = 0; i < d; i++) dir[i] = dir[i]! / norm;
    }
    for (let k = 0; k < s.length; k++) {
      const beta = rho[k]! * dot(y[k]!, dir);
      const sk = s[k]!;
      const c = alpha[k]! - beta;
      for (let i = 0; i < d; i++) dir[i] = dir[i]! + c * sk[i]!;
    }
    let slope = dot(grad, dir);
    if (slope >= 0) {
      // not a descent direction: restart from steepest descent
      for (let i = 0; i < d; i++) dir[i] = -grad[i]!;
      slope = dot(grad, dir);
      s.length = y.length = rho.length = 0;
    }
    let step = 1;
    let valueNew = 0;
    for (let tries = 0; ; tries++) {
      for (let i = 0; i < d; i++) xNew[i] = x[i]! + step * dir[i]!;
      valueNew = f(xNew, gradNew);
      if (valueNew <= value + 1e-4 * step * slope || tries >= 30) break;
      step *= 0.5;
    }
    const sk = new Float64Array(d);
    const yk = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      sk[i] = xNew[i]! - x[i]!;
      yk[i] = gradNew[i]! - grad[i]!;
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      if (s.length === m) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
    }
    x.set(xNew);
    const swap = grad;
    grad = gradNew;
    gradNew = swap;
    const decrease = value - valueNew;
    value = valueNew;
    if (decrease <= options.tolerance * Math.max(1, Math.abs(value))) break;
  }
  return value;
}
