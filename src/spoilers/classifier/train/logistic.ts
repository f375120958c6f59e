import { minimize } from "./lbfgs.ts";
import type { SparseMatrix } from "./sparse.ts";

export interface LinearModel {
  readonly weights: Float64Array;
  readonly bias: number;
}

export interface LogisticOptions {
  /** L2 penalty on the weights (the bias is not penalised). */
  readonly l2: number;
  /** Per-column multipliers applied to the features before fitting (NB log-count ratios). */
  readonly scale?: Float64Array;
  readonly maxIterations?: number;
}

function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/**
 * L2-regularised logistic regression fitted with L-BFGS from zero: deterministic.
 * The returned weights apply to the unscaled features (any `scale` is folded in).
 */
export function fitLogistic(x: SparseMatrix, labels: Uint8Array, options: LogisticOptions): LinearModel {
  const cols = x.cols;
  const scale = options.scale;
  const params = new Float64Array(cols + 1);
  const z = new Float64Array(x.rows);
  const objective = (p: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    const bias = p[cols]!;
    for (let r = 0; r < x.rows; r++) {
      let s = bias;
      for (let k = x.indptr[r]!; k < x.indptr[r + 1]!; k++) {
        const c = x.indices[k]!;
        s += x.values[k]! * (scale === undefined ? 1 : scale[c]!) * p[c]!;
      }
      z[r] = s;
      const y = labels[r] === 1 ? 1 : -1;
      loss += softplus(-y * s);
      // d/ds log(1 + e^{-ys}) = -y * sigmoid(-ys)
      const g = -y * sigmoid(-y * s);
      for (let k = x.indptr[r]!; k < x.indptr[r + 1]!; k++) {
        const c = x.indices[k]!;
        grad[c] = grad[c]! + g * x.values[k]! * (scale === undefined ? 1 : scale[c]!);
      }
      grad[cols] = grad[cols]! + g;
    }
    let penalty = 0;
    for (let c = 0; c < cols; c++) {
      penalty += p[c]! * p[c]!;
      grad[c] = grad[c]! + options.l2 * p[c]!;
    }
    return loss + 0.5 * options.l2 * penalty;
  };
  minimize(objective, params, { maxIterations: options.maxIterations ?? 300, tolerance: 1e-7, memory: 10 });
  const weights = new Float64Array(cols);
  for (let c = 0; c < cols; c++) weights[c] = params[c]! * (scale === undefined ? 1 : scale[c]!);
  return { weights, bias: params[cols]! };
}

/**
 * Naive Bayes log-count ratios per column (Wang & Manning 2012): log of the smoothed share of
 * each feature among positive texts over its share among negative texts.
 */
export function logCountRatios(x: SparseMatrix, labels: Uint8Array, alpha: number): Float64Array {
  const pos = new Float64Array(x.cols).fill(alpha);
  const neg = new Float64Array(x.cols).fill(alpha);
  for (let r = 0; r < x.rows; r++) {
    const target = labels[r] === 1 ? pos : neg;
    for (let k = x.indptr[r]!; k < x.indptr[r + 1]!; k++) {
      const c = x.indices[k]!;
      target[c] = target[c]! + (x.values[k]! > 0 ? 1 : 0);
    }
  }
  let posSum = 0;
  let negSum = 0;
  for (let c = 0; c < x.cols; c++) {
    posSum += pos[c]!;
    negSum += neg[c]!;
  }
  const r = new Float64Array(x.cols);
  for (let c = 0; c < x.cols; c++) r[c] = Math.log(pos[c]! / posSum / (neg[c]! / negSum));
  return r;
}
