/**
 * Two surfaces that must agree: the recap the explainer writes for a reader at a position, pasted
 * into the spoiler checker by a reader at that same position, is no spoiler. A flag here is a
 * false alarm on the product's own words (or a recap that says too much).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { blockTexts } from "../src/explain/article.ts";
import { explain, RECAP_LENGTHS } from "../src/explain/index.ts";
import type { Position } from "../src/model/position.ts";
import type { Story } from "../src/model/story.ts";
import { check } from "../src/spoilers/index.ts";
import { bundledStories } from "./support/fixtures.ts";

/** About 25 reveal positions spread over the work, short of the end (where the explainer writes the ending article). */
function positions(story: Story): Position[] {
  const ords = [...new Set(story.facts.map((f) => f.at.ord))].filter((o) => o < story.scale.end.ord).sort((a, b) => a - b);
  const step = Math.max(1, Math.floor(ords.length / 25));
  return ords.filter((_, i) => i % step === 0).map((ord) => story.facts.find((f) => f.at.ord === ord)!.at);
}

for (const story of bundledStories()) {
  test(`${story.work.id}: every recap, checked at its own position, is no spoiler`, () => {
    for (const at of positions(story)) {
      for (const length of RECAP_LENGTHS) {
        const recap = explain(story, { at, length });
        const text = [recap.headline, recap.standfirst, ...recap.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(blockTexts)])].join("\n\n");
        const result = check(text, { work: story, at });
        const flagged = result.spans.map((s) => `"${text.slice(s.start, s.end)}" -> ${s.facts.join(", ")}`);
        assert.deepEqual(flagged, [], `${length} recap at ${at.label}`);
      }
    }
  });
}
