import { readFileSync } from "node:fs";
import { createClassifier, type SpoilerClassifier } from "./classifier.ts";
import { decodeModel } from "./format.ts";

/** The committed model, resolved from this file so that it loads from any working directory. */
export const DEFAULT_MODEL_URL = new URL("../../../models/spoiler-classifier.json", import.meta.url);

/**
 * Reads a model file (by default the one committed under models/) and returns the classifier.
 * Synchronous, ~0.3 s; call it once at start-up and keep the result.
 */
export function loadClassifier(path: string | URL = DEFAULT_MODEL_URL): SpoilerClassifier {
  return createClassifier(decodeModel(readFileSync(path, "utf8")));
}
