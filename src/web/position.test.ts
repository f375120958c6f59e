import assert from "node:assert/strict";
import { test } from "node:test";
import { compile } from "../model/compile.ts";
import { StoryFile } from "../model/schema.ts";
import type { Story } from "../model/story.ts";
import { parseAt, shapeOf, stopIndex } from "./position.ts";

function story(work: Record<string, unknown>): Story {
  const compiled = compile(StoryFile.parse({ work: { id: "w", title: "W", year: 2000, logline: "x", ...work } }));
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.story;
}

test("a film's slider stops every minute from the start to the end", () => {
  const s = story({ kind: "film", runtime: 90 });
  const shape = shapeOf(s);
  assert.equal(shape.stops.length, 91);
  assert.deepEqual([shape.stops[0]!.label, shape.stops[47]!.label, shape.stops.at(-1)!.label], ["start", "47m", "end"]);
  assert.equal(shape.fraction(45 * 60), 0.5);
  assert.equal(stopIndex(shape, s.scale.parse("47:30").ord), 47);
});

test("a series stops at every episode and its axis weighs episodes by runtime, ignoring slot padding", () => {
  const s = story({ kind: "series", seasons: [{ number: 1, episodes: [{ number: 1, title: "a", runtime: 60 }, { number: 2, title: "b", runtime: 30 }] }, { number: 2, episodes: [{ number: 1, title: "c", runtime: 30 }] }] });
  const shape = shapeOf(s);
  assert.deepEqual(shape.stops.map((x) => x.label), ["start", "S01E01", "S01E02", "S02E01"]);
  for (const stop of shape.stops) assert.ok(parseAt(s, stop.label).ok, stop.label);
  assert.equal(shape.fraction(s.scale.parse("S01E01").ord), 0.5);
  assert.equal(shape.fraction(s.scale.parse("S01E02@15:00").ord), 0.625);
  assert.equal(shape.fraction(s.scale.end.ord), 1);
  assert.deepEqual(shape.ticks.map((t) => t.label), ["S01", "S02"]);
});

test("a book stops at the end of every chapter", () => {
  const s = story({ kind: "book", chapters: [{ number: 1 }, { number: 2 }, { number: 3 }, { number: 4 }] });
  const shape = shapeOf(s);
  assert.deepEqual(shape.stops.map((x) => x.label), ["start", "ch1", "ch2", "ch3", "end"]);
  assert.equal(shape.fraction(s.scale.parse("ch2").ord), 0.5);
});

test("parseAt: empty means the start; a bad position gives the scale's message", () => {
  const s = story({ kind: "film", runtime: 90 });
  const empty = parseAt(s, "");
  assert.ok(empty.ok && empty.at.label === "start");
  const bad = parseAt(s, "2h");
  assert.ok(!bad.ok);
  assert.match(bad.message, /not a film position/);
});
