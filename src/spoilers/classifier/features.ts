import { emitChars } from "./chars.ts";
import { pairCueOf } from "./cues.ts";
import { combine, hashString, namespace } from "./hash.ts";
import type { LexEntry, Lexicon } from "./lexicon.ts";
import { normalizeSentence } from "./normalize.ts";
import { emitShape } from "./shape.ts";
import { emitTense } from "./tense.ts";
import { tokenize } from "./tokenize.ts";

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
  lemma: namespace("l"),
  lemmaBigram: namespace("lb"),
  pos2: namespace("p2"),
  pos3: namespace("p3"),
  sense: namespace("s"),
  senseBigram: namespace("sb"),
  senseVerb: namespace("sv"),
  hypernym: namespace("y"),
  cue: namespace("q"),
};
const START = hashString("<s>");
const END = hashString("</s>");
const NAME = hashString("<name>");
const NUMBER = hashString("<num>");

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

/** Emits every feature of one sentence. Deterministic: same text and config, same features. */
export function extractFeatures(text: string, config: FeatureConfig, lexicon: Lexicon, emit: FeatureSink): void {
  const norm = normalizeSentence(text);
  const tokens = tokenize(norm);
  const n = tokens.length;

  if (config.chars > 0) emitChars(norm, config.charMin, config.charMax, config.chars, emit);

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

const CUE_HASHES = new Map<string, number>();
function cueHash(name: string): number {
  let h = CUE_HASHES.get(name);
  if (h === undefined) CUE_HASHES.set(name, (h = combine(NS.cue, hashString(name))));
  return h;
}
