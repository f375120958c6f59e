import { createRequire } from "node:module";

/**
 * Surface forms of a lemma, so that lemma overlap can be found by a dictionary scan instead of
 * tagging every text: "die" gives die, dies, died, dying; "body" gives body, bodies; "bend"
 * gives bent through WordNet's exception lists (the ones wink-nlp's lemmatiser uses, read from
 * its English model). Regular rules over-generate ("bended"): a form that is not English never
 * occurs in text, so it costs a trie node and nothing else.
 */
const require = createRequire(import.meta.url);
const EXCEPTIONS: readonly Record<string, string>[] = [
  require("wink-eng-lite-web-model/dist/wn-verb-exceptions.js") as Record<string, string>,
  require("wink-eng-lite-web-model/dist/wn-noun-exceptions.js") as Record<string, string>,
  require("wink-eng-lite-web-model/dist/wn-adjective-exceptions.js") as Record<string, string>,
];

let irregular: Map<string, string[]> | undefined;

/** lemma -> irregular forms, and form -> its lemmas (both directions of the exception lists). */
function irregularForms(): Map<string, string[]> {
  if (!irregular) {
    irregular = new Map();
    for (const table of EXCEPTIONS) {
      for (const [form, lemma] of Object.entries(table)) {
        const list = irregular.get(lemma) ?? [];
        list.push(form);
        irregular.set(lemma, list);
      }
    }
  }
  return irregular;
}

/** The lemmas an irregular form belongs to ("bent" -> ["bend"]); empty for regular forms. */
export function lemmasOfIrregular(form: string): string[] {
  const out: string[] = [];
  for (const table of EXCEPTIONS) {
    const lemma = table[form];
    if (lemma !== undefined && lemma !== form && !out.includes(lemma)) out.push(lemma);
  }
  return out;
}

const VOWEL = /[aeiou]/;

/** Every form of a one-word lemma: itself, -s/-es/-ies, -ed/-d/-ied, -ing, doubled consonants, irregulars. */
export function inflect(lemma: string): string[] {
  const w = lemma.toLowerCase();
  const forms = new Set<string>([w]);
  if (w.length < 2 || !/^[a-z]+$/.test(w)) return [...forms];
  const last = w.at(-1)!;
  const consonantY = last === "y" && !VOWEL.test(w.at(-2)!);
  // plural and third person
  if (/(s|x|z|ch|sh|o)$/.test(w)) forms.add(`${w}es`);
  else if (consonantY) forms.add(`${w.slice(0, -1)}ies`);
  else forms.add(`${w}s`);
  // past
  if (last === "e") forms.add(`${w}d`);
  else if (consonantY) forms.add(`${w.slice(0, -1)}ied`);
  else forms.add(`${w}ed`);
  // gerund
  if (w.endsWith("ie")) forms.add(`${w.slice(0, -2)}ying`);
  else if (last === "e" && !/(ee|ye|oe)$/.test(w)) forms.add(`${w.slice(0, -1)}ing`);
  else forms.add(`${w}ing`);
  // consonant doubling for short closed syllables: stop -> stopped, stopping
  if (/[^aeiou][aeiou][bdfgklmnprstvz]$/.test(w) && w.length <= 6) {
    forms.add(`${w}${last}ed`);
    forms.add(`${w}${last}ing`);
  }
  for (const f of irregularForms().get(w) ?? []) forms.add(f);
  return [...forms];
}

/** Forms of a phrase lemma: the first word inflected ("come back" -> comes back, came back, ...). */
export function inflectPhrase(phrase: string): string[] {
  const words = phrase.toLowerCase().trim().split(/\s+/);
  if (words.length === 1) return inflect(words[0]!);
  const rest = words.slice(1).join(" ");
  return inflect(words[0]!).map((f) => `${f} ${rest}`);
}
