/**
 * Facts told as connected prose, grouped by act, season or chapter: a subheading per part and
 * paragraphs of a few sentences each, in the order given.
 */
import type { KnownFact } from "../engine/index.ts";
import { cites, paragraph, subheading, type Block } from "./article.ts";
import type { Line, Narrator } from "./narrator.ts";
import { asSentence, stripStop } from "./prose.ts";
import type { ReaderView } from "./view.ts";

const HEDGES = ["or so it seems", "or so it appears", "as far as anyone can tell"];

/**
 * A known fact as a line of prose. A belief the reader has since seen overturned is told as it
 * seemed at the time, with a hedge; one not yet overturned at `at` is told plainly, as believed.
 */
export function factLine(view: ReaderView, fact: KnownFact, hedge = 0): Line {
  const text = fact.believedUntil && /\.$/.test(fact.statement.trim())
    ? `${stripStop(fact.statement)}, ${HEDGES[hedge % HEDGES.length]}.`
    : asSentence(fact.statement);
  return { text, ord: view.ord(fact.at), cites: cites({ facts: [fact.id] }) };
}

export function narrativeByPart(view: ReaderView, facts: readonly KnownFact[], narrator: Narrator, withHeadings = true): Block[] {
  const parts = new Map<number, { label: string; facts: KnownFact[] }>();
  for (const f of facts) {
    const part = view.part(f.at);
    const entry = parts.get(part.key) ?? { label: part.label, facts: [] };
    entry.facts.push(f);
    parts.set(part.key, entry);
  }
  let hedge = 0;
  const blocks: Block[] = [];
  for (const [, part] of [...parts].sort((a, b) => a[0] - b[0])) {
    if (withHeadings) blocks.push(subheading(part.label));
    const lines = part.facts.map((f) => factLine(view, f, f.believedUntil ? hedge++ : 0));
    for (const p of narrator.paragraphs(lines)) blocks.push(paragraph(p.text, p.cites));
  }
  return blocks;
}
