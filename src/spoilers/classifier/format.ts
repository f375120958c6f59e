import { z } from "zod";
import type { FeatureConfig } from "./features.ts";
import type { LexiconData } from "./lexicon.ts";

/** Identifies the model file format; bump `MODEL_VERSION` when the features or layout change. */
export const MODEL_FORMAT = "afterimage-spoiler-classifier";
export const MODEL_VERSION = 1 as const;

/** Figures measured on one labelled set, stored with the model for its card and for `info`. */
export interface SetScores {
  readonly rocAuc: number;
  readonly accuracy: number;
  readonly f1: number;
  readonly precisionAtRecall90: number;
  readonly meanWorkRocAuc: number;
}

/** The model file, decoded. Weights are keyed by 32-bit feature hash; a feature adds weight x value. */
export interface ModelFile {
  readonly format: typeof MODEL_FORMAT;
  readonly version: typeof MODEL_VERSION;
  readonly features: FeatureConfig;
  readonly lexicon: LexiconData;
  readonly bias: number;
  readonly hashes: Uint32Array;
  readonly weights: Float32Array;
  readonly calibration: { readonly a: number; readonly b: number };
  readonly threshold: number;
  readonly trainedOn: string;
  readonly dev: Readonly<Record<string, SetScores>>;
}

const Features = z.object({
  words: z.number(),
  bigrams: z.number(),
  trigrams: z.number(),
  maskNames: z.boolean(),
  classBigrams: z.number(),
  chars: z.number(),
  charMin: z.number().int().min(1),
  charMax: z.number().int().min(1),
  lemmas: z.number(),
  posNgrams: z.number(),
  senses: z.number(),
  hypernyms: z.number(),
  cues: z.number(),
  tense: z.number(),
  shape: z.number(),
});

const Scores = z.object({
  rocAuc: z.number(),
  accuracy: z.number(),
  f1: z.number(),
  precisionAtRecall90: z.number(),
  meanWorkRocAuc: z.number(),
});

const Stored = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(MODEL_VERSION),
  features: Features,
  lexicon: z.object({
    forms: z.record(z.string(), z.tuple([z.string(), z.string()])),
    senses: z.array(z.string()),
    synsetSense: z.array(z.number().int()),
    synsetParent: z.array(z.number().int()),
    nouns: z.string(),
    verbs: z.string(),
  }),
  bias: z.number(),
  /** Little-endian uint32 feature hashes, base64. */
  hashes: z.string(),
  /** Little-endian float32 weights, base64, in the order of `hashes`. */
  weights: z.string(),
  calibration: z.object({ a: z.number(), b: z.number() }),
  threshold: z.number().min(0).max(1),
  trainedOn: z.string(),
  dev: z.record(z.string(), Scores),
});

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

function fromBase64(text: string): DataView {
  const buf = Buffer.from(text, "base64");
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Serialises a model to the JSON text of the model file (stable: same model, same bytes). */
export function encodeModel(model: ModelFile): string {
  const n = model.hashes.length;
  const hashBytes = new DataView(new ArrayBuffer(n * 4));
  const weightBytes = new DataView(new ArrayBuffer(n * 4));
  for (let i = 0; i < n; i++) {
    hashBytes.setUint32(i * 4, model.hashes[i]!, true);
    weightBytes.setFloat32(i * 4, model.weights[i]!, true);
  }
  const stored = {
    format: model.format,
    version: model.version,
    features: model.features,
    calibration: model.calibration,
    threshold: model.threshold,
    bias: model.bias,
    trainedOn: model.trainedOn,
    dev: model.dev,
    hashes: toBase64(new Uint8Array(hashBytes.buffer)),
    weights: toBase64(new Uint8Array(weightBytes.buffer)),
    lexicon: model.lexicon,
  };
  return `${JSON.stringify(stored)}\n`;
}

/** Parses and checks the JSON text of a model file. Throws with a readable message if it is not one. */
export function decodeModel(text: string): ModelFile {
  const parsed = Stored.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`not a spoiler classifier model file:\n${z.prettifyError(parsed.error)}`);
  const s = parsed.data;
  const hashView = fromBase64(s.hashes);
  const weightView = fromBase64(s.weights);
  if (hashView.byteLength !== weightView.byteLength || hashView.byteLength % 4 !== 0) {
    throw new Error("spoiler classifier model file: hashes and weights differ in length");
  }
  const n = hashView.byteLength / 4;
  const hashes = new Uint32Array(n);
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    hashes[i] = hashView.getUint32(i * 4, true);
    weights[i] = weightView.getFloat32(i * 4, true);
  }
  return { ...s, format: MODEL_FORMAT, hashes, weights };
}
