import assert from "node:assert/strict";
import { test } from "node:test";
import { lexiconOf } from "./lexicon.ts";
import { pairKey, readerView } from "./reader.ts";
import { RIVERS, storyFrom } from "./testing/stories.ts";

const story = storyFrom(RIVERS);
const lexicon = lexiconOf(story);
const index = (id: string) => lexicon.entities.findIndex((e) => e.id === id);

/** Whether a reader at `at` has seen the two entities together. */
const together = (a: string, b: string, at: string) => readerView(lexicon, story.scale.parse(at).ord).together.has(pairKey(index(a), index(b)));

test("two entities are together from the first known fact or relation that has both, not before", () => {
  assert.equal(together("mara", "oskar", "S01E01"), false);
  assert.equal(together("mara", "oskar", "S01E02"), true, "they marry at S01E02");
  assert.equal(together("wolf", "mara", "S01E01"), true, "a relation known from the start");
  assert.equal(together("wolf", "oskar", "S01E02"), false, "a relation revealed at S01E03");
  assert.equal(together("oskar", "wolf", "S01E03"), true, "either order");
});

test("pair keys are one number per unordered pair", () => {
  assert.equal(pairKey(3, 7), pairKey(7, 3));
  assert.notEqual(pairKey(1, 70_000), pairKey(2, 3));
});
