import assert from "node:assert/strict";
import { test } from "node:test";
import { WordTrie } from "./trie.ts";

function matches(patterns: string[], text: string): string[] {
  const out: string[] = [];
  new WordTrie(patterns).scan(text, (p, start, end) => out.push(`${patterns[p]}@${text.slice(start, end)}`));
  return out;
}

test("whole words only, case-insensitive, with possessives and plurals", () => {
  assert.deepEqual(matches(["jon"], "Jon, JON's jonathan #Jon Jons"), ["jon@Jon", "jon@JON", "jon@Jon", "jon@Jons"]);
  assert.deepEqual(matches(["tarly"], "rip the Tarlys, and Tarly’s sword"), ["tarly@Tarlys", "tarly@Tarly"]);
  assert.deepEqual(matches(["box"], "boxes, a box"), ["box@boxes", "box@box"]);
});

test("spaces in a pattern match any run of spaces, hyphens, underscores or line breaks", () => {
  assert.deepEqual(matches(["night king"], "Night-King, night_king, night \n king, nightking"), [
    "night king@Night-King",
    "night king@night_king",
    "night king@night \n king",
  ]);
});

test("overlapping patterns at one start are all reported, shorter first", () => {
  assert.deepEqual(matches(["jon", "jon snow"], "Jon Snow"), ["jon@Jon", "jon snow@Jon Snow"]);
});

test("non-ASCII letters are word characters; curly apostrophes fold to straight ones", () => {
  assert.deepEqual(matches(["daenerys"], "Daenerysé Daenerys’ DAENERYS"), ["daenerys@Daenerys", "daenerys@DAENERYS"]);
  assert.deepEqual(matches(["hafþór"], "HAFÞÓR Hafþór"), ["hafþór@HAFÞÓR", "hafþór@Hafþór"]);
  assert.deepEqual(matches(["it's"], "It’s"), ["it's@It’s"]);
});

test("emoji and lone surrogates around a name do not break matching or offsets", () => {
  const text = "😀Jon\uD800Jon👨‍👩‍👧";
  const out: [number, number][] = [];
  new WordTrie(["jon"]).scan(text, (_p, s, e) => out.push([s, e]));
  assert.deepEqual(out, [[2, 5], [6, 9]]);
});

test("patterns that share a prefix and part on letters outside a-z, digits and ' . & are all found", () => {
  const patterns = ["jose", "josé", "josè", "jos", "jo ñ", "jo n"];
  assert.deepEqual(matches(patterns, "José Jose Josè Jos jo ñ jo n"), ["josé@José", "jose@Jose", "josè@Josè", "jos@Jos", "jo ñ@jo ñ", "jo n@jo n"]);
});

test("text made of the start of many long patterns matches none of them", () => {
  // Linear time on such text is measured by `npm run bench:check` (its worst cases), not here.
  const patterns = Array.from({ length: 200 }, (_, i) => `${"a ".repeat(30)}b${i}`);
  new WordTrie(patterns).scan("a ".repeat(50_000), () => assert.fail("no match expected"));
});
