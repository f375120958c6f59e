import { cueOf } from "./cues.ts";
import { hashString } from "./hash.ts";
import type { Token } from "./tokenize.ts";

/** Universal part-of-speech tags, as wink-nlp gives them. */
export type Pos = string;

/** What the classifier knows about one word form (hashes precomputed for the feature extractor). */
export interface LexEntry {
  readonly lemma: string;
  readonly pos: Pos;
  /** The tag with the verb form for verbs and auxiliaries: "VERB_past", "AUX_s", "NOUN". */
  readonly tag: string;
  readonly formHash: number;
  readonly lemmaHash: number;
  readonly tagHash: number;
  /** Hash of `sense`, 0 without one. */
  readonly senseHash: number;
  /** The narrative cue class of its lemma (cues.ts), if any. */
  readonly cue: string | undefined;
  /** Supersense (WordNet lexicographer file, "noun.person", "verb.social") of its first sense. */
  readonly sense: string | undefined;
  /** Ids of the WordNet hypernyms of its first sense, up to three levels up, the broadest levels left out. */
  readonly hypernyms: readonly number[];
}

/**
 * The lexicon as stored in the model file. `forms` is learnt from the training text with wink-nlp
 * (form -> [lemma, most frequent tag]). `nouns` and `verbs` pack "lemma:id" pairs (id in base 36)
 * giving the first WordNet synset of each lemma; synset `i` has supersense `senses[synsetSense[i]]`
 * and first hypernym `synsetParent[i]` (-1 for none). Lookups never run a tagger: they are fast.
 */
export interface LexiconData {
  readonly forms: Record<string, readonly [string, string]>;
  readonly senses: readonly string[];
  readonly synsetSense: readonly number[];
  readonly synsetParent: readonly number[];
  readonly nouns: string;
  readonly verbs: string;
}

export interface Lexicon {
  lookup(token: Token, sentenceInitial: boolean): LexEntry;
}

/** Hypernym levels read above a word's own synset, and the top levels (near "entity") left out. */
const HYPERNYM_LEVELS = 3;
const TOP_LEVELS_SKIPPED = 2;

/** Unpacks "lemma:id lemma:id ..." into a map. */
function unpackLemmas(packed: string): Map<string, number> {
  const out = new Map<string, number>();
  if (packed.length === 0) return out;
  for (const item of packed.split(" ")) {
    const colon = item.lastIndexOf(":");
    out.set(item.slice(0, colon), parseInt(item.slice(colon + 1), 36));
  }
  return out;
}

/** Packs a lemma -> synset id map for LexiconData, sorted by lemma. */
export function packLemmas(map: ReadonlyMap<string, number>): string {
  return [...map]
    .filter(([lemma]) => !lemma.includes(" ") && !lemma.includes(":"))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([lemma, id]) => `${lemma}:${id.toString(36)}`)
    .join(" ");
}

/** The form of a verb from its surface form and lemma: "base", "ing", "s" or "past". */
export function verbForm(form: string, lemma: string): string {
  if (form === lemma) return "base";
  if (form.endsWith("ing")) return "ing";
  if (form.endsWith("s") && !form.endsWith("ss")) return "s";
  return "past";
}

const NOUN_RULES: ReadonlyArray<readonly [string, string]> = [
  ["ies", "y"], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"], ["men", "man"], ["s", ""],
];
const VERB_RULES: ReadonlyArray<readonly [string, string]> = [
  ["ies", "y"], ["es", "e"], ["es", ""], ["s", ""], ["ied", "y"], ["ed", "e"], ["ed", ""], ["ing", "e"], ["ing", ""],
];

