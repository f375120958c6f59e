import assert from "node:assert/strict";
import { test } from "node:test";
import { laterNamesInFacts } from "./lint.ts";
import { bundled, RIVERS, storyFrom } from "./testing/stories.ts";

test("a fact's statement or cue that uses a name learned after the fact is pointed out, with its path", () => {
  const early = storyFrom(RIVERS.replace("cues: [ferry, river crossing]", "cues: [ferry, river crossing, the Queen of Ash's ferry]"));
  const warnings = laterNamesInFacts(early);
  assert.deepEqual(warnings.map((w) => w.path), [["facts", 0, "cues", 2]]);
  assert.match(warnings[0]!.message, /"Queen of Ash", a name the audience learns only after this fact \(S01E01\)/);
  assert.deepEqual(laterNamesInFacts(storyFrom(RIVERS)), [], "the name in the fact that reveals it is no slip");
});

test("the bundled works use no name before the audience learns it", () => {
  for (const id of ["game-of-thrones", "all-of-us-strangers", "an-occurrence-at-owl-creek-bridge"]) assert.deepEqual(laterNamesInFacts(bundled(id)), [], id);
});
