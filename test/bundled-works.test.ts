/**
 * The bundled works walked across their positions: every twist is absent before its reveal and
 * present after, and no engine output at any position holds a later fact's statement, a later
 * name, a later reading or an unshown event.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ask, character, known, metEntities, reality, timeline, workAt } from "../src/engine/index.ts";
import type { Position } from "../src/model/position.ts";
import type { Story } from "../src/model/story.ts";
import { bundledStories } from "./support/fixtures.ts";

const stories = bundledStories();
const byId = (id: string) => stories.find((s) => s.work.id === id)!;

/** Every reveal position, and the moment just before each. */
function walk(story: Story): Position[] {
  const ords = new Set<number>([story.scale.start.ord, story.scale.end.ord]);
  for (const f of story.facts) ords.add(f.at.ord).add(Math.max(0, f.at.ord - 1));
  return [...ords].sort((a, b) => a - b).map((ord) => ({ ord, approx: false, label: story.scale.format(ord) }));
}

function laterStrings(story: Story, at: Position): string[] {
  const later = (p: Position) => p.ord > at.ord;
  return [
    ...story.facts.filter((f) => later(f.at)).map((f) => f.statement),
    ...laterNames(story, at),
    ...story.events.filter((e) => later(e.shown[0]!)).map((e) => e.summary),
    ...story.interpretations.filter((r) => later(r.at)).flatMap((r) => [r.name, r.summary]),
    ...story.work.tags.filter((t) => later(t.at)).map((t) => t.name),
  ];
}

/**
 * Names learned after `at`, except those the reader already knows in another way: a title that
 * passes from one character to another ("King in the North") is no secret while its first holder
 * has it, and neither is a name inside one already known ("Ice" inside "A Song of Ice and Fire").
 */
function laterNames(story: Story, at: Position): string[] {
  const knownText = story.entities
    .flatMap((e) => e.names.filter((n) => n.at.ord <= at.ord).map((n) => n.name.toLowerCase()))
    .join("\n");
  return story.entities.flatMap((e) =>
    e.names.filter((n) => n.at.ord > at.ord && !knownText.includes(n.name.toLowerCase())).map((n) => n.name),
  );
}

/** A secret shows when it appears as a whole phrase, not inside another word ("Arry" in "Arryn"). */
function shows(output: string, secret: string): boolean {
  if (!output.includes(secret)) return false;
  const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(output);
}

for (const story of stories) {
  test(`${story.work.id}: no engine output at any position holds anything revealed later`, () => {
    for (const at of walk(story)) {
      const output = JSON.stringify([
        workAt(story, at),
        known(story, at),
        timeline(story, at, "shown"),
        timeline(story, at, "story"),
        reality(story, at),
        metEntities(story, at).map((e) => character(story, e.id, at)),
      ]);
      for (const secret of laterStrings(story, at)) {
        assert.ok(!shows(output, secret), `${story.work.id} at ${at.label} shows "${secret}"`);
      }
    }
  });

  test(`${story.work.id}: each twist is absent before its reveal and present from it on`, () => {
    const twists = story.facts.filter((f) => f.kind === "twist" || f.supersedes.length > 0);
    assert.ok(twists.length > 0, "a bundled work has at least one twist");
    for (const twist of twists) {
      for (const at of walk(story)) {
        const ids = known(story, at).facts.map((f) => f.id);
        assert.equal(ids.includes(twist.id), at.ord >= twist.at.ord, `${twist.id} at ${at.label}`);
      }
    }
  });
}

test("all-of-us-strangers: Harry's death is placed on the night he knocked only once revealed", () => {
  const story = byId("all-of-us-strangers");
  const death = story.events.find((e) => /Harry dies/.test(e.summary));
  assert.ok(death, "the story has Harry's death as an event");
  const atEnd = timeline(story, story.scale.parse("end"), "story");
  const knock = atEnd.events.find((e) => /knocks on Adam's door/.test(e.summary))!;
  const placed = atEnd.events.find((e) => e.id === death.id)!;
  assert.equal(placed.storyRank, knock.storyRank! + 1, "the death comes right after the knock");
  const at60 = timeline(story, story.scale.parse("60m"), "story");
  assert.ok(![...at60.events, ...at60.unplaced].some((e) => e.id === death.id));
});

test("all-of-us-strangers: asking whether Harry is dead at 30m says where, not what", () => {
  const story = byId("all-of-us-strangers");
  const answer = ask(story, "is Harry dead?", story.scale.parse("30m"));
  assert.ok(answer.later, "the question is answered later");
  assert.ok(story.scale.parse(answer.later.at).ord > story.scale.parse("30m").ord);
  for (const a of answer.answers) assert.ok(story.scale.parse(a.at).ord <= story.scale.parse("30m").ord, a.statement);
  assert.ok(!/Harry(.s)? (is |was )?(dead|died|body)/i.test(JSON.stringify(answer.answers)));
});

test("all-of-us-strangers: at the end the four readings are there, with the reality of each key event", () => {
  const story = byId("all-of-us-strangers");
  const { readings } = reality(story, story.scale.parse("end"));
  assert.equal(readings.length, 4);
  const keyEvents = story.events.filter((e) => e.key).map((e) => e.id).sort();
  for (const r of readings) assert.deepEqual(r.events.map((e) => e.id).sort(), keyEvents, r.name);
  assert.deepEqual(reality(story, story.scale.parse("90m")).readings, []);
});

test("an-occurrence-at-owl-creek-bridge: the escape is believed until the end, then overturned", () => {
  const story = byId("an-occurrence-at-owl-creek-bridge");
  const ending = story.facts.filter((f) => f.at.ord === story.scale.end.ord && f.supersedes.length > 0);
  assert.ok(ending.length > 0, "the ending overturns something");
  const escape = new Set(ending.flatMap((f) => f.supersedes));
  const middle = known(story, story.scale.parse("ch3@60%")).facts.filter((f) => escape.has(f.id));
  assert.ok(middle.length > 0 && middle.every((f) => f.believedUntil === undefined));
  const end = known(story, story.scale.parse("end")).facts.filter((f) => escape.has(f.id));
  assert.ok(end.every((f) => f.believedUntil !== undefined));
});
