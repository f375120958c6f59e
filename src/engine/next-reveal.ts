import type { Position } from "../model/position.ts";
import type { Story } from "../model/story.ts";

/** Where the next fact after `at` is revealed, without its content; undefined at the last one. */
export function nextReveal(story: Story, at: Position): { at: string } | undefined {
  const next = story.facts.find((f) => f.at.ord > at.ord);
  return next ? { at: next.at.label } : undefined;
}
