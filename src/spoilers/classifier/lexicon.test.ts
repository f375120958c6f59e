import assert from "node:assert/strict";
import { test } from "node:test";
import { createLexicon, packLemmas, verbForm } from "./lexicon.ts";
import { TINY_LEXICON } from "./test-fixtures.ts";
import { tokenize } from "./tokenize.ts";

const lexicon = createLexicon(TINY_LEXICON);
const look = (text: string, initial = false) => lexicon.lookup(tokenize(text)[0]!, initial);

test("known forms give their lemma, tag with verb form, supersense and hypernyms", () => {
  const kills = look("kills");
  assert.equal(kills.lemma, "kill");
  assert.equal(kills.tag, "VERB_s");
  assert.equal(kills.sense, "verb.contact");
  const killer = look("killer");
  assert.equal(killer.sense, "noun.person");
  // killer > person > organism > physical entity > entity: three levels up, the top two left out
  assert.deepEqual(killer.hypernyms, [3, 2]);
});

test("unknown forms are guessed with WordNet's suffix rules", () => {
  const murderers = look("murderers");
  assert.equal(murderers.lemma, "murderer");
  assert.equal(murderers.pos, "NOUN");
  assert.equal(murderers.sense, "noun.person");
  const dying = look("died");
  assert.equal(dying.lemma, "die");
  assert.equal(dying.tag, "VERB_past");
});

test("a capitalised unknown word inside a sentence is a name; at the start it is not assumed to be", () => {
  assert.equal(look("Olivia").pos, "PROPN");
  assert.equal(look("Murderers", true).pos, "NOUN");
});

test("guesses do not depend on what was looked up before", () => {
  const fresh = createLexicon(TINY_LEXICON);
  fresh.lookup(tokenize("Zorblax")[0]!, true);
  const after = fresh.lookup(tokenize("zorblax")[0]!, false);
  assert.deepEqual(after, createLexicon(TINY_LEXICON).lookup(tokenize("zorblax")[0]!, false));
});

test("verb forms", () => {
  assert.equal(verbForm("kill", "kill"), "base");
  assert.equal(verbForm("killing", "kill"), "ing");
  assert.equal(verbForm("kills", "kill"), "s");
  assert.equal(verbForm("took", "take"), "past");
});

test("lemma packing is sorted and skips what it cannot store", () => {
  assert.equal(packLemmas(new Map([["zeta", 1], ["alpha", 36], ["a b", 2]])), "alpha:10 zeta:1");
});
