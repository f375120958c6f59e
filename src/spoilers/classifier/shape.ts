import type { FeatureSink } from "./features.ts";
import { combine, hashString, namespace } from "./hash.ts";
import type { LexEntry } from "./lexicon.ts";
import type { Token } from "./tokenize.ts";

const SHAPE_NS = namespace("h");

function bucketOf(count: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && count > edges[i]!) i++;
  return i;
}

const SHAPE_HASHES = new Map<string, number>();
function shapeHash(name: string): number {
  let h = SHAPE_HASHES.get(name);
  if (h === undefined) SHAPE_HASHES.set(name, (h = combine(SHAPE_NS, hashString(name))));
  return h;
}

const LENGTH_EDGES = [5, 10, 15, 20, 30, 45];
const NAME_EDGES = [0, 1, 2, 4];
const LENGTH_HASHES = Array.from({ length: LENGTH_EDGES.length + 1 }, (_, i) => shapeHash(`len${i}`));
const NAME_HASHES = Array.from({ length: NAME_EDGES.length + 1 }, (_, i) => shapeHash(`names${i}`));
const SHAPE = {
  shouting: shapeHash("shouting"),
  number: shapeHash("number"),
  startsLower: shapeHash("starts-lower"),
  noFinalStop: shapeHash("no-final-stop"),
  quote: shapeHash("quote"),
  paren: shapeHash("paren"),
};

/** Length, names, capitals, digits, quotes, brackets and edges of the sentence. */
export function emitShape(tokens: readonly Token[], entries: readonly LexEntry[], norm: string, value: number, emit: FeatureSink): void {
  const n = tokens.length;
  emit(LENGTH_HASHES[bucketOf(n, LENGTH_EDGES)]!, value);
  let names = 0;
  let shouting = 0;
  let numbers = 0;
  for (let i = 0; i < n; i++) {
    if (entries[i]!.pos === "PROPN") names++;
    if (tokens[i]!.shouting) shouting++;
    if (tokens[i]!.kind === "number") numbers++;
  }
  emit(NAME_HASHES[bucketOf(names, NAME_EDGES)]!, value);
  if (shouting > 0) emit(SHAPE.shouting, value);
  if (numbers > 0) emit(SHAPE.number, value);
  const first = norm.charCodeAt(0);
  if (first >= 97 && first <= 122) emit(SHAPE.startsLower, value);
  const last = norm.charCodeAt(norm.length - 1);
  if (last !== 46 && last !== 33 && last !== 63 && last !== 34) emit(SHAPE.noFinalStop, value);
  if (norm.includes("\"")) emit(SHAPE.quote, value);
  if (norm.includes("(")) emit(SHAPE.paren, value);
}
