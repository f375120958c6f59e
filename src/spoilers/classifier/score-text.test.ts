import assert from "node:assert/strict";
import { test } from "node:test";
import type { SpoilerClassifier } from "./classifier.ts";
import { scoreText } from "./score-text.ts";

// A stand-in classifier: only the word "dies" is a spoiler.
const stub: SpoilerClassifier = {
  score: (s) => (s.includes("dies") ? 0.9 : 0.1),
  rawScore: () => 0,
  threshold: 0.5,
  info: { version: 1, features: 0, trainedOn: "stub", dev: {} },
};

test("each sentence gets its offsets, probability and verdict", () => {
  const text = "Great show. Everyone dies at the end.";
  assert.deepEqual(scoreText(stub, text), [
    { text: "Great show.", start: 0, end: 11, probability: 0.1, spoiler: false },
    { text: "Everyone dies at the end.", start: 12, end: 37, probability: 0.9, spoiler: true },
  ]);
});
