/**
 * "Catch me up": what a reader at `at` knows, most important first, within a word budget that
 * covers the whole article (headline included), ending with where the next reveal comes and
 * nothing of what it is. Beliefs not yet overturned at `at` are told as believed; beliefs the
 * reader has seen overturned are left to the fact that overturned them.
 */
import type { KnownFact } from "../engine/index.ts";
import type { FactKind } from "../model/schema.ts";
import { articleWords, cites, countWords, paragraph, WORD_BUDGET, type RecapLength, type Section } from "./article.ts";
import type { Drafted } from "./ending.ts";
import { recapHeadline, recapStandfirst } from "./headline.ts";
import { factLine, narrativeByPart } from "./narrative.ts";
import { Narrator } from "./narrator.ts";
import { capitalise } from "./prose.ts";
import type { ReaderView } from "./view.ts";

const KIND_WEIGHT: Record<FactKind, number> = {
  premise: 1.5, twist: 3, death: 2.5, identity: 2, ending: 2, backstory: 1, relationship: 1, plot: 0.5,
};
/** How many of the chosen facts lead, in order of importance, before the rest in shown order. */
const ESSENTIALS: Record<RecapLength, number> = { short: 3, medium: 3, long: 4 };
/** Words kept for the "Next" section: its title and the longest sentence it can have (12 words). */
export const NEXT_ALLOWANCE = 13;
/** The longest logline a recap with no facts to tell falls back on, per length. */
const LOGLINE_WORDS: Record<RecapLength, number> = { short: 35, medium: 120, long: 400 };
/** The share of facts (lowest scores) a recap of each length never pads itself with. */
const TRIVIA: Record<RecapLength, number> = { short: 0.5, medium: 0.3, long: 0 };
/** Each fact already chosen from the same act, season or chapter lowers a candidate's score. */
const SAME_PART_PENALTY = 1.2;

/** How much each known fact matters for catching up at `at` (a pure function of what is known). */
export function importance(view: ReaderView, facts: readonly KnownFact[]): Map<KnownFact, number> {
  const mentions = new Map<string, number>();
  for (const f of facts) for (const e of f.entities) mentions.set(e, (mentions.get(e) ?? 0) + 1);
  return new Map(
    facts.map((fact) => {
      const shares = fact.entities.map((e) => (mentions.get(e) ?? 0) / facts.length).sort((a, b) => b - a);
      const prominence = (shares[0] ?? 0) + (shares[1] ?? 0) + (shares[2] ?? 0);
      const progress = view.at.ord === 0 ? 1 : view.ord(fact.at) / view.at.ord;
      const words = fact.statement.split(/\s+/).length;
      const score =
        (fact.severity === "major" ? 2 : 1) +
        KIND_WEIGHT[fact.kind] +
        (fact.overturns?.length ? 1.5 : 0) +
        3 * prominence +
        0.6 * Math.log1p(view.cueCount(fact.id)) +
        0.4 * Math.log1p(fact.entities.length) +
        progress ** 3 -
        words / 60;
      return [fact, score];
    }),
  );
}

