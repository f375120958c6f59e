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
import type { Story } from "../model/story.ts";
import { bundled } from "./testing/stories.ts";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** Paragraphs of a story's names, tags, glosses, pronouns and fact words, mostly sparse. */
function paragraphsOf(story: Story) {
  const names = story.entities.slice(0, 40).map((e) => e.name);
  const tags = fc.constantFrom(...names.map((n) => `#${n.replace(/\s+/g, "")}`));
  const glosses = story.work.cast.slice(0, 8).map((c) => `${c.actor} (${story.entities.find((e) => e.id === c.character)!.name})`);
  const pieces = fc.oneof(
    // Short words weigh most: a paragraph full of names and fact words reaches a later fact as a
    // whole, and then the bound holds trivially; the cases that test it have little in them.
    { weight: 4, arbitrary: fc.constantFrom("he", "she", "they", "dies", "the twist", "dead all along", "finally", ".", "!", "?", "\n", "#GoT", "@someone", "😱") },
    { weight: 2, arbitrary: tags },
    { weight: 1, arbitrary: fc.constantFrom(...names) },
    { weight: 1, arbitrary: fc.constantFrom(...story.facts.slice(0, 120).flatMap((f) => [f.cues[0] ?? f.statement, f.statement.split(" ").slice(0, 4).join(" ")])) },
    ...(glosses.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom(...glosses) }] : []),
  );
  // Words, then the run of tags that ends many posts (topic tags).
  return fc.tuple(fc.array(pieces, { minLength: 1, maxLength: 10 }), fc.array(tags, { maxLength: 3 })).map(([words, topics]) => [...words, ...topics].join(" "));
}

// A story of many people, and one of a handful, where a pronoun with no one named may be one of
// them: there the telling cases (a pronoun, no name, a later fact's words) are rarer, so more runs.
for (const [story, runs] of [[bundled("game-of-thrones"), RUNS], [bundled("all-of-us-strangers"), 4 * RUNS]] as const) {
  const lexicon = lexiconOf(story);
  const positions = [...new Set(story.facts.map((f) => f.at.label))];
  test(`${story.work.id}: no sentence reveals more than its whole paragraph allows (${runs} generated paragraphs)`, () => {
    fc.assert(
      fc.property(
        paragraphsOf(story),
        fc.constantFrom(...positions),
        fc.constantFrom<Sensitivity>("high", "low"),
        fc.constantFrom(POINTS.threshold, POINTS.classifierFloor),
        (text, at, sensitivity, floor) => {
          const view = readerView(lexicon, story.scale.parse(at).ord);
          const hits = scan(lexicon, text);
          const bag = emptyEvidence(lexicon);
          link(lexicon, view, text, hits, 0, { start: 0, end: text.length }, bag);
          const bound = paragraphMayReveal(lexicon, view, text, { start: 0, end: text.length }, bag, sensitivity, floor);
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
      { numRuns: runs },
    );
  });
}
