import { pairCueOf } from "./cues.ts";
import { combine, hashString, namespace, step } from "./hash.ts";
import { verbForm, type LexEntry, type Lexicon } from "./lexicon.ts";
import { normalizeSentence } from "./normalize.ts";
import { tokenize, type Token } from "./tokenize.ts";

/**
 * Which feature groups are read from a sentence, and the value each group's features get
 * (0 turns a group off). Stored in the model file, so scoring reads exactly what training read.
 * Only the sentence text is ever read: never the work, the trope or any other metadata.
 */
export interface FeatureConfig {
  /** Word unigrams (lower-cased tokens, punctuation included). */
  readonly words: number;
  /** Word bigrams, with sentence start and end marks. */
  readonly bigrams: number;
  /** Word trigrams. */
  readonly trigrams: number;
  /** Read names (proper nouns) in word n-grams as one token "<name>", so as not to learn a work's cast. */
  readonly maskNames: boolean;
  /** Bigrams with names and numbers generalised ("<name> kills", "season <num>"). */
  readonly classBigrams: number;
  /** Character n-grams over the lower-cased sentence. */
  readonly chars: number;
  readonly charMin: number;
  readonly charMax: number;
  /** Lemma unigrams and bigrams. */
  readonly lemmas: number;
  /** Part-of-speech (with verb form: VERB_past, VERB_s...) bigrams and trigrams. */
  readonly posNgrams: number;
  /** WordNet supersense of each noun and verb, alone and paired with the next one. */
  readonly senses: number;
  /** WordNet hypernyms of each noun and verb (up to three levels up). */
  readonly hypernyms: number;
  /** Narrative cue classes (cues.ts). */
  readonly cues: number;
  /** Tense and aspect: past, present -s, perfect, passive, future, progressive. */
  readonly tense: number;
  /** Length, names, quotes, digits and other shapes of the sentence. */
  readonly shape: number;
}

/** Receives each feature as (32-bit hash, value); the same hash may come more than once. */
export type FeatureSink = (hash: number, value: number) => void;

const NS = {
  word: namespace("w"),
  bigram: namespace("b"),
  trigram: namespace("t"),
  classBigram: namespace("cb"),
  char: namespace("c"),
  lemma: namespace("l"),
  lemmaBigram: namespace("lb"),
  pos2: namespace("p2"),
  pos3: namespace("p3"),
  sense: namespace("s"),
  senseBigram: namespace("sb"),
  senseVerb: namespace("sv"),
  hypernym: namespace("y"),
  cue: namespace("q"),
  tense: namespace("v"),
  shape: namespace("h"),
};
const START = hashString("<s>");
const END = hashString("</s>");
const NAME = hashString("<name>");
const NUMBER = hashString("<num>");

const BE = new Set(["be", "is", "was", "are", "were", "been", "being", "'s", "am"]);
const HAVE = new Set(["have", "has", "had", "'ve", "'d"]);
const FUTURE = new Set(["will", "'ll", "shall"]);

/**
 * Per-token working arrays, reused from one sentence to the next (extraction never re-enters
 * itself), so that scoring allocates little.
 */
const scratch = { entries: [] as LexEntry[], tags: new Uint32Array(64), wordHashes: new Uint32Array(64) };
function grow(n: number): void {
  const size = Math.max(n, scratch.tags.length * 2);
  scratch.tags = new Uint32Array(size);
  scratch.wordHashes = new Uint32Array(size);
}

function bucketOf(count: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && count > edges[i]!) i++;
  return i;
}

