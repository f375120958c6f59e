import { extractFeatures } from "./features.ts";
import type { ModelFile, SetScores } from "./format.ts";
import { createLexicon } from "./lexicon.ts";
import { calibrate, createWeightTable } from "./model.ts";

/**
 * A generic spoiler classifier: how likely one sentence is to spoil its work, read from the
 * sentence's text alone (no story model, no title, no context).
 */
export interface SpoilerClassifier {
  /** Calibrated probability (0..1) that the sentence is a spoiler, at a 50% base rate. */
  score(sentence: string): number;
  /** Uncalibrated linear score (log-odds scale before Platt scaling); useful for ranking only. */
  rawScore(sentence: string): number;
  /** Probability at or above which a sentence counts as a spoiler: the F1-best cut on dev. */
  readonly threshold: number;
  /** What the model is and how it scored on the development sets. */
  readonly info: ClassifierInfo;
}

export interface ClassifierInfo {
  readonly version: number;
  readonly features: number;
  readonly trainedOn: string;
  readonly dev: Readonly<Record<string, SetScores>>;
}

/** Builds a ready classifier from a decoded model file. */
export function createClassifier(model: ModelFile): SpoilerClassifier {
  const lexicon = createLexicon(model.lexicon);
  const table = createWeightTable(model.hashes, model.weights);
  const config = model.features;
  const add = (hash: number, value: number): void => table.add(hash, value);
  const rawScore = (sentence: string): number => {
    table.begin();
    extractFeatures(sentence, config, lexicon, add);
    return model.bias + table.sum;
  };
  return {
    rawScore,
    score: (sentence) => calibrate(rawScore(sentence), model.calibration),
    threshold: model.threshold,
    info: { version: model.version, features: model.hashes.length, trainedOn: model.trainedOn, dev: model.dev },
  };
}
