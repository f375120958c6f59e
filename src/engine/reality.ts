import { knows, type Position } from "../model/position.ts";
import type { Holder, Reality } from "../model/schema.ts";
import type { Story } from "../model/story.ts";

export interface Reading {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly heldBy: readonly Holder[];
  readonly at: string;
  readonly evidence: { readonly facts: readonly string[]; readonly events: readonly string[] };
  readonly events: readonly { id: string; summary: string; status: Reality }[];
  readonly sources: readonly string[];
}

/** The readings of the story revealed by `at`, each with the reality of the events shown so far. */
export function reality(story: Story, at: Position): { at: string; readings: Reading[] } {
  const shownEvent = (id: string) => {
    const e = story.eventById.get(id);
    return e !== undefined && knows(at, e.shown[0]!) ? e : undefined;
  };
  const knownFact = (id: string) => {
    const f = story.factById.get(id);
    return f !== undefined && knows(at, f.at);
  };
  const readings = story.interpretations
    .filter((r) => knows(at, r.at))
    .map((r) => ({
      id: r.id,
      name: r.name,
      summary: r.summary,
      heldBy: r.heldBy,
      at: r.at.label,
      evidence: { facts: r.evidence.facts.filter(knownFact), events: r.evidence.events.filter((id) => shownEvent(id)) },
      events: [...r.reality].flatMap(([id, status]) => {
        const e = shownEvent(id);
        return e ? [{ id, summary: e.summary, status }] : [];
      }),
      sources: r.sources.filter((id) => {
        const s = story.sourceById.get(id);
        return s !== undefined && knows(at, s.at);
      }),
    }));
  return { at: at.label, readings };
}
