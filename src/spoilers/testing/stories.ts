import { readFileSync } from "node:fs";
import { loadStory } from "../../model/load.ts";
import type { Story } from "../../model/story.ts";

/** Test helper: a story from YAML text, failing loudly when invalid. */
export function storyFrom(yaml: string): Story {
  const loaded = loadStory(yaml, "<test>");
  if (!loaded.ok) throw new Error(`invalid test story: ${JSON.stringify(loaded.problems)}`);
  return loaded.story;
}

/** Test helper: a bundled story from stories/. */
export function bundled(id: string): Story {
  return storyFrom(readFileSync(new URL(`../../../stories/${id}.yaml`, import.meta.url), "utf8"));
}

/**
 * An invented series for linking tests: names that are common words, a fan name, an
 * abbreviation, a group, a name revealed late, and a death.
 */
export const RIVERS = `
work:
  id: the-rivers
  title: The Rivers
  kind: series
  year: 2020
  seasons:
    - number: 1
      episodes: [{ number: 1, title: One }, { number: 2, title: Two }, { number: 3, title: Three }, { number: 4, title: Four }]
  logline: Two families share a valley and a river.
  cast:
    - { actor: Ilse Brand, character: mara }
entities:
  - id: mara
    name: Mara Vell
    first_seen: S01E01
    names:
      - { name: Mara, kind: name }
      - { name: the Ferrywoman, kind: nickname }
      - { name: Queen of Ash, kind: title, at: S01E04 }
  - id: oskar
    name: Oskar Dunn
    first_seen: S01E01
    names:
      - { name: Oskar, kind: name }
      - { name: OD, kind: fan }
      - { name: Lord of Summer, kind: title }
  - id: mara-and-oskar
    type: group
    name: Marskar
    first_seen: S01E01
    names:
      - { name: Marskar, kind: fan }
  - id: wolf
    type: character
    name: Summer
    first_seen: S01E01
    relations:
      - { entity: mara, label: companion, at: S01E01 }
      - { entity: oskar, label: rescuer, at: S01E03 }
  - id: wardens
    type: group
    name: the Wardens
    first_seen: S01E01
    names:
      - { name: Grey Wardens, kind: alias }
facts:
  - id: mara-ferries
    statement: Mara runs the ferry across the river.
    at: S01E01
    entities: [mara]
    kind: premise
    cues: [ferry, river crossing]
  - id: oskar-arrives
    statement: Oskar arrives in the valley looking for work.
    at: S01E01
    entities: [oskar]
    kind: premise
    severity: minor
    cues: [arrives, stranger]
  - id: oskar-drowns
    statement: Oskar drowns in the river during the flood.
    at: S01E03
    entities: [oskar]
    kind: death
    cues: [drowns, flood]
  - id: mara-and-oskar-marry
    statement: Mara and Oskar marry in secret.
    at: S01E02
    entities: [mara, oskar, mara-and-oskar]
    kind: relationship
    severity: minor
    cues: [secret wedding]
  - id: mara-is-queen
    statement: Mara is the lost Queen of Ash, heir to the burned city.
    at: S01E04
    entities: [mara]
    kind: identity
    cues: [lost queen, burned city]
  - id: wardens-betray
    statement: The Wardens betray the valley to the raiders.
    at: S01E03
    entities: [wardens]
    kind: twist
    cues: [betray the valley, raiders]
  - id: mara-mourns-oskar
    statement: Mara keeps a vigil for Oskar by the river.
    at: S01E04
    entities: [mara, oskar]
    kind: plot
    cues: [vigil]
  - id: wolf-guards-mara
    statement: Summer guards Mara through the night of the flood.
    at: S01E04
    entities: [wolf, mara]
    kind: plot
    cues: [guards]
  - id: ghost-howls
    statement: The wolf Summer howls at the flood.
    at: S01E03
    entities: [wolf]
    kind: plot
    severity: minor
    cues: [howls]
`;
