import type { FeatureConfig } from "./features.ts";
import type { LexiconData } from "./lexicon.ts";

/**
 * A made-up miniature lexicon for tests: a few word forms and a five-level WordNet-like
 * hierarchy (entity > physical entity > organism > person > killer; verb "kill").
 */
export const TINY_LEXICON: LexiconData = {
  forms: {
    she: ["she", "PRON"],
    kills: ["kill", "VERB"],
    killed: ["kill", "VERB"],
    him: ["he", "PRON"],
    the: ["the", "DET"],
    killer: ["killer", "NOUN"],
    dies: ["die", "VERB"],
    show: ["show", "NOUN"],
    is: ["be", "AUX"],
    funny: ["funny", "ADJ"],
    ".": [".", "PUNCT"],
  },
  senses: ["noun.Tops", "noun.person", "verb.body", "verb.contact"],
  // 0 entity, 1 physical entity, 2 organism, 3 person, 4 killer, 5 kill (verb), 6 die (verb)
  synsetSense: [0, 0, 0, 1, 1, 3, 2],
  synsetParent: [-1, 0, 1, 2, 3, -1, -1],
  nouns: "killer:4 person:3 murderer:4",
  verbs: "die:6 kill:5",
};

/** Every feature group on. */
export const ALL_FEATURES: FeatureConfig = {
  words: 1, bigrams: 1, trigrams: 1, maskNames: true, classBigrams: 1, chars: 0.5, charMin: 3, charMax: 5,
  lemmas: 1, posNgrams: 1, senses: 1, hypernyms: 1, cues: 1, tense: 1, shape: 1,
};
