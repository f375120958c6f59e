import type { SetScores } from "../format.ts";
import { accuracy, confusion, f1, meanGroupAuc, precisionAtRecall, rocAuc } from "../metrics.ts";
import { fitLogistic, logCountRatios, type LinearModel } from "./logistic.ts";
import { buildMatrix, buildVocabulary, type Extractor, type SparseMatrix, type Vocabulary } from "./sparse.ts";

/** Labelled sentences; `pages` (the works) group sentences for per-work scores only. */
export interface LabelledSet {
  readonly name: string;
  readonly texts: readonly string[];
  readonly labels: Uint8Array;
  readonly pages: readonly string[];
}

/** Feature matrices of a training set and of evaluation sets, over the training vocabulary. */
export interface Prepared {
  readonly vocab: Vocabulary;
  readonly train: SparseMatrix;
  readonly sets: readonly SparseMatrix[];
}

export function prepare(extract: Extractor, train: LabelledSet, sets: readonly LabelledSet[], minCount: number): Prepared {
  const vocab = buildVocabulary(train.texts, extract, minCount);
  return {
    vocab,
    train: buildMatrix(train.texts, extract, vocab, true),
    sets: sets.map((s) => buildMatrix(s.texts, extract, vocab, true)),
  };
}

/** Add-one smoothing of the naive-Bayes feature counts. */
const NB_SMOOTHING = 1;

/** The naive-Bayes log-count ratio of each training column. */
export function naiveBayesRatios(p: Prepared, labels: Uint8Array): Float64Array {
  return logCountRatios(p.train, labels, NB_SMOOTHING);
}

/** NB-weighted (log-count ratio) or plain L2 logistic regression on binary features. */
export function fitLinear(p: Prepared, labels: Uint8Array, l2: number, nb: boolean): LinearModel {
  const scale = nb ? naiveBayesRatios(p, labels) : undefined;
  return fitLogistic(p.train, labels, { l2, scale });
}

/**
 * The model with `mix` times the naive-Bayes log-count ratios added to its weights: an ensemble
 * of the discriminative fit and plain naive Bayes, which keeps some of the evidence of the many
 * rare features that the L2 penalty shrinks towards zero. Both are linear in the same features,
 * so the sum is one weight per feature and costs nothing at scoring time.
 */
export function mixNaiveBayes(model: LinearModel, ratios: Float64Array, mix: number): LinearModel {
  return { bias: model.bias, weights: model.weights.map((w, col) => w + mix * ratios[col]!) };
}

/** The model with weights smaller than `epsilon` in magnitude set to zero (left out of the file). */
export function prune(model: LinearModel, epsilon: number): LinearModel {
  return { bias: model.bias, weights: model.weights.map((w) => (Math.abs(w) < epsilon ? 0 : w)) };
}

/** The non-zero weights as the model file keeps them: by feature hash, sorted. */
export function exportWeights(vocab: Vocabulary, model: LinearModel): { hashes: Uint32Array; weights: Float32Array } {
  const order = Array.from(vocab.hashes.keys())
    .filter((col) => model.weights[col] !== 0)
    .sort((a, b) => vocab.hashes[a]! - vocab.hashes[b]!);
  const hashes = new Uint32Array(order.length);
  const weights = new Float32Array(order.length);
  order.forEach((col, i) => {
    hashes[i] = vocab.hashes[col]!;
    weights[i] = model.weights[col]!;
  });
  return { hashes, weights };
}

/** The figures the issue asks for, with `threshold` applied to `scores` for accuracy and F1. */
export function scoreSet(scores: ArrayLike<number>, set: LabelledSet, threshold: number): SetScores {
  const c = confusion(scores, set.labels, threshold);
  return {
    rocAuc: rocAuc(scores, set.labels),
    accuracy: accuracy(c),
    f1: f1(c),
    precisionAtRecall90: precisionAtRecall(scores, set.labels, 0.9),
    meanWorkRocAuc: meanGroupAuc(scores, set.labels, set.pages).auc,
  };
}
