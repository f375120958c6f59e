/**
 * The generic spoiler classifier (issue #4): for works without a story model, how likely each
 * sentence is to spoil its work, from the sentence's text alone. See docs/model-card.md.
 *
 *   const classifier = loadClassifier();            // once, at start-up (~0.3 s)
 *   classifier.score("She dies in the finale.")      // calibrated probability 0..1
 *   scoreText(classifier, post)                      // sentences with offsets and verdicts
 */
export type { ClassifierInfo, SpoilerClassifier } from "./classifier.ts";
export { createClassifier } from "./classifier.ts";
export type { ModelFile, SetScores } from "./format.ts";
export { decodeModel, encodeModel } from "./format.ts";
export { DEFAULT_MODEL_URL, loadClassifier } from "./load.ts";
export type { ScoredSentence } from "./score-text.ts";
export { scoreText } from "./score-text.ts";
export type { SentenceSpan } from "./sentences.ts";
export { splitSentences } from "./sentences.ts";
