import assert from "node:assert/strict";
import { test } from "node:test";
import { extractFeatures, type FeatureConfig } from "./features.ts";
import { createLexicon } from "./lexicon.ts";
import { ALL_FEATURES, TINY_LEXICON } from "./test-fixtures.ts";

const lexicon = createLexicon(TINY_LEXICON);

function features(text: string, config: FeatureConfig = ALL_FEATURES): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  extractFeatures(text, config, lexicon, (hash, value) => out.push([hash, value]));
  return out;
}

const distinct = (f: Array<[number, number]>): number[] => [...new Set(f.map(([h]) => h))].sort((a, b) => a - b);

test("the same sentence always gives the same features, whatever came before", () => {
  const a = "She kills him in the final episode.";
  const b = "The show is funny, and Olivia's killer dies.";
  const first = features(b);
  features(a);
  assert.deepEqual(features(b), first);
  assert.deepEqual(features(b), features(b));
});

test("features are 32-bit unsigned hashes with the group's value", () => {
  for (const [hash, value] of features("She kills him.")) {
    assert.ok(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32);
    assert.ok(value === 1 || value === 0.5);
  }
});

test("mark-up spacing does not change the features", () => {
  assert.deepEqual(distinct(features("  She  kills him   in the end .")), distinct(features("She kills him in the end.")));
});

test("a group set to 0 emits nothing", () => {
  const none: FeatureConfig = { ...ALL_FEATURES, words: 0, bigrams: 0, trigrams: 0, classBigrams: 0, chars: 0, lemmas: 0, posNgrams: 0, senses: 0, hypernyms: 0, cues: 0, tense: 0, shape: 0 };
  assert.deepEqual(features("She kills him.", none), []);
});

test("names are read as <name>: two casts, same word features", () => {
  const words: FeatureConfig = { ...ALL_FEATURES, trigrams: 0, chars: 0, classBigrams: 0, lemmas: 0, posNgrams: 0, senses: 0, hypernyms: 0, cues: 0, tense: 0, shape: 0 };
  assert.deepEqual(features("Then Olivia kills Peter.", words), features("Then Walter kills Astrid.", words));
  assert.notDeepEqual(features("Then Olivia kills Peter.", { ...words, maskNames: false }), features("Then Walter kills Astrid.", { ...words, maskNames: false }));
});

test("WordNet generalises: an unseen word shares supersense and hypernym features with a seen one", () => {
  const senses: FeatureConfig = { ...ALL_FEATURES, words: 0, bigrams: 0, trigrams: 0, classBigrams: 0, chars: 0, lemmas: 0, posNgrams: 0, cues: 0, tense: 0, shape: 0 };
  const killer = distinct(features("killer", senses));
  const murderer = distinct(features("murderer", senses));
  assert.ok(killer.length > 0);
  assert.deepEqual(murderer, killer);
});

test("narrative cues fire on a spoiler-like sentence, not on a description", () => {
  const cuesOnly: FeatureConfig = { ...ALL_FEATURES, words: 0, bigrams: 0, trigrams: 0, classBigrams: 0, chars: 0, lemmas: 0, posNgrams: 0, senses: 0, hypernyms: 0, shape: 0, tense: 0 };
  assert.ok(features("She kills him in the end.", cuesOnly).length >= 3); // death, ending, "the end"
  assert.equal(features("The show is funny.", cuesOnly).length, 0);
});
