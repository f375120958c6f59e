/**
 * The twist, told against what the audience believed until it landed: the moment it lands (and
 * the scene it lands in), the beliefs it overturns with where each began, what it reveals
 * instead, and the events it dates, placed in the story's chronology.
 */
import type { KnownFact, TimelineEvent } from "../engine/index.ts";
import { cites, mergeCites, paragraph, subheading, type Block, type Cites, type Section } from "./article.ts";
import { asSentence, capitalise, listJoin, lowerFirst, plural, stripStop } from "./prose.ts";
import type { ReaderView } from "./view.ts";

export interface TwistMoment {
  readonly at: string;
  readonly facts: readonly KnownFact[];
  /** The beliefs these facts overturn, in shown order. */
  readonly overturned: readonly KnownFact[];
}

/** Known twists (kind `twist`, or any fact that overturns another), one moment per position. */
export function twistMoments(view: ReaderView): TwistMoment[] {
  const moments = new Map<number, KnownFact[]>();
  for (const f of view.facts) {
    if (f.kind !== "twist" && !f.overturns?.length) continue;
    const ord = view.ord(f.at);
    moments.set(ord, [...(moments.get(ord) ?? []), f]);
  }
  return [...moments.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, facts]) => {
      const ids = new Set(facts.flatMap((f) => f.overturns ?? []));
      const overturned = view.facts.filter((f) => ids.has(f.id) && !facts.includes(f));
      return { at: facts[0]!.at, facts, overturned };
    });
}

export function twistSection(view: ReaderView): Section | undefined {
  const moments = twistMoments(view);
  if (moments.length === 0) return undefined;
  const blocks = moments.flatMap((m) => [
    ...(moments.length > 1 ? [subheading(capitalise(view.when(m.at)), cites({ facts: m.facts.map((f) => f.id) }))] : []),
    ...momentBlocks(view, m),
  ]);
  return { id: "twist", title: moments.length > 1 ? "The twists" : "The twist", blocks };
}

function momentBlocks(view: ReaderView, m: TwistMoment): Block[] {
  const p = view.proper;
  const ord = view.ord(m.at);
  const scene = sceneAt(view, ord);
  const factCites = cites({ facts: m.facts.map((f) => f.id) });
  const blocks: Block[] = [];

  const lands = scene
    ? `The twist lands ${view.when(m.at)}, when ${lowerFirst(stripStop(scene.summary), p)}.`
    : `The twist lands ${view.when(m.at)}.`;
  blocks.push(paragraph(lands, scene ? mergeCites(factCites, cites({ events: [scene.id] })) : factCites));

  if (m.overturned.length > 0) {
    const c = cites({ facts: [...m.overturned.map((f) => f.id), ...m.facts.map((f) => f.id)] });
    if (m.overturned.length <= 2) {
      const beliefs = m.overturned.map((f) => `that ${lowerFirst(stripStop(f.statement), p)} (established ${view.when(f.at)})`);
      const count = m.overturned.length === 1 ? "" : ` ${plural(m.overturned.length, "thing")}:`;
      blocks.push(paragraph(`Until then, ${view.noun} had the audience believe${count} ${listJoin(beliefs)}.`, c));
    } else {
      blocks.push(paragraph(`Until then, ${view.noun} had the audience believe ${plural(m.overturned.length, "thing")}:`, c));
      const items = m.overturned.map((f) => ({ text: asSentence(f.statement), note: `established ${view.when(f.at)}`, cites: cites({ facts: [f.id] }) }));
      blocks.push({ type: "list", ordered: false, items, cites: c });
    }
  }

  const [first, ...rest] = m.facts;
  const opener = m.overturned.length > 0 ? "Instead, " : "What it reveals: ";
  const reveal = [`${opener}${lowerFirst(asSentence(first!.statement), p)}`, ...rest.map((f) => asSentence(f.statement))];
  blocks.push(paragraph(reveal.join(" "), factCites));

  for (const { event, overtaken } of datedBy(view, m)) blocks.push(datedBlock(view, event, overtaken, ord));
  return blocks;
}

/**
 * The scene a twist lands in: an event shown at that very position; a key one first, then the
 * one latest in story order (the present-day discovery rather than the past it dates).
 */
function sceneAt(view: ReaderView, ord: number): TimelineEvent | undefined {
  const rank = (e: TimelineEvent) => view.chronology.events.find((c) => c.id === e.id)?.storyRank ?? Infinity;
  return view.shown.events
    .filter((e) => e.shown.some((s) => view.ord(s) === ord))
    .sort((a, b) => Number(view.isKey(b.id)) - Number(view.isKey(a.id)) || rank(b) - rank(a))[0];
}

/** Events a twist dates: placed in time at the twist, before scenes the audience had already seen. */
export function datedBy(view: ReaderView, m: TwistMoment): { event: TimelineEvent; overtaken: TimelineEvent[] }[] {
  const ord = view.ord(m.at);
  return view.placedAt(m.at).flatMap((event) => {
    if (event.storyRank === undefined) return [];
    const overtaken = view.chronology.events.filter((e) => e.storyRank! > event.storyRank! && view.ord(e.shown[0]!) < ord);
    return overtaken.length > 0 || view.ord(event.shown[0]!) < ord ? [{ event, overtaken }] : [];
  });
}

/**
 * An event the twist dates: its place in time, the scene it follows in story order and how many
 * scenes shown before the twist turn out to come after it.
 */
function datedBlock(view: ReaderView, event: TimelineEvent, overtaken: readonly TimelineEvent[], twistOrd: number): Block {
  const p = view.proper;
  const previous = view.chronology.events.find((e) => e.storyRank === event.storyRank! - 1);
  const sentences = [`The twist also dates a scene: ${lowerFirst(asSentence(event.summary), p)}`];
  if (event.when) sentences.push(`Its place in time is ${lowerFirst(stripStop(event.when), p)}.`);
  if (previous && view.ord(previous.shown[0]!) < twistOrd) {
    sentences.push(`In story order it follows straight on from the scene shown ${view.when(previous.shown[0]!)}${previous.when ? `, ${lowerFirst(stripStop(previous.when), p)}` : ""}.`);
  }
  if (overtaken.length > 0) {
    sentences.push(`So ${plural(overtaken.length, "scene")} the audience had already watched ${overtaken.length === 1 ? "takes" : "take"} place after it.`);
  }
  const c: Cites = cites({ events: [event.id, ...(previous ? [previous.id] : []), ...overtaken.map((e) => e.id)] });
  return paragraph(sentences.join(" "), c);
}
