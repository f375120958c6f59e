import type { ItsFunction } from "wink-nlp";
import { english } from "./english.ts";

/**
 * Content terms of a text for retrieval: lower-cased lemmas of words, hashtags and numbers,
 * without stop words or punctuation. "Harry's killers" gives ["harry", "killer"].
 */
export function terms(text: string): string[] {
  const nlp = english();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  // wink-nlp's typings for its.lemma do not match out()'s parameter; the call is as documented.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const types = tokens.out(its.type) as string[];
  const stop = tokens.out(its.stopWordFlag) as boolean[];
  const out: string[] = [];
  lemmas.forEach((lemma, i) => {
    const type = types[i];
    if (stop[i] || (type !== "word" && type !== "hashtag" && type !== "number")) return;
    const term = lemma.toLowerCase().replace(/^#/, "");
    if (term.length > 1 && term !== "'s") out.push(term);
  });
  return out;
}
