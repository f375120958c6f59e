import assert from "node:assert/strict";
import { test } from "node:test";
import { createClassifier } from "./classifier.ts";
import { extractFeatures } from "./features.ts";
import { MODEL_FORMAT, MODEL_VERSION } from "./format.ts";
import { createLexicon } from "./lexicon.ts";
import { ALL_FEATURES, TINY_LEXICON } from "./test-fixtures.ts";
import { exportWeights, fitLinear, prepare } from "./train/fit.ts";
import { predictLinear } from "./train/sparse.ts";

// A handful of made-up sentences: enough to train a model end to end and check that the
// shipped scorer reproduces training's scores.
const spoilers = [
  "She kills him in the final episode.",
  "It turns out the killer was her brother all along.",
  "He dies at the end of season two.",
  "In the finale she is revealed to be the traitor.",
  "Eventually the hero is killed by his mentor.",
  "The twist is that he was dead the whole time.",
];
const safe = [
  "The show is funny and the music is great.",
  "Each episode is set in a different city.",
  "The cast often improvises their lines.",
  "It is filmed in a small coastal town.",
  "The theme song is catchy.",
  "Critics praised the costumes.",
];
const texts = [...spoilers, ...safe];
const labels = Uint8Array.from(texts, (_, i) => (i < spoilers.length ? 1 : 0));
const lexicon = createLexicon(TINY_LEXICON);
const extract = (t: string, emit: (h: number, v: number) => void): void => extractFeatures(t, ALL_FEATURES, lexicon, emit);
const set = { name: "fixture", texts, labels, pages: texts.map(() => "made-up") };
const prepared = prepare(extract, set, [set], 1);
const fitted = fitLinear(prepared, labels, 1, true);
const { hashes, weights } = exportWeights(prepared.vocab, fitted);
const classifier = createClassifier({
  format: MODEL_FORMAT,
  version: MODEL_VERSION,
  features: ALL_FEATURES,
  lexicon: TINY_LEXICON,
  bias: fitted.bias,
  hashes,
  weights,
  calibration: { a: 1, b: 0 },
  threshold: 0.5,
  trainedOn: "fixture",
  dev: {},
});

test("the scorer reproduces the training-time scores", () => {
  const trained = predictLinear(prepared.train, fitted.weights, fitted.bias);
  texts.forEach((t, i) => assert.ok(Math.abs(classifier.rawScore(t) - trained[i]!) < 1e-4));
});

test("scores are probabilities and learn the training labels", () => {
  for (const t of texts) {
    const p = classifier.score(t);
    assert.ok(p >= 0 && p <= 1);
  }
  for (const t of spoilers) assert.ok(classifier.score(t) > 0.5, t);
  for (const t of safe) assert.ok(classifier.score(t) < 0.5, t);
});

test("scoring is deterministic and independent of order", () => {
  const forward = texts.map((t) => classifier.score(t));
  const backward = [...texts].reverse().map((t) => classifier.score(t)).reverse();
  assert.deepEqual(backward, forward);
});

test("empty and odd input still gets a probability", () => {
  for (const t of ["", "   ", "!!!", "\u{1F600}", "a".repeat(5000)]) {
    const p = classifier.score(t);
    assert.ok(p >= 0 && p <= 1, JSON.stringify(t.slice(0, 10)));
  }
});
