/**
 * What happened in story order: the engine's story-order timeline as a numbered list, each event
 * with its date, where it is shown, and a note when a twist is what placed it in time.
 */
import { cites, paragraph, type ListItem, type Section } from "./article.ts";
import { asSentence, capitalise, listJoin } from "./prose.ts";
import { datedBy, twistMoments } from "./twist.ts";
import type { ReaderView } from "./view.ts";

export function chronologySection(view: ReaderView): Section | undefined {
  const { events, unplaced } = view.chronology;
  if (events.length === 0) return undefined;
  const dated = new Map<string, string>();
  for (const m of twistMoments(view)) for (const { event } of datedBy(view, m)) dated.set(event.id, m.at);

  const items: ListItem[] = events.map((e) => {
    const notes = [
      ...(e.when ? [capitalise(e.when)] : []),
      `shown ${listJoin(e.shown.map((s) => view.when(s)))}`,
      ...(dated.has(e.id) ? [`dated by the twist ${view.when(dated.get(e.id)!)}`] : []),
    ];
    return { text: asSentence(e.summary), note: notes.join("; "), cites: cites({ events: [e.id] }) };
  });
  const blocks = [
    paragraph(
      `In the order things happen rather than the order ${view.noun} shows them, with the dates ${dated.size > 0 ? "the twist fixes" : "it gives"}:`,
      cites({ events: events.map((e) => e.id) }),
    ),
    { type: "list" as const, ordered: true, items, cites: cites({ events: events.map((e) => e.id) }) },
  ];
  if (unplaced.length > 0) {
    blocks.push(paragraph(`${capitalise(view.noun)} never says when the rest happens:`, cites({ events: unplaced.map((e) => e.id) })));
    blocks.push({
      type: "list",
      ordered: false,
      items: unplaced.map((e) => ({ text: asSentence(e.summary), note: `shown ${view.when(e.shown[0]!)}`, cites: cites({ events: [e.id] }) })),
      cites: cites({ events: unplaced.map((e) => e.id) }),
    });
  }
  return { id: "chronology", title: "What happened, in story order", blocks };
}
