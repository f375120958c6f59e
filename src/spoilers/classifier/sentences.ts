import { paragraphs, sentences } from "../sentences.ts";

/** A sentence of a longer text, with its place in it. */
export interface SentenceSpan {
  readonly text: string;
  /** Offset of the first character in the original text (UTF-16 code units, as String.slice). */
  readonly start: number;
  /** Offset just past the last character: `original.slice(start, end) === text`. */
  readonly end: number;
}

/** The sentences of a text, paragraph by paragraph, as the story checker splits them, with their offsets. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const paragraph of paragraphs(text)) {
    for (const { start, end } of sentences(text, paragraph)) if (end > start) out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}
