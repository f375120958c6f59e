import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeModel, encodeModel, MODEL_FORMAT, MODEL_VERSION, type ModelFile } from "./format.ts";
import { ALL_FEATURES, TINY_LEXICON } from "./test-fixtures.ts";

const model: ModelFile = {
  format: MODEL_FORMAT,
  version: MODEL_VERSION,
  features: ALL_FEATURES,
  lexicon: TINY_LEXICON,
  bias: -0.25,
  hashes: Uint32Array.from([1, 2, 4294967295]),
  weights: Float32Array.from([0.5, -1.5, 0.125]),
  calibration: { a: 1.2, b: 0.1 },
  threshold: 0.42,
  trainedOn: "made-up sentences",
  dev: { dev1: { rocAuc: 0.7, accuracy: 0.6, f1: 0.65, precisionAtRecall90: 0.55, meanWorkRocAuc: 0.68 } },
};

test("a model survives encoding and decoding, byte for byte", () => {
  const text = encodeModel(model);
  const back = decodeModel(text);
  assert.deepEqual(back, model);
  assert.equal(encodeModel(back), text);
});

test("what is not a model file is refused with a readable message", () => {
  assert.throws(() => decodeModel(JSON.stringify({ format: "something else" })), /not a spoiler classifier model file/);
  const bad = JSON.parse(encodeModel(model)) as Record<string, unknown>;
  bad.weights = Buffer.from(new Uint8Array(4)).toString("base64");
  assert.throws(() => decodeModel(JSON.stringify(bad)), /differ in length/);
});
