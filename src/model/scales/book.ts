import { percentOf, scaleOf, type PositionScale } from "../position.ts";

export interface ChapterShape {
  readonly number: number;
  readonly length?: number | undefined;
}

/** The whole book spans ord 0..SCALE; a chapter's share follows its relative length. */
const SCALE = 1_000_000;

/** Book positions: `ch12` (end of chapter 12), `ch12@50%`, `45%` (of the whole book), `start`, `end`. */
export function bookScale(chapters: readonly ChapterShape[]): PositionScale {
  const total = chapters.reduce((sum, c) => sum + (c.length ?? 1), 0);
  let cursor = 0;
  const spans = chapters.map((c) => {
    const from = cursor;
    cursor += ((c.length ?? 1) / total) * SCALE;
    return { number: c.number, from: Math.round(from), to: Math.round(cursor) };
  });
  const syntax = `a chapter such as \`ch2\`, a point in one such as \`ch2@50%\`, a share of the book such as \`45%\`, \`start\` or \`end\` (chapters ${chapters[0]?.number ?? 1}–${chapters.at(-1)?.number ?? 1})`;

  return scaleOf({
    kind: "book",
    syntax,
    end: SCALE,
    label(ord) {
      if (ord >= SCALE) return "end";
      const span = spans.find((s) => ord > s.from && ord <= s.to) ?? spans[0]!;
      return ord === span.to ? `ch${span.number}` : label(ord, span);
    },
    ord(lower, fail, text) {
      const whole = percentOf(lower);
      if (whole !== undefined) {
        if (whole > 1) return fail(`\`${text}\` is past the end of the book`);
        return Math.round(whole * SCALE);
      }
      const m = /^ch(?:apter)?\s*(\d+)(?:@(.+))?$/.exec(lower);
      if (!m) return fail(`\`${text}\` is not a book position`);
      const span = spans.find((s) => s.number === Number(m[1]));
      if (!span) return fail(`\`${text}\` is past the end of the book (${chapters.length} chapters)`);
      if (m[2] === undefined) return span.to;
      const within = percentOf(m[2]);
      if (within === undefined || within > 1) return fail(`\`${m[2]}\` is not a share of the chapter (0%–100%)`);
      return Math.round(span.from + within * (span.to - span.from));
    },
  });
}

/** Digits of a percentage (0 to `max` decimals) that land exactly on `ord` within `span`; undefined if none. */
function percent(ord: number, span: { from: number; to: number }, max: number): string | undefined {
  const share = ((ord - span.from) / (span.to - span.from)) * 100;
  for (let digits = 0; digits <= max; digits++) {
    const text = share.toFixed(digits);
    if (Math.round(span.from + (Number(text) / 100) * (span.to - span.from)) === ord) return `${Number(text)}%`;
  }
  return undefined;
}

/**
 * The most readable exact label inside a chapter: `ch3@50%`, else a round share of the whole book
 * (`45%`, as authors often write it), else the chapter share to four decimals.
 */
function label(ord: number, span: { number: number; from: number; to: number }): string {
  const inChapter = percent(ord, span, 1);
  if (inChapter) return `ch${span.number}@${inChapter}`;
  const inBook = percent(ord, { from: 0, to: SCALE }, 1);
  if (inBook) return inBook;
  const share = ((ord - span.from) / (span.to - span.from)) * 100;
  return `ch${span.number}@${percent(ord, span, 4) ?? `${Number(share.toFixed(4))}%`}`;
}