export function recapArticle(view: ReaderView, length: RecapLength): Drafted {
  const budget = WORD_BUDGET[length];
  const candidates = view.facts.filter((f) => !f.believedUntil);
  const scores = importance(view, candidates);
  const byScore = [...candidates].sort((a, b) => scores.get(b)! - scores.get(a)!);
  // Low-scoring facts are trivia: better a shorter recap than one padded with them.
  const floor = scores.get(byScore[Math.floor((byScore.length - 1) * (1 - TRIVIA[length]))]!) ?? 0;
  const partOf = new Map(candidates.map((f) => [f, view.part(f.at).key]));
  const lead: KnownFact[] = [];
  const rest: KnownFact[] = [];
  // The next-reveal section is left out while choosing and a fixed allowance kept for it, so that
  // which facts are told never depends on anything after `at`, not even on where the next reveal is.
  let used = 0;
  const fits = (l: readonly KnownFact[], r: readonly KnownFact[], added: KnownFact) => {
    // A fact longer than the words left cannot fit, whatever the prose around it: skip the build.
    if (used + countWords(added.statement) + NEXT_ALLOWANCE > budget) return false;
    const words = articleWords(build(view, l, r, false, length));
    if (words + NEXT_ALLOWANCE > budget) return false;
    used = words;
    return true;
  };

  // 1. The lead: the premise (a catch-up without it has no footing), then the most important facts.
  const premise = candidates.find((f) => f.kind === "premise");
  for (const f of [...(premise ? [premise] : []), ...byScore.filter((f) => f !== premise)]) {
    if (lead.length >= ESSENTIALS[length]) break;
    if (fits([...lead, f], rest, f)) lead.push(f);
  }
  const taken = (f: KnownFact) => lead.includes(f) || rest.includes(f);
  // 2. Coverage: the best fact from each act or season not yet covered, within a fair share of words.
  const covered = new Set([...lead].filter((f) => f.kind !== "premise").map((f) => partOf.get(f)));
  const uncovered = [...new Set(candidates.map((f) => partOf.get(f)!))].filter((p) => !covered.has(p)).sort((a, b) => a - b);
  uncovered.forEach((part, i) => {
    const left = budget - NEXT_ALLOWANCE - (used || articleWords(build(view, lead, rest, false, length)));
    const share = left / (uncovered.length - i);
    const best = byScore.find((f) => partOf.get(f) === part && !taken(f) && scores.get(f)! >= floor && wordsOf(f) <= share);
    if (best && fits(lead, [...rest, best], best)) rest.push(best);
  });
  // 3. Fill what is left: best first, less so from an act or season already covered.
  const remaining = byScore.filter((f) => !taken(f) && scores.get(f)! >= floor);
  while (remaining.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    remaining.forEach((f, i) => {
      const part = partOf.get(f);
      const score = scores.get(f)! - SAME_PART_PENALTY * [...lead, ...rest].filter((c) => partOf.get(c) === part).length;
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    const [next] = remaining.splice(best, 1);
    if (fits(lead, [...rest, next!], next!)) rest.push(next!);
  }
  return build(view, lead, rest, true, length);
}

const wordsOf = (f: KnownFact) => f.statement.split(/\s+/).length + 2;

/** The article for a given choice of facts: the first few by importance, the rest in shown order. */
function build(view: ReaderView, lead: readonly KnownFact[], chosen: readonly KnownFact[], withNext: boolean, length: RecapLength): Drafted {
  const narrator = new Narrator(view.cast);
  const rest = view.facts.filter((f) => chosen.includes(f));
  const sections: Section[] = [];
  if (lead.length > 0) {
    const text = narrator.paragraph(lead.map((f) => factLine(view, f)), "importance");
    sections.push({ id: "essentials", title: "Essentials", blocks: [paragraph(text, cites({ facts: lead.map((f) => f.id) }))] });
  } else {
    // Nothing known yet (or nothing that fits): the logline, which is safe at the start, if it fits.
    const logline = view.work.logline.trim();
    const fallback = countWords(logline) <= LOGLINE_WORDS[length] ? logline : `${capitalise(view.noun)} has only just begun.`;
    sections.push({ id: "essentials", title: "Essentials", blocks: [paragraph(fallback)] });
  }
  if (rest.length > 0) {
    const parts = new Set(rest.map((f) => view.part(f.at).key));
    sections.push({ id: "so-far", title: "Along the way", blocks: narrativeByPart(view, rest, narrator, parts.size > 1) });
  }
  const next = view.next
    ? `The next reveal comes ${view.when(view.next.at)}.`
    : `${capitalise(view.noun)} reveals nothing more after this point.`;
  if (withNext) sections.push({ id: "next", title: "Next", blocks: [paragraph(next)] });
  return { headline: recapHeadline(view), standfirst: recapStandfirst(view), sections };
}
