import assert from "node:assert/strict";
import { test } from "node:test";
import { readWordNet } from "./wordnet.ts";

// Made-up lines in WordNet's data and index formats (offsets, lexfile numbers, pointers).
const data = [
  "  1 This software and database is being provided...",
  "00000001 03 n 01 entity 0 000 | that which is",
  "00000002 03 n 01 organism 0 001 @ 00000001 n 0000 | a living thing",
  "00000003 18 n 02 person 0 individual 0 002 @ 00000002 n 0000 ~ 00000004 n 0000 | a human being",
  "00000004 18 n 01 killer 0 001 @ 00000003 n 0000 | someone who kills",
  "",
].join("\n");
const index = [
  "  1 This software and database is being provided...",
  "entity n 1 0 1 0 00000001  ",
  "killer n 2 1 @ 2 0 00000004 00000003  ",
  "person n 1 2 @ ~ 1 1 00000003  ",
  "ice_cream n 1 0 1 0 00000002  ",
  "",
].join("\n");

test("reads supersenses, first hypernyms and first senses; skips multi-word lemmas", () => {
  const wn = readWordNet(index, data);
  assert.deepEqual(wn.synsets.get("00000004"), { lexname: "noun.person", hypernym: "00000003" });
  assert.deepEqual(wn.synsets.get("00000001"), { lexname: "noun.Tops", hypernym: undefined });
  assert.equal(wn.firstSense.get("killer"), "00000004");
  assert.equal(wn.firstSense.get("person"), "00000003");
  assert.equal(wn.firstSense.has("ice_cream"), false);
});
