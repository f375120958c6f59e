/** Binary-classification metrics over scores (higher = more likely positive) and 0/1 labels. */

/** ROC AUC by ranks (ties get their average rank). NaN when one class is missing. */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0;
  let rankSum = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]!] === 1) {
        positives++;
        rankSum += rank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface Confusion {
  readonly tp: number;
  readonly fp: number;
  readonly tn: number;
  readonly fn: number;
}

/** Counts at a threshold: score >= threshold is predicted positive. */
export function confusion(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold: number): Confusion {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const predicted = scores[i]! >= threshold;
    if (labels[i] === 1) predicted ? tp++ : fn++;
    else predicted ? fp++ : tn++;
  }
  return { tp, fp, tn, fn };
}

export function accuracy(c: Confusion): number {
  return (c.tp + c.tn) / Math.max(1, c.tp + c.fp + c.tn + c.fn);
}

export function precision(c: Confusion): number {
  return c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
}

export function recall(c: Confusion): number {
  return c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
}

export function f1(c: Confusion): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** The best precision among thresholds whose recall is at least `minRecall`. */
export function precisionAtRecall(scores: ArrayLike<number>, labels: ArrayLike<number>, minRecall: number): number {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) positives++;
  let tp = 0;
  let seen = 0;
  let best = 0;
  for (let i = 0; i < order.length; i++) {
    seen++;
    if (labels[order[i]!] === 1) tp++;
    // only cut between distinct scores
    if (i + 1 < order.length && scores[order[i + 1]!] === scores[order[i]!]) continue;
    if (positives > 0 && tp / positives >= minRecall) best = Math.max(best, tp / seen);
  }
  return best;
}

/** The threshold that maximises F1 (ties: the higher threshold), in one sweep down the scores. */
export function bestF1Threshold(scores: ArrayLike<number>, labels: ArrayLike<number>): { threshold: number; f1: number } {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) positives++;
  let best = { threshold: 0.5, f1: -1 };
  let tp = 0;
  for (let i = 0; i < order.length; i++) {
    if (labels[order[i]!] === 1) tp++;
    if (i + 1 < order.length && scores[order[i + 1]!] === scores[order[i]!]) continue;
    // predicted positive: the i + 1 highest scores
    const value = (2 * tp) / (i + 1 + positives);
    if (value > best.f1) best = { threshold: scores[order[i]!]!, f1: value };
  }
  return best;
}

/** Mean AUC over groups (e.g. works) that have both classes; also how many groups counted. */
export function meanGroupAuc(scores: ArrayLike<number>, labels: ArrayLike<number>, groups: readonly string[]): { auc: number; groups: number } {
  const byGroup = new Map<string, number[]>();
  groups.forEach((g, i) => {
    let list = byGroup.get(g);
    if (list === undefined) byGroup.set(g, (list = []));
    list.push(i);
  });
  let sum = 0;
  let counted = 0;
  for (const idx of byGroup.values()) {
    const auc = rocAuc(idx.map((i) => scores[i]!), idx.map((i) => labels[i]!));
    if (Number.isNaN(auc)) continue;
    sum += auc;
    counted++;
  }
  return { auc: counted === 0 ? NaN : sum / counted, groups: counted };
}
