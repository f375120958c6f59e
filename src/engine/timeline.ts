import { knows, type Position } from "../model/position.ts";
import type { Story, StoryEvent } from "../model/story.ts";

export type TimelineOrder = "shown" | "story";

export interface TimelineEvent {
  readonly id: string;
  readonly summary: string;
  readonly entities: readonly string[];
  /** Where the work has shown it so far. */
  readonly shown: readonly string[];
  /** 1-based rank in story chronology among the placements revealed so far; absent when unplaced. */
  readonly storyRank?: number;
  readonly when?: string;
}

export interface Timeline {
  readonly at: string;
  readonly order: TimelineOrder;
  readonly events: readonly TimelineEvent[];
  /** Story order only: events shown so far whose chronology is not revealed yet, in shown order. */
  readonly unplaced: readonly TimelineEvent[];
}

/**
 * Events shown by `at`, in shown or story order. Story order uses only placements revealed by
 * `at`; ranks are computed among those alone, so neither gaps nor counts hint at later ones.
 */
export function timeline(story: Story, at: Position, order: TimelineOrder): Timeline {
  const shown = story.events
    .filter((e) => knows(at, e.shown[0]!))
    .sort((a, b) => a.shown[0]!.ord - b.shown[0]!.ord);
  const isPlaced = (e: StoryEvent) => e.story !== undefined && knows(at, e.story.at);
  const placed = shown.filter(isPlaced).sort((a, b) => a.story!.order - b.story!.order);
  const rank = new Map(placed.map((e, i) => [e.id, i + 1]));
  const present = (e: StoryEvent): TimelineEvent => {
    const r = rank.get(e.id);
    return {
      id: e.id,
      summary: e.summary,
      entities: e.entities,
      shown: e.shown.filter((p) => knows(at, p)).map((p) => p.label),
      ...(r !== undefined ? { storyRank: r, ...(e.story!.when ? { when: e.story!.when } : {}) } : {}),
    };
  };
  return order === "shown"
    ? { at: at.label, order, events: shown.map(present), unplaced: [] }
    : { at: at.label, order, events: placed.map(present), unplaced: shown.filter((e) => !isPlaced(e)).map(present) };
}
