import { IdSet } from "./idset.ts";
import { capitalisedAs, type Lexicon } from "./lexicon.ts";
import type { ReaderView } from "./reader.ts";
import type { Range } from "./sentences.ts";

/** Every dictionary match in a text, in order of start: parallel arrays. */
export interface Hits {
  readonly term: number[];
  readonly start: number[];
  readonly end: number[];
}

/** One pass of the story's dictionary over the whole text. */
export function scan(lexicon: Lexicon, text: string): Hits {
  const hits = { term: [] as number[], start: [] as number[], end: [] as number[] };
  lexicon.trie.scanInto(text, hits, lexicon.titleTag);
  return hits;
}

/** What a stretch of text says, as far as the story is concerned. */
export interface Evidence {
  /** Entities named in it (entity indexes). */
  readonly entities: IdSet;
  readonly concepts: IdSet;
  /** Bit i set when it uses GENERIC_CLASSES[i] language. */
  generic: number;
  /** Facts given away by a name the reader cannot know yet. */
  readonly lateNames: IdSet;
}

export function emptyEvidence(lexicon: Lexicon): Evidence {
  return { entities: new IdSet(lexicon.entities.length), concepts: new IdSet(lexicon.conceptCount), generic: 0, lateNames: new IdSet(lexicon.facts.length) };
}

/** Empties evidence for reuse. */
export function clearEvidence(ev: Evidence): void {
  ev.entities.clear();
  ev.concepts.clear();
  ev.lateNames.clear();
  ev.generic = 0;
}

/**
 * Links the hits inside `range` (from index `first` on; hits are sorted by start) to entities,
 * concepts and spoiler language. Returns the index of the first hit past the range.
 */
export function link(lexicon: Lexicon, view: ReaderView, text: string, hits: Hits, first: number, range: Range, into: Evidence): number {
  let i = first;
  while (i < hits.start.length && hits.start[i]! < range.start) i++;
  const from = i;
  // Names first: a word inside a longer name ("watch" in "Night's Watch") is part of the name, not a word of its own.
  let names: number[] | undefined;
  for (; i < hits.start.length && hits.start[i]! < range.end; i++) {
    if (hits.end[i]! > range.end) continue;
    const index = hits.term[i]!;
    const term = lexicon.terms[index]!;
    if (term.names.length === 0) continue;
    let named = false;
    for (const n of term.names) {
      if (capitalisedAs(text, hits.start[i]!, hits.end[i]!, n.capitals)) {
        into.entities.add(n.entity);
        named = true;
      }
    }
    if (!named) continue;
    (names ??= []).push(hits.start[i]!, hits.end[i]!);
    const reveals = view.lateNames.get(index);
    if (reveals) for (const f of reveals) into.lateNames.add(f);
  }
  const to = i;
  for (let k = from; k < to; k++) {
    const start = hits.start[k]!;
    const end = hits.end[k]!;
    if (end > range.end) continue;
    const term = lexicon.terms[hits.term[k]!]!;
    if (term.concepts.length === 0 && term.generic === 0) continue;
    if (names && insideLongerName(names, start, end)) continue;
    for (const c of term.concepts) into.concepts.add(c);
    into.generic |= term.generic;
  }
  return to;
}

function insideLongerName(names: readonly number[], start: number, end: number): boolean {
  for (let n = 0; n < names.length; n += 2) {
    const s = names[n]!;
    const e = names[n + 1]!;
    if (s <= start && end <= e && e - s > end - start) return true;
  }
  return false;
}
