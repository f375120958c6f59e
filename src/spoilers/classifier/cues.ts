/**
 * Narrative cues: hand-made word classes for what spoilers talk about (deaths, reveals, endings,
 * turns of plot), keyed by lemma so that inflections share them. Each class is one feature.
 */
const CLASSES: Record<string, string> = {
  death: "die dead death kill murder murderer suicide execute execution assassinate funeral corpse slay perish sacrifice killer shoot stab poison drown",
  reveal: "reveal revelation truth secret twist discover realize realise identity unmask learn confess admit expose true actually",
  ending: "end ending finale final last finally eventually ultimately later conclusion climax afterward afterwards aftermath",
  change: "become turn transform return revive resurrect survive escape lose win defeat destroy",
  bond: "marry marriage wedding pregnant kiss divorce relationship date affair baby father mother son daughter sister brother",
  betrayal: "betray traitor mole villain evil manipulate lie liar frame plan plot",
  episode: "episode season series chapter arc book movie film volume part act",
  time: "before after when until while then soon once already",
};

/** Two-word cues ("turns out", "ends up"), by lemma pair. */
const PAIRS: Record<string, string> = {
  "turn out": "reveal",
  "find out": "reveal",
  "end up": "ending",
  "come back": "change",
  "bring back": "change",
  "break up": "bond",
  "big bad": "betrayal",
  "the end": "ending",
};

const byLemma = new Map<string, string>();
for (const [cls, words] of Object.entries(CLASSES)) {
  for (const w of words.split(" ")) byLemma.set(w, cls);
}
const byPair = new Map(Object.entries(PAIRS));
const pairStarts = new Set(Object.keys(PAIRS).map((p) => p.split(" ")[0]!));

/** The cue class of a lemma, if it has one. */
export function cueOf(lemma: string): string | undefined {
  return byLemma.get(lemma);
}

/** The cue class of two consecutive lemmas, if they form a known phrase. */
export function pairCueOf(first: string, second: string): string | undefined {
  return pairStarts.has(first) ? byPair.get(`${first} ${second}`) : undefined;
}
