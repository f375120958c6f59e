import type { Token } from "./tokenize.ts";

/** Universal part-of-speech tags, as wink-nlp gives them. */
export type Pos = string;

/** What the classifier knows about one word form: its lemma, its usual tag, its WordNet supersense. */
export interface LexEntry {
  readonly lemma: string;
  readonly pos: Pos;
  /** The lexicographer file of its first WordNet sense ("noun.person", "verb.social"), if any. */
  readonly sense: string | undefined;
}

/**
 * The lexicon as stored in the model file. `forms` is learnt from the training text with wink-nlp
 * (form -> [lemma, most frequent tag]); `nouns` and `verbs` map WordNet lemmas to the index in
 * `senses` of their first sense's supersense. Lookups never run a tagger, so they are fast.
 */
export interface LexiconData {
  readonly forms: Record<string, readonly [string, string]>;
  readonly senses: readonly string[];
  readonly nouns: string;
  readonly verbs: string;
}

export interface Lexicon {
  lookup(token: Token, sentenceInitial: boolean): LexEntry;
}

/** Unpacks "lemma:code lemma:code ..." (codes base-36 indexes into `senses`). */
function unpackSenses(packed: string, senses: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (packed.length === 0) return out;
  for (const item of packed.split(" ")) {
    const colon = item.lastIndexOf(":");
    const sense = senses[parseInt(item.slice(colon + 1), 36)];
    if (sense !== undefined) out.set(item.slice(0, colon), sense);
  }
  return out;
}

/** Packs a lemma -> supersense map for LexiconData. */
export function packSenses(map: ReadonlyMap<string, string>, senses: readonly string[]): string {
  const index = new Map(senses.map((s, i) => [s, i]));
  const items: string[] = [];
  for (const [lemma, sense] of [...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const i = index.get(sense);
    if (i !== undefined && !lemma.includes(" ")) items.push(`${lemma}:${i.toString(36)}`);
  }
  return items.join(" ");
}

const NOUN_RULES: ReadonlyArray<readonly [string, string]> = [
  ["ies", "y"], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"], ["men", "man"], ["s", ""],
];
const VERB_RULES: ReadonlyArray<readonly [string, string]> = [
  ["ies", "y"], ["es", "e"], ["es", ""], ["s", ""], ["ied", "y"], ["ed", "e"], ["ed", ""], ["ing", "e"], ["ing", ""],
];

/** WordNet's "morphy" suffix rules: the first base form the dictionary knows. */
function morphy(form: string, dict: ReadonlyMap<string, string>, rules: typeof NOUN_RULES): string | undefined {
  if (dict.has(form)) return form;
  for (const [suffix, replacement] of rules) {
    if (form.length > suffix.length + 1 && form.endsWith(suffix)) {
      const base = form.slice(0, form.length - suffix.length) + replacement;
      if (dict.has(base)) return base;
    }
  }
  // doubled final consonant: "stopped" -> "stop", "running" -> "run"
  for (const suffix of ["ed", "ing"]) {
    if (form.endsWith(suffix)) {
      const stem = form.slice(0, form.length - suffix.length);
      if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && dict.has(stem.slice(0, -1))) {
        return stem.slice(0, -1);
      }
    }
  }
  return undefined;
}

export function createLexicon(data: LexiconData): Lexicon {
  const nouns = unpackSenses(data.nouns, data.senses);
  const verbs = unpackSenses(data.verbs, data.senses);
  const known = new Map<string, LexEntry>();
  for (const [form, [lemma, pos]] of Object.entries(data.forms)) {
    known.set(form, { lemma, pos, sense: senseOf(lemma, pos) });
  }
  const cache = new Map<string, LexEntry>();

  function senseOf(lemma: string, pos: Pos): string | undefined {
    if (pos === "VERB" || pos === "AUX") return verbs.get(lemma);
    if (pos === "NOUN" || pos === "PROPN") return nouns.get(lemma);
    return undefined;
  }

  function guess(token: Token, sentenceInitial: boolean): LexEntry {
    const form = token.text;
    if (token.kind === "number") return { lemma: form, pos: "NUM", sense: undefined };
    if (token.kind === "punct") return { lemma: form, pos: "PUNCT", sense: undefined };
    if (token.capitalized && !sentenceInitial) return { lemma: form, pos: "PROPN", sense: undefined };
    if (form.endsWith("ly")) return { lemma: form, pos: "ADV", sense: undefined };
    if (form.endsWith("ed") || form.endsWith("ing")) {
      const lemma = morphy(form, verbs, VERB_RULES);
      if (lemma !== undefined) return { lemma, pos: "VERB", sense: verbs.get(lemma) };
    }
    const noun = morphy(form, nouns, NOUN_RULES);
    if (noun !== undefined) return { lemma: noun, pos: "NOUN", sense: nouns.get(noun) };
    const verb = morphy(form, verbs, VERB_RULES);
    if (verb !== undefined) return { lemma: verb, pos: "VERB", sense: verbs.get(verb) };
    return { lemma: form, pos: token.capitalized ? "PROPN" : "NOUN", sense: undefined };
  }

  return {
    lookup(token, sentenceInitial) {
      const entry = known.get(token.text);
      if (entry !== undefined) return entry;
      const key = `${token.text}\u0000${token.capitalized && !sentenceInitial ? 1 : 0}${token.kind}`;
      let hit = cache.get(key);
      if (hit === undefined) {
        hit = guess(token, sentenceInitial);
        if (cache.size < 100_000) cache.set(key, hit);
      }
      return hit;
    },
  };
}
