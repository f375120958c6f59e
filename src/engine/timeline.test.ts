import assert from "node:assert/strict";
import { test } from "node:test";
import { at, lighthouse } from "../../test/support/fixtures.ts";
import { timeline } from "./timeline.ts";

const story = lighthouse();

test("a death whose date is the twist is neither shown nor placed before the twist", () => {
  const t = timeline(story, at(story, "60m"), "story");
  assert.deepEqual(t.events.map((e) => e.id), ["storm"]);
  assert.deepEqual(t.unplaced.map((e) => e.id), ["nell-visit"]);
  assert.ok(!JSON.stringify(t).includes("the night of the storm"));
});

test("after the twist the story order places the death before the visits", () => {
  const t = timeline(story, at(story, "end"), "story");
  assert.deepEqual(t.events.map((e) => [e.id, e.storyRank]), [["storm", 1], ["nell-drowns", 2], ["nell-visit", 3]]);
  assert.deepEqual(t.unplaced.map((e) => e.id), ["relief-boat"]);
});

test("shown order lists only what has been shown, with the showings so far", () => {
  const t = timeline(story, at(story, "45m"), "shown");
  assert.deepEqual(t.events.map((e) => [e.id, e.shown]), [["nell-visit", ["20m"]], ["storm", ["40m"]]]);
});
