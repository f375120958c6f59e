import { capitalisedAs, type Lexicon, type NameRef } from "./lexicon.ts";
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
  readonly entities: Set<number>;
  readonly concepts: Set<number>;
  /** Bit i set when it uses GENERIC_CLASSES[i] language. */
  generic: number;
  /** Facts given away by a name the reader cannot know yet. */
  readonly lateNames: Set<number>;
}

export function emptyEvidence(): Evidence {
  return { entities: new Set(), concepts: new Set(), generic: 0, lateNames: new Set() };
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
    if (hits.end[i]! <= range.end && nameAt(lexicon, text, hits, i)) (names ??= []).push(i);
  }
  const to = i;
  // A name inside a longer one is part of it: "Stark" in "Arya Stark" is not the family, "Lady" in "Lady Stark" not the direwolf.
  if (names) {
    for (const k of names) {
      if (insideLongerName(hits, names, hits.start[k]!, hits.end[k]!)) continue;
      const index = hits.term[k]!;
      for (const n of lexicon.terms[index]!.names) if (isName(n, text, hits.start[k]!, hits.end[k]!)) into.entities.add(n.entity);
      const reveals = view.lateNames.get(index);
      if (reveals) for (const f of reveals) into.lateNames.add(f);
    }
  }
  for (let k = from; k < to; k++) {
    const start = hits.start[k]!;
    const end = hits.end[k]!;
    if (end > range.end) continue;
    const term = lexicon.terms[hits.term[k]!]!;
    if (term.concepts.length === 0 && term.generic === 0) continue;
    if (names && insideLongerName(hits, names, start, end)) continue;
    for (const c of term.concepts) into.concepts.add(c);
    into.generic |= term.generic;
  }
  return to;
}

/** Whether the hit is capitalised as at least one of its term's names needs. */
function nameAt(lexicon: Lexicon, text: string, hits: Hits, k: number): boolean {
  for (const n of lexicon.terms[hits.term[k]!]!.names) if (isName(n, text, hits.start[k]!, hits.end[k]!)) return true;
  return false;
}

/** Whether text[start, end) is this name: capitalised as it needs, and a misspelling only as spelt. */
function isName(n: NameRef, text: string, start: number, end: number): boolean {
  return (n.typo === undefined || end - start === n.typo) && capitalisedAs(text, start, end, n.capitals);
}

/** Whether [start, end) lies inside a longer one of the name hits. */
function insideLongerName(hits: Hits, names: readonly number[], start: number, end: number): boolean {
  for (const k of names) {
    const s = hits.start[k]!;
    const e = hits.end[k]!;
    if (s <= start && end <= e && e - s > end - start) return true;
  }
  return false;
}
