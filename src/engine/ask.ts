import { terms } from "../language/terms.ts";
import { knows, type Position } from "../model/position.ts";
import type { Fact, Story } from "../model/story.ts";
import { bm25, type Bm25Doc } from "./bm25.ts";

export interface Answer {
  readonly question: string;
  readonly at: string;
  /** Known facts that answer or relate to the question, best first. */
  readonly answers: readonly { id: string; statement: string; at: string }[];
  /** Set when the best answer is revealed after `at`: only where, never what. */
  readonly later?: { readonly at: string };
}

/** Words that ask about the same thing as a fact's wording (lemmas differ: alive / dead / died). */
const SAME_QUESTION: Record<string, string> = {
  dead: "mortality", die: "mortality", death: "mortality", deceased: "mortality", kill: "mortality",
  murder: "mortality", drown: "mortality", alive: "mortality", live: "mortality", survive: "mortality",
  real: "reality", imagine: "reality", imaginary: "reality", ghost: "reality", dream: "reality",
  marry: "marriage", married: "marriage", wife: "marriage", husband: "marriage", wedding: "marriage",
  parent: "parentage", father: "parentage", mother: "parentage", dad: "parentage", mum: "parentage", mom: "parentage",
  son: "parentage", daughter: "parentage", child: "parentage", bastard: "parentage", heir: "parentage", born: "parentage",
};

const normalise = (list: readonly string[]) => list.flatMap((t) => (SAME_QUESTION[t] ? [t, SAME_QUESTION[t]] : [t]));

/** Minimum BM25 score for a fact to count as an answer at all. */
const MIN_SCORE = 0.5;
/** A later fact must answer clearly better than anything known before we say "answered later". */
const LATER_MARGIN = 1.15;
const OVERTURNED_WEIGHT = 0.4;

const documents = new WeakMap<Story, Bm25Doc<Fact>[]>();

/**
 * A fact's searchable terms: its statement, cues and the names its entities had by the time it
 * was revealed (a later alias must not make an earlier fact match, or the match would tell).
 */
function docsOf(story: Story): Bm25Doc<Fact>[] {
  let docs = documents.get(story);
  if (!docs) {
    docs = story.facts.map((f) => {
      const names = f.entities.flatMap((id) => story.entityById.get(id)?.names.filter((n) => knows(f.at, n.at)).map((n) => n.name) ?? []);
      return { item: f, terms: normalise(terms([f.statement, ...f.cues, ...names].join(". "))) };
    });
    documents.set(story, docs);
  }
  return docs;
}

/**
 * Answers a question from what a reader at `at` knows. Known answers are ranked among known
 * facts only, so their order never depends on later facts; when a later fact answers better,
 * the answer says where it is answered, not what.
 */
export function ask(story: Story, question: string, at: Position): Answer {
  const query = normalise(terms(question));
  const all = docsOf(story);
  const knownDocs = all.filter((d) => knows(at, d.item.at));
  // A belief the reader has seen overturned ranks below what overturned it.
  const overturned = new Set(knownDocs.flatMap((d) => d.item.supersedes));
  const knownRanked = bm25(knownDocs, query)
    .filter((r) => r.score >= MIN_SCORE)
    .map((r) => (overturned.has(r.item.id) ? { ...r, score: r.score * OVERTURNED_WEIGHT } : r))
    .sort((a, b) => b.score - a.score);
  const ranked = bm25(all, query);
  const bestLater = ranked.find((r) => !knows(at, r.item.at));
  const bestKnown = ranked.find((r) => knows(at, r.item.at));
  const answers = knownRanked
    .filter((r) => r.score >= knownRanked[0]!.score * 0.5)
    .slice(0, 3)
    .map(({ item }) => ({ id: item.id, statement: item.statement, at: item.at.label }));
  const later =
    bestLater && bestLater.score >= MIN_SCORE && bestLater.score > LATER_MARGIN * (bestKnown?.score ?? 0)
      ? { at: bestLater.item.at.label }
      : undefined;
  return { question, at: at.label, answers, ...(later ? { later } : {}) };
}
