import type { ItsFunction } from "wink-nlp";
import { english } from "../../language/english.ts";
import { isSpace } from "./normalize.ts";

/** A sentence of a longer text, with its place in it. */
export interface SentenceSpan {
  readonly text: string;
  /** Offset of the first character in the original text (UTF-16 code units, as String.slice). */
  readonly start: number;
  /** Offset just past the last character: `original.slice(start, end) === text`. */
  readonly end: number;
}

/**
 * Splits a text into sentences with wink-nlp, and finds each sentence's offsets in the original
 * string (wink gives token spans; tokens are located in order, so offsets are exact).
 */
export function splitSentences(text: string): SentenceSpan[] {
  const nlp = english();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(nlp.its.value) as string[];
  const starts = new Array<number>(values.length);
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    // a token wink rewrote (none known) keeps the cursor's place
    starts[i] = at < 0 ? cursor : at;
    if (at >= 0) cursor = at + value.length;
  });
  const spans = doc.sentences().out(nlp.its.span as unknown as ItsFunction<number[]>) as unknown as number[][];
  const out: SentenceSpan[] = [];
  for (const [first, last] of spans) {
    // an empty text still comes back as one empty sentence
    if (first === undefined || last === undefined || values[first] === undefined || values[last] === undefined) continue;
    let start = starts[first]!;
    let end = Math.max(start, starts[last]! + values[last]!.length);
    // wink keeps line breaks as tokens: a sentence neither starts nor ends with whitespace
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}
