import { AfterimageError } from "../model/errors.ts";
import type { CheckResult } from "./check.ts";

/**
 * Hides the flagged spans of a text behind a platform's spoiler markup:
 * - discord  `||...||`
 * - reddit   `>!...!<` (one per line: Reddit spoilers cannot cross a line break)
 * - html     `<span class="spoiler" data-reveals="S07E05">...</span>` (also for Markdown, which passes HTML through)
 * - plain    `[spoiler: something from S07E05]` in place of the span
 * Markup characters in the whole text are escaped, inside the spans and out, so that nothing the
 * writer typed can open or close a spoiler early: no fragment of a flagged span is ever left
 * outside the markup. Span edges are widened to whole characters (grapheme clusters) first.
 */
export type RedactFormat = "discord" | "reddit" | "html" | "markdown" | "plain";

export const REDACT_FORMATS: readonly RedactFormat[] = ["discord", "reddit", "html", "markdown", "plain"];

export interface RedactOptions {
  readonly format: RedactFormat;
}

export interface Block {
  start: number;
  end: number;
  /** Where the hidden facts are revealed, in story order. */
  at: string[];
}

export function redact(text: string, result: Pick<CheckResult, "spans" | "reveals">, options: RedactOptions): string {
  const format = options.format;
  if (!REDACT_FORMATS.includes(format)) {
    throw new AfterimageError("invalid-input", `unknown redaction format \`${String(format)}\`; expected one of ${REDACT_FORMATS.join(", ")}`);
  }
  const blocks = blocksOf(text, result);
  const escape = ESCAPES[format];
  let out = "";
  let cursor = 0;
  for (const b of blocks) {
    out += escape(text.slice(cursor, b.start));
    out += WRAP[format](text.slice(b.start, b.end), b.at, escape);
    cursor = b.end;
  }
  return out + escape(text.slice(cursor));
}

/** The spans widened to whole characters, sorted, and merged where they touch or only white space separates them. */
export function blocksOf(text: string, result: Pick<CheckResult, "spans" | "reveals">): Block[] {
  const atOf = new Map(result.reveals.map((r) => [r.fact, r.at]));
  const order = new Map(result.reveals.map((r, i) => [r.fact, i]));
  const raw = result.spans
    .map((s) => {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start > s.end) {
        throw new AfterimageError("invalid-input", `span ${s.start}–${s.end} is not inside the text (${text.length} characters)`);
      }
      return { start: s.start, end: s.end, facts: [...s.facts] };
    })
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  if (raw.length === 0) return [];
  const bounds = graphemeBounds(text);
  const merged: { start: number; end: number; facts: string[] }[] = [];
  for (const s of raw) {
    const start = bounds.floor(s.start);
    const end = bounds.ceil(s.end);
    const last = merged.at(-1);
    if (last && (start <= last.end || /^\s*$/.test(text.slice(last.end, start)))) {
      last.end = Math.max(last.end, end);
      last.facts.push(...s.facts);
    } else merged.push({ start, end, facts: s.facts });
  }
  return merged.map((m) => {
    const facts = [...new Set(m.facts)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const at = [...new Set(facts.map((f) => atOf.get(f)).filter((a): a is string => a !== undefined))];
    return { start: m.start, end: m.end, at };
  });
}

/** Grapheme cluster boundaries (so no half of an emoji or an accent is left out of a span). */
function graphemeBounds(text: string) {
  const cuts: number[] = [];
  for (const seg of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) cuts.push(seg.index);
  cuts.push(text.length);
  // Never cut a surrogate pair, whatever the segmenter makes of unpaired surrogates.
  const whole = (i: number) => !(i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i)));
  /** Index of the first cut >= i. */
  const search = (i: number) => {
    let lo = 0;
    let hi = cuts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    floor(i: number): number {
      const k = search(i);
      let r = cuts[k] === i ? i : (cuts[k - 1] ?? 0);
      while (!whole(r)) r--;
      return r;
    },
    ceil(i: number): number {
      let r = cuts[search(i)] ?? text.length;
      while (!whole(r)) r++;
      return r;
    },
  };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

const backslashEscape = (chars: RegExp) => (s: string) => s.replace(chars, (c) => `\\${c}`);

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);

const ESCAPES: Record<RedactFormat, (s: string) => string> = {
  discord: backslashEscape(/[\\|`*_~]/g),
  reddit: backslashEscape(/[\\`!<>*_~^|[\]]/g),
  html: escapeHtml,
  markdown: escapeHtml,
  plain: (s) => s,
};

const where = (at: readonly string[]) => (at.length === 0 ? "something" : `something from ${at.join(", ")}`);

const htmlSpan = (inner: string, at: readonly string[], escape: (s: string) => string) =>
  `<span class="spoiler"${at.length > 0 ? ` data-reveals="${escapeHtml(at.join(" "))}"` : ""}>${escape(inner)}</span>`;

const WRAP: Record<RedactFormat, (inner: string, at: readonly string[], escape: (s: string) => string) => string> = {
  discord: (inner, _at, escape) => `||${escape(inner)}||`,
  reddit: (inner, _at, escape) =>
    inner
      .split(/(\r\n|\n|\r|\u2028|\u2029)/)
      .map((piece, i) => {
        if (i % 2 === 1) return piece; // the line break itself
        const m = /^(\s*)([^]*?)(\s*)$/.exec(piece)!;
        return m[2] === "" ? piece : `${m[1]}>!${escape(m[2]!)}!<${m[3]}`;
      })
      .join(""),
  html: htmlSpan,
  markdown: htmlSpan,
  plain: (_inner, at) => `[spoiler: ${where(at)}]`,
};
