import assert from "node:assert/strict";
import { test } from "node:test";
import { at, lighthouse } from "../../test/support/fixtures.ts";
import { workAt } from "./work.ts";
import { nextReveal } from "./next-reveal.ts";

const story = lighthouse();

test("a spoiler tag is hidden until its position; the rest are public", () => {
  const tags = (p: string) => workAt(story, at(story, p)).tags.map((t) => t.name);
  assert.deepEqual(tags("start"), ["mystery", "coastal"]);
  assert.deepEqual(tags("60m"), ["mystery", "coastal", "unreliable narrator"]);
  assert.deepEqual(tags("end"), ["mystery", "coastal", "ghost twist", "unreliable narrator"]);
});

test("the next reveal gives a position and nothing else", () => {
  assert.deepEqual(nextReveal(story, at(story, "30m")), { at: "40m" });
  assert.equal(nextReveal(story, at(story, "end")), undefined);
});