/** Emits every feature of one sentence. Deterministic: same text and config, same features. */
export function extractFeatures(text: string, config: FeatureConfig, lexicon: Lexicon, emit: FeatureSink): void {
  const norm = normalizeSentence(text);
  const tokens = tokenize(norm);
  const n = tokens.length;

  if (config.chars > 0) emitChars(norm, config, emit);

  if (scratch.tags.length < n) grow(n);
  const { entries, tags, wordHashes } = scratch;
  for (let i = 0; i < n; i++) {
    const entry = lexicon.lookup(tokens[i]!, i === 0 || tokens[i - 1]!.text === "\"");
    entries[i] = entry;
    tags[i] = entry.tagHash;
    wordHashes[i] = config.maskNames && entry.pos === "PROPN" ? NAME : entry.formHash;
  }

  if (config.words > 0) for (let i = 0; i < n; i++) emit(combine(NS.word, wordHashes[i]!), config.words);
  if (config.bigrams > 0) {
    let prev = START;
    for (let i = 0; i <= n; i++) {
      const cur = i < n ? wordHashes[i]! : END;
      emit(combine(NS.bigram, combine(prev, cur)), config.bigrams);
      prev = cur;
    }
  }
  if (config.trigrams > 0) {
    for (let i = 0; i + 2 < n; i++) {
      emit(combine(NS.trigram, combine(combine(wordHashes[i]!, wordHashes[i + 1]!), wordHashes[i + 2]!)), config.trigrams);
    }
  }

  if (config.classBigrams > 0) {
    let prev = START;
    for (let i = 0; i <= n; i++) {
      let cur = END;
      if (i < n) {
        const e = entries[i]!;
        cur = e.pos === "PROPN" ? NAME : tokens[i]!.kind === "number" ? NUMBER : e.formHash;
      }
      emit(combine(NS.classBigram, combine(prev, cur)), config.classBigrams);
      prev = cur;
    }
  }

  if (config.lemmas > 0) {
    let prev = START;
    for (let i = 0; i < n; i++) {
      const h = entries[i]!.lemmaHash;
      emit(combine(NS.lemma, h), config.lemmas);
      emit(combine(NS.lemmaBigram, combine(prev, h)), config.lemmas);
      prev = h;
    }
  }

  if (config.posNgrams > 0) {
    let p1 = START;
    let p2 = START;
    for (let i = 0; i <= n; i++) {
      const cur = i < n ? tags[i]! : END;
      emit(combine(NS.pos2, combine(p1, cur)), config.posNgrams);
      emit(combine(NS.pos3, combine(combine(p2, p1), cur)), config.posNgrams);
      p2 = p1;
      p1 = cur;
    }
  }

  if (config.senses > 0) {
    let prev = START;
    for (let i = 0; i < n; i++) {
      const e = entries[i]!;
      if (e.sense === undefined) continue;
      const h = e.senseHash;
      emit(combine(NS.sense, h), config.senses);
      emit(combine(NS.senseBigram, combine(prev, h)), config.senses);
      if (e.pos === "VERB" || e.pos === "AUX") emit(combine(NS.senseVerb, combine(h, tags[i]!)), config.senses);
      prev = h;
    }
  }

  if (config.hypernyms > 0) {
    for (let i = 0; i < n; i++) {
      for (const id of entries[i]!.hypernyms) emit(combine(NS.hypernym, id), config.hypernyms);
    }
  }

  if (config.cues > 0) {
    for (let i = 0; i < n; i++) {
      const e = entries[i]!;
      if (e.cue !== undefined) emit(cueHash(e.cue), config.cues);
      if (i + 1 < n) {
        const pair = pairCueOf(e.lemma, entries[i + 1]!.lemma);
        if (pair !== undefined) emit(cueHash(`${pair}+`), config.cues);
      }
    }
  }

  if (config.tense > 0) emitTense(tokens, entries, config.tense, emit);
  if (config.shape > 0) emitShape(tokens, entries, norm, config.shape, emit);
}

/** Lower-case of one UTF-16 code unit (ASCII inline, the rest through a small cache). */
const LOWER = new Map<number, number>();
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = LOWER.get(c);
  if (l === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    LOWER.set(c, l);
  }
  return l;
}

let charScratch = new Uint16Array(256);

/** Character n-grams of the lower-cased sentence with a space before and after it. */
function emitChars(norm: string, config: FeatureConfig, emit: FeatureSink): void {
  const len = norm.length + 2;
  if (charScratch.length < len) charScratch = new Uint16Array(Math.max(len, charScratch.length * 2));
  const codes = charScratch;
  codes[0] = 32;
  codes[len - 1] = 32;
  for (let i = 0; i < norm.length; i++) codes[i + 1] = lowerCode(norm.charCodeAt(i));
  const { charMin, charMax, chars } = config;
  for (let i = 0; i < len; i++) {
    let h = NS.char;
    const top = Math.min(charMax, len - i);
    for (let k = 0; k < top; k++) {
      h = step(h, codes[i + k]!);
      if (k + 1 >= charMin) emit(step(h, k), chars);
    }
  }
}

/** Tense and aspect features, each at most once per sentence (a bit each). */
const TENSES = ["future", "perfect", "passive", "progressive", "VERB_base", "VERB_ing", "VERB_s", "VERB_past", "AUX_base", "AUX_ing", "AUX_s", "AUX_past"];
const TENSE_HASHES = TENSES.map((t) => combine(NS.tense, hashString(t)));
const TENSE_BIT = new Map(TENSES.map((t, i) => [t, 1 << i]));

function emitTense(tokens: readonly Token[], entries: readonly LexEntry[], value: number, emit: FeatureSink): void {
  let seen = 0;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    const form = tokens[i]!.text;
    if (FUTURE.has(form)) seen |= 1;
    if (e.pos !== "VERB" && e.pos !== "AUX") continue;
    seen |= TENSE_BIT.get(e.tag) ?? 0;
    const vf = verbForm(form, e.lemma);
    if (e.pos === "VERB" && (vf === "past" || vf === "ing")) {
      // look back over at most two words for the auxiliary
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
        const aux = tokens[j]!.text;
        if (vf === "past" && HAVE.has(aux)) seen |= 2;
        else if (vf === "past" && BE.has(aux)) seen |= 4;
        else if (vf === "ing" && BE.has(aux)) seen |= 8;
        else continue;
        break;
      }
    }
  }
  for (let b = 0; b < TENSES.length; b++) if (seen & (1 << b)) emit(TENSE_HASHES[b]!, value);
}

const CUE_HASHES = new Map<string, number>();
function cueHash(name: string): number {
  let h = CUE_HASHES.get(name);
  if (h === undefined) CUE_HASHES.set(name, (h = combine(NS.cue, hashString(name))));
  return h;
}

const SHAPE_HASHES = new Map<string, number>();
function shapeHash(name: string): number {
  let h = SHAPE_HASHES.get(name);
  if (h === undefined) SHAPE_HASHES.set(name, (h = combine(NS.shape, hashString(name))));
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

function emitShape(tokens: readonly Token[], entries: readonly LexEntry[], norm: string, value: number, emit: FeatureSink): void {
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
