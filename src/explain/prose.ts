/**
 * Sentence-level prose helpers: ending punctuation, lists, numbers in words, lower-casing a
 * sentence that now follows a connective, and joining sentences that would repeat an opening.
 */

/** Without its final full stop (other final punctuation stays). */
export function stripStop(text: string): string {
  return text.trim().replace(/\.$/, "");
}

/** As a sentence: trimmed and ending in . ! ? or a closing quote after one. */
export function asSentence(text: string): string {
  const t = text.trim();
  return /[.!?]["”’)]?$/.test(t) ? t : `${t}.`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function listJoin(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${numberWord(n)} ${n === 1 ? one : many}`;
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/**
 * Words that are capitalised wherever they appear: names and any word the given texts
 * capitalise mid-sentence. Used to decide whether a sentence's first letter may be lowered.
 */
export function properWords(texts: readonly string[], names: readonly string[]): Set<string> {
  const out = new Set<string>(["I"]);
  for (const name of names) {
    for (const w of name.split(/[\s'’]+/)) if (/^\p{Lu}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase())) out.add(w.replace(/[^\p{L}\p{N}-]/gu, ""));
  }
  for (const text of texts) {
    // Titles in quotes ("The Power of Love") capitalise common words: they do not count.
    const unquoted = text.replace(/["“][^"”]*["”]/g, " ");
    for (const sentence of unquoted.split(/(?<=[.!?;:])\s+/)) {
      for (const raw of sentence.split(/\s+/).slice(1)) {
        const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/, "");
        if (/^\p{Lu}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase())) out.add(w);
      }
    }
  }
  return out;
}

const FUNCTION_WORDS = new Set(
  "a an the and or but nor of in on at to for with by from as into onto over under after before when while then than that this these those he she it they we you his her its their our your there here what which who whom whose where why how not no so if".split(" "),
);

/** Lower-cases the first letter unless the first word is a proper noun, an acronym or a quote. */
export function lowerFirst(text: string, proper: ReadonlySet<string>): string {
  const first = /^[\p{L}\p{N}'’-]+/u.exec(text)?.[0];
  if (!first) return text;
  const bare = first.replace(/['’]s$/, "");
  if (proper.has(bare) || (bare.length > 1 && bare === bare.toUpperCase())) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function firstWord(text: string): string {
  return (/^[^\p{L}\p{N}]*([\p{L}\p{N}'’-]+)/u.exec(text)?.[1] ?? "").toLowerCase().replace(/['’]s$/, "");
}

/** Splits prose into sentences (for checks and budgets). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?\p{Lu})/u).filter((s) => s.trim().length > 0);
}

/**
 * Joins a sentence to the one before it ("…; the baby is Jon.") when it would open with a word
 * already used; records the openings it keeps in `used`. For model text of several sentences.
 */
export function smooth(text: string, proper: ReadonlySet<string>, used = new Set<string>()): string {
  const out: string[] = [];
  for (const sentence of sentencesOf(text)) {
    const word = firstWord(sentence);
    const last = out.at(-1);
    if (last !== undefined && used.has(word)) {
      const joiner = last.includes(";") ? " — " : "; ";
      out[out.length - 1] = `${last.replace(/[.!]$/, "")}${joiner}${lowerFirst(sentence, proper)}`;
    } else {
      used.add(word);
      out.push(sentence);
    }
  }
  return out.join(" ");
}
