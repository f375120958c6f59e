/**
 * The explainer's output: a structured article of sections of typed blocks. Every block cites
 * the facts, events, readings and sources it was built from, and nothing else; renderers turn
 * an Article into Markdown, HTML or JSON without adding content of their own.
 */

export type ArticleKind = "ending" | "recap";

/** Recap length budgets: about 80, 200 and 500 words, a hard ceiling on the whole article. */
export const RECAP_LENGTHS = ["short", "medium", "long"] as const;
export type RecapLength = (typeof RECAP_LENGTHS)[number];
export const WORD_BUDGET: Record<RecapLength, number> = { short: 80, medium: 200, long: 500 };

export interface Cites {
  readonly facts: readonly string[];
  readonly events: readonly string[];
  readonly readings: readonly string[];
  readonly sources: readonly string[];
}

export interface Attribution {
  readonly person?: string;
  readonly role?: string;
  readonly outlet?: string;
  readonly interviewer?: string;
  readonly date: string;
  readonly url?: string;
}

export type Block =
  | { readonly type: "paragraph"; readonly text: string; readonly cites: Cites }
  | { readonly type: "warning"; readonly text: string; readonly cites: Cites }
  | { readonly type: "subheading"; readonly text: string; readonly cites: Cites }
  | { readonly type: "list"; readonly ordered: boolean; readonly items: readonly ListItem[]; readonly cites: Cites }
  | {
      readonly type: "table";
      readonly caption: string;
      /** The header of the row-label column. */
      readonly corner: string;
      readonly columns: readonly { readonly id: string; readonly label: string }[];
      readonly rows: readonly { readonly id: string; readonly label: string; readonly cells: readonly string[] }[];
      readonly cites: Cites;
    }
  | {
      readonly type: "source";
      /** quote: the person's exact words; paraphrase: their point in our words; report: a secondary source. */
      readonly kind: "quote" | "paraphrase" | "report";
      readonly text: string;
      readonly attribution: Attribution;
      readonly cites: Cites;
    };

export interface ListItem {
  readonly text: string;
  readonly note?: string;
  readonly cites: Cites;
}

export type SectionId =
  | "spoiler-warning"
  | "premise"
  | "what-happened"
  | "twist"
  | "chronology"
  | "reality"
  | "creators"
  | "disputed"
  | "questions"
  | "related"
  | "essentials"
  | "so-far"
  | "next";

export interface Section {
  readonly id: SectionId;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface Article {
  readonly kind: ArticleKind;
  readonly work: { readonly id: string; readonly title: string; readonly kind: "film" | "series" | "book"; readonly year: number };
  /** The reader's position label; everything in the article is revealed at or before it. */
  readonly at: string;
  readonly length?: RecapLength;
  readonly headline: string;
  readonly standfirst: string;
  readonly sections: readonly Section[];
  /** Words in the headline, standfirst and every block. */
  readonly words: number;
}

export const NO_CITES: Cites = { facts: [], events: [], readings: [], sources: [] };

export function cites(parts: Partial<{ [K in keyof Cites]: readonly string[] }>): Cites {
  const uniq = (list: readonly string[] | undefined) => [...new Set(list ?? [])];
  return { facts: uniq(parts.facts), events: uniq(parts.events), readings: uniq(parts.readings), sources: uniq(parts.sources) };
}

export function mergeCites(...all: readonly Cites[]): Cites {
  return cites({
    facts: all.flatMap((c) => c.facts),
    events: all.flatMap((c) => c.events),
    readings: all.flatMap((c) => c.readings),
    sources: all.flatMap((c) => c.sources),
  });
}

export const paragraph = (text: string, c: Cites = NO_CITES): Block => ({ type: "paragraph", text, cites: c });
export const subheading = (text: string, c: Cites = NO_CITES): Block => ({ type: "subheading", text, cites: c });

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Every piece of reader-facing text in a block, in reading order. */
export function blockTexts(block: Block): string[] {
  switch (block.type) {
    case "paragraph":
    case "warning":
    case "subheading":
      return [block.text];
    case "list":
      return block.items.flatMap((i) => (i.note ? [i.text, i.note] : [i.text]));
    case "table":
      return [block.caption, block.corner, ...block.columns.map((c) => c.label), ...block.rows.flatMap((r) => [r.label, ...r.cells])];
    case "source": {
      const a = block.attribution;
      return [block.text, ...[a.person, a.role, a.outlet, a.interviewer, a.date].filter((x): x is string => x !== undefined)];
    }
  }
}

export function articleWords(parts: { headline: string; standfirst: string; sections: readonly Section[] }): number {
  const texts = [parts.headline, parts.standfirst, ...parts.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(blockTexts)])];
  return texts.reduce((sum, t) => sum + countWords(t), 0);
}
