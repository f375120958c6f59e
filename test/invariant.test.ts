/**
 * The invariant: nothing revealed after the reader's position leaks through any engine output.
 * Two properties over random stories of every kind and every position they use:
 * 1. no output contains a token revealed later (text, ids, aliases, tags, readings, dates);
 * 2. every output equals the output over the story truncated at the position, so counts,
 *    orders and ranks cannot carry later information either. (`ask` may add where a question
 *    is answered later and `nextReveal` says where the next reveal is: positions, by design.)
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { ask, character, known, metEntities, nextReveal, reality, timeline, workAt } from "../src/engine/index.ts";
import { arbitraryStory, secretsAfter, truncate } from "./support/arbitrary-story.ts";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

const withPosition = arbitraryStory().chain((g) => fc.record({ g: fc.constant(g), i: fc.nat({ max: g.positions.length - 1 }) }));

test(`no engine output contains anything revealed later (${RUNS} generated cases)`, () => {
  fc.assert(
    fc.property(withPosition, ({ g, i }) => {
      const { story } = g;
      const at = story.scale.parse(g.positions[i]!);
      const outputs: unknown[] = [
        workAt(story, at),
        known(story, at),
        timeline(story, at, "shown"),
        timeline(story, at, "story"),
        reality(story, at),
        nextReveal(story, at),
        ...story.entities.map((e) => {
          try {
            return character(story, e.id, at);
          } catch (err) {
            // The message echoes what the reader asked for; only the rest of it must be clean.
            return (err as Error).message.replace(e.id, "");
          }
        }),
        ask(story, "what happens next and who dies?", at),
      ];
      const text = JSON.stringify(outputs).toLowerCase();
      for (const secret of secretsAfter(story, at)) {
        assert.ok(!text.includes(secret.toLowerCase()), `\`${secret}\` leaked at ${at.label}`);
      }
    }),
    { numRuns: RUNS },
  );
});

test(`every engine output equals the output over the story truncated at the position (${RUNS} generated cases)`, () => {
  fc.assert(
    fc.property(withPosition, ({ g, i }) => {
      const { story } = g;
      const at = story.scale.parse(g.positions[i]!);
      const seen = truncate(story, at);
      assert.deepEqual(workAt(story, at), workAt(seen, at));
      assert.deepEqual(known(story, at), known(seen, at));
      assert.deepEqual(timeline(story, at, "shown"), timeline(seen, at, "shown"));
      assert.deepEqual(timeline(story, at, "story"), timeline(seen, at, "story"));
      assert.deepEqual(reality(story, at), reality(seen, at));
      assert.deepEqual(metEntities(story, at).map((e) => e.id), metEntities(seen, at).map((e) => e.id));
      for (const e of metEntities(story, at)) assert.deepEqual(character(story, e.id, at), character(seen, e.id, at));
      for (const e of story.entities) {
        const q = `is ${e.name} qcue0q?`;
        const { later, ...answer } = ask(story, q, at);
        assert.deepEqual(answer, ask(seen, q, at));
        if (later) assert.ok(story.scale.parse(later.at).ord > at.ord, "`later` points after the reader");
      }
      const next = nextReveal(story, at);
      if (next) assert.ok(story.scale.parse(next.at).ord > at.ord);
    }),
    { numRuns: RUNS },
  );
});
