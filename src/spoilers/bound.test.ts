/**
 * The paragraph filter skips a paragraph whose words, taken all together, cannot reach any later
 * fact. It is only sound if no sentence of the paragraph can do better than the whole: this
 * checks that over generated paragraphs of names, tags, glosses, pronouns and fact words.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { paragraphMayReveal } from "./check.ts";
import { lexiconOf } from "./lexicon.ts";
import { carryOver, emptyEvidence, link, scan, type Evidence } from "./link.ts";
import { reveals, type Sensitivity } from "./match.ts";
import { readerView } from "./reader.ts";
import { POINTS } from "./score.ts";
import { sentences } from "./sentences.ts";
import { bundled } from "./testing/stories.ts";

const story = bundled("game-of-thrones");
const lexicon = lexiconOf(story);
const positions = [...new Set(story.facts.map((f) => f.at.label))];
const cast = story.work.cast.slice(0, 8);
const names = story.entities.slice(0, 40).map((e) => e.name);
const tags = fc.constantFrom(...names.map((n) => `#${n.replace(/\s+/g, "")}`));
const pieces = fc.oneof(
  // Short words weigh most: a paragraph full of names and fact words reaches a later fact as a
  // whole, and then the bound holds trivially; the cases that test it have little in them.
  { weight: 4, arbitrary: fc.constantFrom("he", "she", "they", "dies", "the twist", "finally", ".", "!", "?", "\n", "#GoT", "@someone", "😱") },
  { weight: 2, arbitrary: tags },
  { weight: 1, arbitrary: fc.constantFrom(...names) },
  { weight: 1, arbitrary: fc.constantFrom(...story.facts.slice(0, 120).flatMap((f) => [f.cues[0] ?? f.statement, f.statement.split(" ").slice(0, 4).join(" ")])) },
  { weight: 1, arbitrary: fc.constantFrom(...cast.map((c) => `${c.actor} (${story.entities.find((e) => e.id === c.character)!.name})`)) },
);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

test(`no sentence reveals more than its whole paragraph allows (${RUNS} generated paragraphs)`, () => {
  fc.assert(
    fc.property(
      // Words, then the run of tags that ends many posts (topic tags).
      fc.tuple(fc.array(pieces, { minLength: 1, maxLength: 10 }), fc.array(tags, { maxLength: 3 })),
      fc.constantFrom(...positions),
      fc.constantFrom<Sensitivity>("high", "low"),
      fc.constantFrom(POINTS.threshold, POINTS.classifierFloor),
      ([words, topics], at, sensitivity, floor) => {
        const text = [...words, ...topics].join(" ");
        const view = readerView(lexicon, story.scale.parse(at).ord);
        const hits = scan(lexicon, text);
        const bag = emptyEvidence(lexicon);
        link(lexicon, view, text, hits, 0, { start: 0, end: text.length }, bag);
        const bound = paragraphMayReveal(lexicon, view, bag, sensitivity, floor);
        let previous: Evidence | undefined;
        let cursor = 0;
        for (const sentence of sentences(text, { start: 0, end: text.length })) {
          const ev = emptyEvidence(lexicon);
          cursor = link(lexicon, view, text, hits, cursor, sentence, ev);
          carryOver(lexicon, text, sentence, ev, previous);
          previous = ev;
          if (reveals(lexicon, view, ev, sensitivity, floor).near > 0) assert.ok(bound, `a sentence of "${text}" reaches ${floor} at ${at}, the paragraph not`);
        }
      },
    ),
    { numRuns: RUNS },
  );
});
