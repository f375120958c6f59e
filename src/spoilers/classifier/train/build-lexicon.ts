import type { ItsFunction, WinkMethods } from "wink-nlp";
import { packLemmas, type LexiconData } from "../lexicon.ts";
import { normalizeSentence } from "../normalize.ts";
import { tokenize } from "../tokenize.ts";
import type { WordNetPart } from "./wordnet.ts";

/** The noun and verb parts of WordNet. */
export interface WordNet {
  readonly nouns: WordNetPart;
  readonly verbs: WordNetPart;
}

/**
 * Learns the lexicon's forms from training sentences: wink-nlp tags each sentence in context,
 * and each of the classifier's own tokens takes the lemma and tag of the wink token that starts
 * where it starts; a form keeps its most frequent (lemma, tag), ties broken alphabetically.
 */
export function buildLexicon(nlp: WinkMethods, sentences: readonly string[], wordnet: WordNet): LexiconData {
  const its = nlp.its;
  const counts = new Map<string, Map<string, number>>();
  for (const raw of sentences) {
    const text = normalizeSentence(raw);
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out(its.value) as string[];
    const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    const byStart = new Map<number, number>();
    let cursor = 0;
    values.forEach((value, i) => {
      const at = text.indexOf(value, cursor);
      if (at < 0) return;
      byStart.set(at, i);
      cursor = at + value.length;
    });
    for (const token of tokenize(text)) {
      const i = byStart.get(token.start);
      if (i === undefined) continue;
      const key = `${(lemmas[i] ?? token.text).toLowerCase()}\u0000${tags[i] ?? "X"}`;
      let forForm = counts.get(token.text);
      if (forForm === undefined) counts.set(token.text, (forForm = new Map()));
      forForm.set(key, (forForm.get(key) ?? 0) + 1);
    }
  }
  const forms: Record<string, readonly [string, string]> = {};
  for (const form of [...counts.keys()].sort()) {
    const best = [...counts.get(form)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const [lemma, pos] = best[0].split("\u0000") as [string, string];
    forms[form] = [lemma, pos];
  }
  return { forms, ...packWordNet(wordnet) };
}

/**
 * Numbers the synsets that are some lemma's first sense, and all their hypernyms (nouns first,
 * then verbs, each by offset), and packs lemmas, supersenses and hypernym links by those numbers.
 */
function packWordNet(wordnet: WordNet): Omit<LexiconData, "forms"> {
  const parts = [wordnet.nouns, wordnet.verbs];
  const keep = parts.map((part) => {
    const ids = new Set<string>();
    for (const first of part.firstSense.values()) {
      for (let s: string | undefined = first; s !== undefined && !ids.has(s); s = part.synsets.get(s)?.hypernym) ids.add(s);
    }
    return [...ids].filter((s) => part.synsets.has(s)).sort();
  });
  const idOf = parts.map(() => new Map<string, number>());
  let next = 0;
  keep.forEach((offsets, p) => offsets.forEach((o) => idOf[p]!.set(o, next++)));
  const senses = [...new Set(parts.flatMap((part) => [...part.synsets.values()].map((s) => s.lexname)))].sort();
  const senseIndex = new Map(senses.map((s, i) => [s, i]));
  const synsetSense: number[] = [];
  const synsetParent: number[] = [];
  keep.forEach((offsets, p) => {
    for (const o of offsets) {
      const synset = parts[p]!.synsets.get(o)!;
      synsetSense.push(senseIndex.get(synset.lexname)!);
      const parent = synset.hypernym === undefined ? undefined : idOf[p]!.get(synset.hypernym);
      synsetParent.push(parent ?? -1);
    }
  });
  const lemmas = (p: number): Map<string, number> =>
    new Map([...parts[p]!.firstSense].map(([lemma, o]) => [lemma, idOf[p]!.get(o)!] as [string, number]));
  return { senses, synsetSense, synsetParent, nouns: packLemmas(lemmas(0)), verbs: packLemmas(lemmas(1)) };
}
