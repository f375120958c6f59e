import assert from "node:assert/strict";
import { test } from "node:test";
import { known } from "../src/engine/index.ts";
import { truncate } from "./support/arbitrary-story.ts";
import { bundledStories } from "./support/fixtures.ts";

test("the truncation oracle cuts every bundled work at every reveal into a valid story", () => {
  for (const story of bundledStories()) {
    for (const f of story.facts) {
      const cut = truncate(story, f.at);
      assert.deepEqual(known(cut, f.at), known(story, f.at), `${story.work.id} at ${f.at.label}`);
    }
  }
});
