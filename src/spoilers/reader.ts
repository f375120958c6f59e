import type { Lexicon } from "./lexicon.ts";

/**
 * What a lexicon looks like to a reader at one position: which facts are still to come, and
 * which surface forms are names the reader cannot know yet (saying them is a reveal). Cached
 * per lexicon and position.
 */
export interface ReaderView {
  readonly ord: number;
  /** 1 for facts revealed after the reader's position. */
  readonly later: Uint8Array;
  /** Term index -> the facts it reveals when it is a name the reader cannot know yet. */
  readonly lateNames: ReadonlyMap<number, readonly number[]>;
  /** 1 for entities the reader has not met yet. */
  readonly unseen: Uint8Array;
  /** Pairs of entities that a fact or a relation the reader knows puts together (pairKey). */
  readonly together: ReadonlySet<number>;
}

/** One number for an unordered pair of entity indexes (exact for up to 2^26 entities). */
export function pairKey(a: number, b: number): number {
  return a < b ? a * 0x4000000 + b : b * 0x4000000 + a;
}

const views = new WeakMap<Lexicon, Map<number, ReaderView>>();
const MAX_VIEWS = 64;

export function readerView(lexicon: Lexicon, ord: number): ReaderView {
  let byOrd = views.get(lexicon);
  if (!byOrd) {
    byOrd = new Map();
    views.set(lexicon, byOrd);
  }
  let view = byOrd.get(ord);
  if (!view) {
    if (byOrd.size >= MAX_VIEWS) byOrd.delete(byOrd.keys().next().value!);
    view = build(lexicon, ord);
    byOrd.set(ord, view);
  }
  return view;
}

function build(lexicon: Lexicon, ord: number): ReaderView {
  const later = Uint8Array.from(lexicon.facts, (f) => (f.at > ord ? 1 : 0));
  const unseen = Uint8Array.from(lexicon.entities, (e) => (e.firstSeen > ord ? 1 : 0));
  const lateNames = new Map<number, number[]>();
  lexicon.terms.forEach((t, i) => {
    if (t.names.length === 0) return;
    // A form any entity is already known by is no reveal, whoever else it may later name.
    if (t.names.some((n) => n.at <= ord)) return;
    const reveals = new Set<number>();
    for (const n of t.names) if (n.late) for (const f of n.reveals) if (later[f]) reveals.add(f);
    if (reveals.size > 0) lateNames.set(i, [...reveals]);
  });
  const together = new Set<number>();
  for (const f of lexicon.facts) {
    if (later[f.index]) continue;
    const e = f.entities;
    for (let i = 0; i < e.length; i++) for (let j = i + 1; j < e.length; j++) together.add(pairKey(e[i]!, e[j]!));
  }
  // A known relation (brother, sworn sword) puts two entities together too.
  lexicon.story.entities.forEach((e, i) => {
    for (const r of e.relations) if (r.at.ord <= ord) together.add(pairKey(i, lexicon.entityIndex.get(r.entity)!));
  });
  return { ord, later, lateNames, unseen, together };
}
