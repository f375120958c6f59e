/**
 * Everything the explainer may use for a reader at `at`, gathered once. Facts, events, readings,
 * characters and work metadata come from the engine; sources and disputed details, which no
 * engine function covers, are filtered here by the same rule (`knows`). Section builders read
 * only this view, never the story itself, so nothing revealed after `at` can reach them.
 */
import { character, known, metEntities, nextReveal, reality, timeline, workAt } from "../engine/index.ts";
import type { KnownFact, Reading, Timeline, TimelineEvent, WorkView } from "../engine/index.ts";
import { knows, type Position } from "../model/position.ts";
import type { Disputed, Source, Story } from "../model/story.ts";
import { inferGender } from "./pronouns.ts";
import type { Cast } from "./narrator.ts";
import { properWords } from "./prose.ts";
import { partOf, whenPhrase, workNoun, type Part } from "./when.ts";

export interface KnownCharacter {
  readonly id: string;
  /** The latest proper name the reader knows them by (never a later one). */
  readonly name: string;
  readonly names: readonly string[];
  readonly facets: readonly { label: string; text: string; at: string }[];
}

export interface ReaderView {
  readonly story: Story;
  readonly at: Position;
  readonly finished: boolean;
  readonly work: WorkView;
  readonly facts: readonly KnownFact[];
  readonly factById: ReadonlyMap<string, KnownFact>;
  readonly shown: Timeline;
  readonly chronology: Timeline;
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
  readonly readings: readonly Reading[];
  readonly sources: readonly Source[];
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly disputed: readonly Disputed[];
  readonly characters: readonly KnownCharacter[];
  readonly cast: Cast;
  /** Words to keep capitalised when a sentence no longer starts with them. */
  readonly proper: ReadonlySet<string>;
  /** How many cues (phrases people use about it) a known fact has: a measure of how much it is discussed. */
  cueCount(factId: string): number;
  /** Whether a shown event is a key event (a row of the reality table). */
  isKey(eventId: string): boolean;
  readonly next?: { readonly at: string };
  /** "about 92 minutes in" for a position label. */
  when(label: string): string;
  /** The act, season or chapter of a position label. */
  part(label: string): Part;
  /** "the film", "the series", "the book". */
  readonly noun: string;
  /** The ord of a position label (labels come from the engine and always parse). */
  ord(label: string): number;
  /** Events whose place in the story's chronology is revealed exactly at a (known) position. */
  placedAt(label: string): readonly TimelineEvent[];
}

export function readerView(story: Story, at: Position): ReaderView {
  const facts = known(story, at).facts;
  const shown = timeline(story, at, "shown");
  const chronology = timeline(story, at, "story");
  const sources = story.sources.filter((s) => knows(at, s.at));
  const met = metEntities(story, at);
  const statements = facts.map((f) => f.statement);
  const characters = met.map((e) => {
    const card = character(story, e.id, at);
    // The fullest proper name the reader knows: "Peyton Farquhar" once learned, not "the condemned man".
    const name = card.names.filter((n) => n.kind === "name").at(-1)?.name ?? card.name;
    return { id: e.id, name, names: card.names.map((n) => n.name), facets: card.facets, relations: card.relations.map((r) => r.label), type: e.type };
  });
  const allNames = characters.flatMap((c) => c.names);
  const work = workAt(story, at);
  const proper = properWords(
    [...statements, ...shown.events.map((e) => e.summary), work.logline, ...characters.flatMap((c) => c.facets.map((f) => f.text))],
    [...allNames, work.title, ...work.creators.map((c) => c.name)],
  );
  const people = characters
    .filter((c) => c.type === "character")
    .map((c) => {
      const gender = inferGender({ names: c.names, relations: c.relations, statements });
      return { id: c.id, names: [...c.names].sort((a, b) => b.length - a.length), ...(gender ? { gender } : {}) };
    });
  const next = nextReveal(story, at);
  return {
    story,
    at,
    finished: at.ord >= story.scale.end.ord,
    work,
    facts,
    factById: new Map(facts.map((f) => [f.id, f])),
    shown,
    chronology,
    eventById: new Map(shown.events.map((e) => [e.id, e])),
    readings: reality(story, at).readings,
    sources,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    disputed: story.disputed.filter((d) => knows(at, d.at)),
    characters: characters.map(({ id, name, names, facets }) => ({ id, name, names, facets })),
    cast: { characters: people, proper },
    proper,
    // Cues of a fact the reader knows: used to weigh it, never shown.
    cueCount: (id) => (facts.some((f) => f.id === id) ? story.factById.get(id)?.cues.length ?? 0 : 0),
    // The key flag of an event the reader has been shown: a property of a known event.
    isKey: (id) => shown.events.some((e) => e.id === id) && story.eventById.get(id)?.key === true,
    ...(next ? { next } : {}),
    when: (label) => whenPhrase(story, label),
    part: (label) => partOf(story, story.scale.parse(label).ord),
    noun: workNoun(story),
    ord: (label) => story.scale.parse(label).ord,
    placedAt: (label) => {
      const ord = Math.min(story.scale.parse(label).ord, at.ord);
      const before = { ord: ord - 1, approx: false, label: story.scale.format(ord - 1) };
      const earlier = new Set(ord === 0 ? [] : timeline(story, before, "story").events.map((e) => e.id));
      const now = timeline(story, { ord, approx: false, label: story.scale.format(ord) }, "story");
      return now.events.filter((e) => !earlier.has(e.id)).map((e) => chronology.events.find((c) => c.id === e.id)!);
    },
  };
}

/** The known names of a met entity, for templates that name someone (never a later alias). */
export function nameOf(view: ReaderView, id: string): string | undefined {
  return view.characters.find((c) => c.id === id)?.name;
}
