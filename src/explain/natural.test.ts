/**
 * Prose that reads naturally, checked on every bundled work at every reveal position: no two
 * sentences of a paragraph open with the same word, pronouns and connectives do the joining,
 * and sentences begin with a capital and end with a stop.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { bundledStories } from "../../test/support/fixtures.ts";
import type { Position } from "../model/position.ts";
import type { Story } from "../model/story.ts";
import type { Article } from "./article.ts";
import { explain } from "./explain.ts";
import { firstWord, sentencesOf } from "./prose.ts";

/** Every reveal position (at most about 40, evenly spread, for a long work), the start and the end. */
function positions(story: Story): Position[] {
  const ords = [...new Set(story.facts.map((f) => f.at.ord))].sort((a, b) => a - b);
  const step = Math.max(1, Math.ceil(ords.length / 40));
  const chosen = new Set([story.scale.start.ord, story.scale.end.ord, ...ords.filter((_, i) => i % step === 0)]);
  return [...chosen].sort((a, b) => a - b).map((ord) => ({ ord, approx: false, label: story.scale.format(ord) }));
}

const paragraphs = (a: Article) => a.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : [])));

for (const story of bundledStories()) {
  test(`${story.work.id}: no paragraph repeats a sentence opening, at any position or length`, () => {
    for (const at of positions(story)) {
      for (const length of ["short", "medium", "long"] as const) {
        for (const text of paragraphs(explain(story, { at, length }))) {
          const openings = sentencesOf(text).map(firstWord);
          const repeated = openings.filter((w, i) => openings.indexOf(w) !== i);
          assert.deepEqual(repeated, [], `${at.label} ${length}: "${text}"`);
          for (const sentence of sentencesOf(text)) assert.match(sentence, /^["“(]?[\p{Lu}\d]/u, `${at.label}: starts with a capital: ${sentence}`);
          assert.match(text, /[.!?:]["”’)]?$/, `${at.label}: ends with a stop: ${text}`);
        }
      }
    }
  });
}

test("all-of-us-strangers: the story is joined with pronouns and connectives, not a list of names", () => {
  const story = bundledStories().find((s) => s.work.id === "all-of-us-strangers")!;
  const prose = explain(story, { at: "end" })
    .sections.filter((s) => s.id === "premise" || s.id === "what-happened")
    .flatMap((s) => s.blocks.flatMap((b) => (b.type === "paragraph" ? sentencesOf(b.text) : [])));
  const pronouns = prose.filter((s) => /^(He|She|They|His|Her|Their)\b/.test(s));
  const connectives = prose.filter((s) => /^(Then|Later|Soon after|After that|Before long|Next|Eventually|In time|From there|At the same time|Meanwhile|In the same stretch|Alongside that)\b/.test(s));
  assert.ok(pronouns.length >= 1, `a pronoun stands in for a repeated name: ${prose.join(" ")}`);
  assert.ok(connectives.length >= 3, "connectives join the events");
  const adam = prose.filter((s) => /^Adam\b/.test(s)).length;
  assert.ok(adam <= prose.length / 3, `at most a third of the sentences open with "Adam" (${adam} of ${prose.length})`);
});
