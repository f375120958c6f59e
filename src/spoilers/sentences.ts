import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** A range of the text: UTF-16 offsets, end exclusive. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

let splitter: WinkMethods | undefined;

/** wink-nlp with only sentence boundary detection in its pipe (tokens come with it). */
function nlp(): WinkMethods {
  splitter ??= winkNLP(model, ["sbd"]);
  return splitter;
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

/** Marks after which a sentence may end (more than wink-nlp's own: see splitsAsOne). */
const SENTENCE_END = /[.!?…;:\n\u3002\uff01\uff1f]/;
/** 1 for the code units `\s` matches (those `trim` removes). */
const SPACE = new Uint8Array(65536);
/** 1 for the code units SENTENCE_END matches. */
const END_MARK = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  const s = String.fromCharCode(c);
  SPACE[c] = /\s/.test(s) ? 1 : 0;
  END_MARK[c] = SENTENCE_END.test(s) ? 1 : 0;
}

/**
 * Whether text[start, end) has no mark that may end a sentence followed by more text before
 * its last word: such a range is one sentence, and the splitter need not run. Allocation-free:
 * most paragraphs checked are tweets.
 */
export function isOneSentence(text: string, range: Range): boolean {
  let last = range.end - 1;
  while (last >= range.start && SPACE[text.charCodeAt(last)]) last--;
  // Is there a mark in [start, last) with something other than white space after it, before `last`?
  let more = false;
  for (let k = last - 1; k >= range.start; k--) {
    const c = text.charCodeAt(k);
    if (END_MARK[c] && more) return false;
    if (!SPACE[c]) more = true;
  }
  return true;
}

/**
 * The sentences of text[start, end), by wink-nlp's sentence boundary detection, as offsets
 * into `text`. A range with no sentence-ending mark before its last word is one sentence and
 * is returned without running the splitter.
 */
export function sentences(text: string, range: Range): Range[] {
  if (isOneSentence(text, range) || splitsAsOne(text, range)) return [trim(text, range)];
  return splitWithWink(text, range);
}

/**
 * Whether wink-nlp would leave the range one sentence (after joining tag-only ones), known
 * without running it. Its English model (wink-eng-lite-web-model 1.8) only ends a sentence where
 * a token with `.`, `!` or `?` (a mark, or an abbreviation with its dot) or a blank line begins
 * a boundary pattern, on that token or on a closing quote, bracket or line break up to two tokens
 * on. So with none of those, the range is one sentence; and if everything after the first of them
 * is hashtags, mentions, punctuation and emoji ("Spoiler: Jon dies! #GoT 😱"), every later
 * sentence is tags only (none can end inside a tag free of those characters) and joins the one
 * before it. Spares the splitter on most tweets that end in hashtags. sentences.test.ts checks
 * this against wink-nlp itself.
 */
function splitsAsOne(text: string, range: Range): boolean {
  const slice = text.slice(range.start, range.end);
  const first = slice.search(WINK_END);
  if (first < 0) return true;
  const tail = slice.slice(first + 1);
  for (const tag of tail.matchAll(TAGS)) if (MAY_END.test(tag[0])) return false;
  return !LETTER.test(tail.replace(TAGS, ""));
}

/** Where wink-nlp's English model may begin a sentence boundary. */
const WINK_END = /[.!?]|\n\n/;
/** What a sentence may end on, and then some (marks, closing quotes and brackets). */
const MAY_END = /[.!?…;:\n\u3002\uff01\uff1f)\]}"'’”]/;

/** wink-nlp's sentences of the range (tag-only ones joined to their neighbour). Exported for tests. */
export function splitWithWink(text: string, range: Range): Range[] {
  const slice = text.slice(range.start, range.end);
  const n = nlp();
  const doc = n.readDoc(slice);
  const values = doc.tokens().out(n.its.value) as string[];
  const spaces = doc.tokens().out(n.its.precedingSpaces) as string[];
  const spans = doc.sentences().out(n.its.span) as unknown as [number, number][];
  const ends: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const piece = spaces[i]! + values[i]!;
    // wink-nlp reproduces the text token by token; if it ever did not, one sentence is safe.
    if (!slice.startsWith(piece, at)) return [trim(text, range)];
    at += piece.length;
    ends.push(at);
  }
  const out: Range[] = [];
  let previousEnd = range.start;
  spans.forEach(([, last], k) => {
    const start = previousEnd;
    const end = k === spans.length - 1 ? range.end : range.start + ends[last]!;
    if (end > start) out.push(trim(text, { start, end }));
    previousEnd = end;
  });
  return attachTagLines(text, out.filter((r) => r.end > r.start));
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
  while (start < end && SPACE[text.charCodeAt(start)]) start++;
  while (end > start && SPACE[text.charCodeAt(end - 1)]) end--;
  return { start, end };
}
