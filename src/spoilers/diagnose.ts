import type { Position } from "../model/position.ts";
import type { Story } from "../model/story.ts";
import { lexiconOf } from "./lexicon.ts";
import { carryOver, emptyEvidence, link, scan } from "./link.ts";
import { pointsFor } from "./match.ts";
import { readerView } from "./reader.ts";
import { paragraphs } from "./sentences.ts";

/**
 * For evaluation tools only, never for readers: the strongest later and known facts a text
 * comes near, with their points, whether or not it is flagged. It says what is to come.
 */
export function diagnose(text: string, story: Story, at: Position): { later: { fact: string; points: number }[]; known: { fact: string; points: number }[] } {
  const lexicon = lexiconOf(story);
  const view = readerView(lexicon, at.ord);
  const hits = scan(lexicon, text);
  const later = new Map<string, number>();
  const known = new Map<string, number>();
  let cursor = 0;
  for (const p of paragraphs(text)) {
    const ev = emptyEvidence(lexicon);
    cursor = link(lexicon, view, text, hits, cursor, p, ev);
    carryOver(lexicon, text, p, ev);
    for (const f of lexicon.facts) {
      const points = pointsFor(lexicon, view, f, ev);
      if (points <= 0) continue;
      const into = view.later[f.index] ? later : known;
      into.set(f.fact.id, Math.max(points, into.get(f.fact.id) ?? 0));
    }
  }
  const top = (m: Map<string, number>) => [...m].map(([fact, points]) => ({ fact, points })).sort((a, b) => b.points - a.points).slice(0, 3);
  return { later: top(later), known: top(known) };
}
