import assert from "node:assert/strict";
import { test } from "node:test";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { createLexicon } from "../lexicon.ts";
import { tokenize } from "../tokenize.ts";
import { buildLexicon } from "./build-lexicon.ts";
import type { WordNetPart } from "./wordnet.ts";

const part = (synsets: Array<[string, string, string | undefined]>, first: Array<[string, string]>): WordNetPart => ({
  synsets: new Map(synsets.map(([o, lexname, hypernym]) => [o, { lexname, hypernym }])),
  firstSense: new Map(first),
});

test("learns forms from wink-nlp and packs WordNet so that the lexicon reads it back", () => {
  const nouns = part([["1", "noun.Tops", undefined], ["2", "noun.person", "1"], ["3", "noun.person", "2"]], [["killer", "3"], ["person", "2"]]);
  const verbs = part([["9", "verb.contact", undefined]], [["kill", "9"]]);
  const data = buildLexicon(winkNLP(model), ["She kills the killer.", "The killers were killed."], { nouns, verbs });
  assert.deepEqual(data.forms.kills, ["kill", "VERB"]);
  assert.deepEqual(data.forms.killers, ["killer", "NOUN"]);
  assert.equal(data.synsetSense.length, 4);
  const lexicon = createLexicon(data);
  const killers = lexicon.lookup(tokenize("killers")[0]!, false);
  assert.equal(killers.sense, "noun.person");
  assert.equal(lexicon.lookup(tokenize("kills")[0]!, false).sense, "verb.contact");
});

test("is deterministic", () => {
  const empty = part([], []);
  const a = buildLexicon(winkNLP(model), ["He dies.", "They die."], { nouns: empty, verbs: empty });
  const b = buildLexicon(winkNLP(model), ["He dies.", "They die."], { nouns: empty, verbs: empty });
  assert.equal(JSON.stringify(a), JSON.stringify(b));
});