/** WordNet's "morphy" suffix rules: the first base form the dictionary knows. */
function morphy(form: string, dict: ReadonlyMap<string, number>, rules: typeof NOUN_RULES): string | undefined {
  if (dict.has(form)) return form;
  for (const [suffix, replacement] of rules) {
    if (form.length > suffix.length + 1 && form.endsWith(suffix)) {
      const base = form.slice(0, form.length - suffix.length) + replacement;
      if (dict.has(base)) return base;
    }
  }
  // a doubled final consonant: "stopped" -> "stop", "running" -> "run"
  for (const suffix of ["ed", "ing"]) {
    if (!form.endsWith(suffix)) continue;
    const stem = form.slice(0, form.length - suffix.length);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && dict.has(stem.slice(0, -1))) {
      return stem.slice(0, -1);
    }
  }
  return undefined;
}

export function createLexicon(data: LexiconData): Lexicon {
  const nouns = unpackLemmas(data.nouns);
  const verbs = unpackLemmas(data.verbs);

  function hypernymsOf(synset: number): number[] {
    const chain: number[] = [];
    for (let s = data.synsetParent[synset] ?? -1; s >= 0 && chain.length < 32; s = data.synsetParent[s] ?? -1) chain.push(s);
    return chain.slice(0, Math.max(0, Math.min(HYPERNYM_LEVELS, chain.length - TOP_LEVELS_SKIPPED)));
  }

  function entry(form: string, lemma: string, pos: Pos): LexEntry {
    const verbal = pos === "VERB" || pos === "AUX";
    const tag = verbal ? `${pos}_${verbForm(form, lemma)}` : pos;
    const synset = verbal ? verbs.get(lemma) : pos === "NOUN" ? nouns.get(lemma) : undefined;
    const sense = synset === undefined ? undefined : data.senses[data.synsetSense[synset] ?? -1];
    return {
      lemma,
      pos,
      tag,
      sense,
      hypernyms: synset === undefined ? [] : hypernymsOf(synset),
      formHash: hashString(form),
      lemmaHash: hashString(lemma),
      tagHash: hashString(tag),
      senseHash: sense === undefined ? 0 : hashString(sense),
      cue: cueOf(lemma),
    };
  }

  const known = new Map<string, LexEntry>();
  for (const [form, [lemma, pos]] of Object.entries(data.forms)) known.set(form, entry(form, lemma, pos));

  function guess(token: Token, sentenceInitial: boolean): LexEntry {
    const form = token.text;
    if (token.kind === "number") return entry(form, form, "NUM");
    if (token.kind === "punct") return entry(form, form, "PUNCT");
    if (token.capitalized && !sentenceInitial) return entry(form, form, "PROPN");
    if (form.endsWith("ly")) return entry(form, form, "ADV");
    if (form.endsWith("ed") || form.endsWith("ing")) {
      const lemma = morphy(form, verbs, VERB_RULES);
      if (lemma !== undefined) return entry(form, lemma, "VERB");
    }
    const noun = morphy(form, nouns, NOUN_RULES);
    if (noun !== undefined) return entry(form, noun, "NOUN");
    const verb = morphy(form, verbs, VERB_RULES);
    if (verb !== undefined) return entry(form, verb, "VERB");
    return entry(form, form, token.capitalized ? "PROPN" : "NOUN");
  }

  // guesses cached by form, then by what guess() reads: kind, capital, sentence start
  const guesses = new Map<string, Array<LexEntry | undefined>>();
  let cached = 0;
  return {
    lookup(token, sentenceInitial) {
      const hit = known.get(token.text);
      if (hit !== undefined) return hit;
      const variant = (token.kind === "word" ? 0 : token.kind === "number" ? 4 : 8) + (token.capitalized ? 2 : 0) + (sentenceInitial ? 1 : 0);
      let variants = guesses.get(token.text);
      let guessed = variants?.[variant];
      if (guessed === undefined) {
        guessed = guess(token, sentenceInitial);
        if (variants === undefined && cached < 50_000) {
          guesses.set(token.text, (variants = []));
          cached++;
        }
        if (variants !== undefined) variants[variant] = guessed;
      }
      return guessed;
    },
  };
}
