import { WHITE } from "./fold.ts";

/** A range of the text: UTF-16 offsets, end exclusive. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Paragraphs: the text between blank lines (a line break, optional spaces, a line break). */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const blank = /\n[ \t\r\f\v]*\n/g;
  let start = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Marks after which a sentence may end (more than ICU ends one at: a cheap, safe shortcut). */
const SENTENCE_END = /[.!?…;:\n\u3002\uff01\uff1f]/;
/** 1 for the code units SENTENCE_END matches. */
const END_MARK = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) END_MARK[c] = SENTENCE_END.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Whether text[start, end) has no mark that may end a sentence followed by more text before
 * its last word: such a range is one sentence, and the splitter need not run. Allocation-free:
 * most paragraphs checked are tweets.
 */
export function isOneSentence(text: string, range: Range): boolean {
  let last = range.end - 1;
  while (last >= range.start && WHITE[text.charCodeAt(last)]) last--;
  // Is there a mark in [start, last) with something other than white space after it, before `last`?
  let more = false;
  for (let k = last - 1; k >= range.start; k--) {
    const c = text.charCodeAt(k);
    if (END_MARK[c] && more) return false;
    if (!WHITE[c]) more = true;
  }
  return true;
}

/**
 * The sentences of text[start, end), by ICU's sentence boundaries (Unicode UAX #29, through
 * `Intl.Segmenter`), as offsets into `text`. A range with no sentence-ending mark before its
 * last word is one sentence and is returned without running the segmenter.
 */
export function sentences(text: string, range: Range): Range[] {
  if (isOneSentence(text, range)) return [trim(text, range)];
  return segment(text, range);
}

const SEGMENTER = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * A dot that ends an abbreviation rather than a sentence: a title ("Mr.", "Dr.", "St."), "vs.",
 * or a single letter ("U.S."). ICU's English rules have no such exceptions; wink-nlp's tokenizer,
 * used before, had them, and ten times the cost.
 */
const ABBREVIATION = /(?:^|[\s(.])(?:\p{L}|Mr|Mrs|Ms|Dr|St|Sr|Jr|Mt|Ft|vs|Prof|Gen|Capt|Lt|Col|Sgt|Rev|Fr|approx)\.$/u;

const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/g;

/** The segmenter's sentences of the range, rejoined after abbreviations; tag-only ones joined to a neighbour. Exported for tests. */
export function segment(text: string, range: Range): Range[] {
  const out: Range[] = [];
  // A single line break inside a paragraph is where a line was wrapped, not the end of a sentence
  // (ICU ends one at every line break); a space in its place keeps every offset.
  for (const piece of SEGMENTER.segment(text.slice(range.start, range.end).replace(LINE_BREAK, " "))) {
    const start = range.start + piece.index;
    const r = trim(text, { start, end: start + piece.segment.length });
    if (r.end === r.start) continue;
    const last = out.at(-1);
    if (last && ABBREVIATION.test(text.slice(last.start, last.end))) out[out.length - 1] = { start: last.start, end: r.end };
    else out.push(r);
  }
  return out.length === 0 ? [trim(text, range)] : attachTagLines(text, out);
}

/** Hashtags, mentions, links and emoji with no words of their own. */
const TAGS = /#[^\s#]+|@[^\s@]+|https?:\/\/\S+/gu;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * A "sentence" made only of hashtags, mentions and links ("... omg! #JonSnow #GoT") belongs to
 * the sentence before it (or, first in its paragraph, to the one after it).
 */
function attachTagLines(text: string, ranges: Range[]): Range[] {
  if (ranges.length < 2) return ranges;
  const tagOnly = (r: Range) => !LETTER.test(text.slice(r.start, r.end).replace(TAGS, ""));
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (last && (tagOnly(r) || tagOnly(last))) out[out.length - 1] = { start: last.start, end: r.end };
    else out.push(r);
  }
  return out;
}

/** The range without leading and trailing white space (an empty range stays where it is). */
export function trim(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && WHITE[text.charCodeAt(start)]) start++;
  while (end > start && WHITE[text.charCodeAt(end - 1)]) end--;
  return { start, end };
}
