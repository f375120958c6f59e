/**
 * What is real and what is not: a table of the key events against each reading, then each
 * reading with who holds it, its evidence and its sources.
 */
import type { Reading, TimelineEvent } from "../engine/index.ts";
import type { Holder, Reality } from "../model/schema.ts";
import { cites, paragraph, subheading, type Block, type ListItem, type Section } from "./article.ts";
import { asSentence, capitalise, listJoin, plural, smooth } from "./prose.ts";
import { sourceName } from "./sources.ts";
import type { ReaderView } from "./view.ts";

export const NOT_ADDRESSED = "not addressed";

const HOLDERS: Record<Holder, string> = { creator: "the creators", critics: "critics", fans: "fans" };

export function holders(r: Reading): string {
  return listJoin(r.heldBy.map((h) => HOLDERS[h]));
}

/**
 * The rows of the reality table: the key events the reader has been shown that at least one
 * reading says something about, in shown order.
 */
export function keyEvents(view: ReaderView): TimelineEvent[] {
  return view.shown.events.filter((e) => view.isKey(e.id) && view.readings.some((r) => statusOf(r, e.id) !== undefined));
}

export function statusOf(r: Reading, eventId: string): Reality | undefined {
  return r.events.find((e) => e.id === eventId)?.status;
}

export function realitySection(view: ReaderView): Section | undefined {
  if (view.readings.length === 0) return undefined;
  const rows = keyEvents(view);
  const used = [...new Set(view.readings.flatMap((r) => rows.map((e) => statusOf(r, e.id)).filter((s): s is Reality => s !== undefined)))];
  const blocks: Block[] = [
    paragraph(
      `${capitalise(view.noun)} supports ${plural(view.readings.length, "reading")}. Here is how each treats the key events (${listJoin(used, "or")}).`,
      cites({ readings: view.readings.map((r) => r.id), events: rows.map((e) => e.id) }),
    ),
  ];
  if (rows.length > 0) {
    blocks.push({
      type: "table",
      caption: "Key events under each reading",
      corner: "Key event",
      columns: view.readings.map((r) => ({ id: r.id, label: r.name })),
      rows: rows.map((e) => ({ id: e.id, label: asSentence(e.summary), cells: view.readings.map((r) => statusOf(r, e.id) ?? NOT_ADDRESSED) })),
      cites: cites({ readings: view.readings.map((r) => r.id), events: rows.map((e) => e.id) }),
    });
  }
  for (const r of view.readings) blocks.push(...readingBlocks(view, r));
  return { id: "reality", title: "What is real and what is not", blocks };
}

function readingBlocks(view: ReaderView, r: Reading): Block[] {
  const known = r.sources.flatMap((id) => view.sourceById.get(id) ?? []);
  const c = cites({ readings: [r.id], facts: r.evidence.facts, events: r.evidence.events, sources: known.map((s) => s.id) });
  const held = `Held by ${holders(r)}.`;
  const sourced = known.length > 0 ? ` On this, see ${listJoin(known.map(sourceName))}.` : "";
  const evidence: ListItem[] = [
    ...r.evidence.facts.flatMap((id) => {
      const f = view.factById.get(id);
      return f ? [{ text: asSentence(f.statement), note: view.when(f.at), cites: cites({ facts: [id] }) }] : [];
    }),
    ...r.evidence.events.flatMap((id) => {
      const e = view.eventById.get(id);
      return e ? [{ text: asSentence(e.summary), note: `shown ${view.when(e.shown[0]!)}`, cites: cites({ events: [id] }) }] : [];
    }),
  ];
  return [
    subheading(r.name, cites({ readings: [r.id] })),
    paragraph(smooth(asSentence(r.summary), view.proper), cites({ readings: [r.id] })),
    paragraph(`${held}${sourced}${evidence.length > 0 ? " The evidence for it:" : ""}`, c),
    ...(evidence.length > 0 ? [{ type: "list" as const, ordered: false, items: evidence, cites: c }] : []),
  ];
}
