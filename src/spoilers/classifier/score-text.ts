import type { SpoilerClassifier } from "./classifier.ts";
import { splitSentences, type SentenceSpan } from "./sentences.ts";

/** A sentence of a text with the classifier's verdict. */
export interface ScoredSentence extends SentenceSpan {
  /** Calibrated probability that the sentence spoils its work. */
  readonly probability: number;
  /** `probability >= classifier.threshold`. */
  readonly spoiler: boolean;
}

/** Splits a text into sentences (as the story checker does) and scores each one. Offsets index the original text. */
export function scoreText(classifier: SpoilerClassifier, text: string): ScoredSentence[] {
  return splitSentences(text).map((s) => {
    const probability = classifier.score(s.text);
    return { ...s, probability, spoiler: probability >= classifier.threshold };
  });
}
