import type { FeatureSink } from "./features.ts";
import { combine, hashString, namespace } from "./hash.ts";
import { verbForm, type LexEntry } from "./lexicon.ts";
import type { Token } from "./tokenize.ts";

const TENSE = namespace("v");
const BE = new Set(["be", "is", "was", "are", "were", "been", "being", "'s", "am"]);
const HAVE = new Set(["have", "has", "had", "'ve", "'d"]);
const FUTURE = new Set(["will", "'ll", "shall"]);

/** The tense and aspect features; each fires at most once per sentence (one bit each). */
const TENSES = ["future", "perfect", "passive", "progressive", "VERB_base", "VERB_ing", "VERB_s", "VERB_past", "AUX_base", "AUX_ing", "AUX_s", "AUX_past"];
const TENSE_HASHES = TENSES.map((t) => combine(TENSE, hashString(t)));
const TENSE_BIT = new Map(TENSES.map((t, i) => [t, 1 << i]));

/**
 * Verb forms present (VERB_past, AUX_s...), future ("will", "'ll"), and perfect, passive or
 * progressive: a past or -ing verb with "have" or "be" at most three words before it.
 */
export function emitTense(tokens: readonly Token[], entries: readonly LexEntry[], value: number, emit: FeatureSink): void {
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
      // look back over at most three words for the auxiliary
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
