import type { LexCue, LexFact, Lexicon } from "./lexicon.ts";
import { addAll, IdSet } from "./idset.ts";
import type { Evidence } from "./link.ts";
import { pairKey, type ReaderView } from "./reader.ts";
import { POINTS } from "./score.ts";
import { DEATH_BIT } from "./generic.ts";

export type Sensitivity = "high" | "low";

/** The later facts a sentence reveals, with their points. */
export interface Reveal {
  readonly fact: number;
  readonly points: number;
}

/** What a stretch of text earns towards one fact, and which of the fact's entities and concepts it used. */
export interface Match {
  readonly points: number;
  readonly entities: readonly number[];
  readonly concepts: readonly number[];
}

/**
 * The points a stretch of text earns towards one fact (allocation-free: called for every
 * candidate). With `bound`, an upper bound for any part of the text: the one rule that more
 * evidence can lower (a list of names) is left out.
 */
export function pointsFor(lexicon: Lexicon, view: ReaderView, f: LexFact, ev: Evidence, bound = false): number {
  let named = 0;
  let unseen = false;
  const ents = f.entities;
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i]!;
    if (ev.entities.has(e)) {
      named++;
      if (view.unseen[e]) unseen = true;
    }
  }
  const reveal = ev.lateNames.has(f.index);
  let best: LexFact["cues"][number] | undefined;
  for (const cue of f.cues) {
    if (says(cue, ev)) {
      best = cue;
      break;
    }
  }
  // Someone unnamed ("he") is likely one of the fact's characters only in a story of a handful of people.
  const vague = named === 0 && ev.vague && f.castShare >= POINTS.vagueShare;
  // Without any of its entities, a fact can still be matched by a cue of two or more words ("dragon killed").
  const anchored = named > 0 || reveal || ents.length === 0 || vague || (best !== undefined && best.concepts.length >= 2);
  if (!anchored) return 0;

  // A second entity says the text is about the two together, unless the text is a list of names.
  const pair = named > 1 && (bound || ev.entities.size <= POINTS.listOf);
  let points = named > 0 ? POINTS.entity + (pair ? POINTS.secondEntity : 0) : vague ? POINTS.vague : 0;
  // Cue words with none of the fact's names are weaker evidence: "dragon fight" is any dragon fight.
  if (named === 0 && !reveal && ents.length > 0 && !best?.proper) points -= POINTS.cueAlone;
  if (unseen) points += POINTS.unseen;
  if (pair && view.later[f.index] && apart(view, ents, ev)) points += POINTS.newPair;
  if (reveal) points += POINTS.lateName;
  if (best) points += POINTS.cue * best.weight;
  let more = 0;
  const concepts = f.concepts;
  for (let i = 0; i < concepts.length; i++) {
    const c = concepts[i]!;
    if (ev.concepts.has(c) && (best === undefined || !best.concepts.includes(c))) more += lexicon.conceptWeight[c]!;
  }
  points += Math.min(POINTS.concept * more, POINTS.conceptCap);
  // A text that says most of what the statement says is about this fact above all.
  if (f.statementWeight > 0 && POINTS.coverage > 0) {
    let said = 0;
    const st = f.statement;
    for (let i = 0; i < st.length; i++) if (ev.concepts.has(st[i]!)) said += lexicon.conceptWeight[st[i]!]!;
    const share = said / f.statementWeight;
    if (share > POINTS.coverageFrom) points += POINTS.coverage * (share - POINTS.coverageFrom) / (1 - POINTS.coverageFrom);
  }
  // Spoiler language counts next to the fact's own entities (or a late name), not next to cue words alone;
  // words of death do not count for a death when the text has them kill someone else.
  if (ev.generic !== 0 && (named > 0 || reveal || vague || ents.length === 0)) {
    const kind = ev.generic & f.kindBits;
    points += kind !== 0 && !(kind === DEATH_BIT && !bound && !reveal && (killsOther(ents, ev) || diesOther(ents, ev))) ? POINTS.genericKind : POINTS.genericAny;
  }
  // A cue said in full, names and words ("Bran becomes king"), is how people tell the fact: it reveals it, however common its words.
  if (best && points < POINTS.threshold && toldInFull(f, ev)) points = POINTS.threshold;
  return points;
}

/** Whether the text says one of the fact's cues that has both names and words, all of them. */
function toldInFull(f: LexFact, ev: Evidence): boolean {
  for (const cue of f.cues) {
    if (cue.entities.length > 0 && cue.concepts.length > 0 && says(cue, ev)) return true;
  }
  return false;
}

export function matchFact(lexicon: Lexicon, view: ReaderView, f: LexFact, ev: Evidence): Match {
  const points = pointsFor(lexicon, view, f, ev);
  if (points === 0) return { points, entities: [], concepts: [] };
  const concepts = f.concepts.filter((c) => ev.concepts.has(c));
  // A negation is part of what the text says of the fact when a cue it tells says so ("Harry wasn't real").
  if (f.cues.some((c) => c.concepts.includes(lexicon.negation) && says(c, ev))) concepts.push(lexicon.negation);
  return { points, entities: f.entities.filter((e) => ev.entities.has(e)), concepts };
}

/** Whether two of the fact's entities named in the text have never been together in a fact or relation the reader knows. */
function apart(view: ReaderView, ents: readonly number[], ev: Evidence): boolean {
  for (let i = 0; i < ents.length; i++) {
    if (!ev.entities.has(ents[i]!)) continue;
    for (let j = i + 1; j < ents.length; j++) {
      if (ev.entities.has(ents[j]!) && !view.together.has(pairKey(ents[i]!, ents[j]!))) return true;
    }
  }
  return false;
}

/**
 * Whether the text has the fact's named entities only killing someone the fact is not about
 * ("Jon kills a White Walker" says nothing of Jon's own death).
 */
function killsOther(ents: readonly number[], ev: Evidence): boolean {
  if (ev.victims.size === 0) return false;
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i]!;
    if (ev.victims.has(e) || (ev.entities.has(e) && !ev.killers.has(e))) return false;
  }
  return true;
}

/** Whether the text names whose death it speaks of ("Joffrey's death"), and that is none of the fact's entities. */
function diesOther(ents: readonly number[], ev: Evidence): boolean {
  if (ev.dead.size === 0) return false;
  for (let i = 0; i < ents.length; i++) if (ev.dead.has(ents[i]!)) return false;
  return true;
}

/** Whether the text has every name and word of a cue. */
function says(cue: LexCue, ev: Evidence): boolean {
  return allIn(cue.entities, ev.entities) && allIn(cue.concepts, ev.concepts);
}

function allIn(list: readonly number[], set: IdSet): boolean {
  for (let i = 0; i < list.length; i++) if (!set.has(list[i]!)) return false;
  return true;
}

/** Whether everything a match used is also used by another. */
function covers(known: Match, later: Match): boolean {
  return later.entities.every((e) => known.entities.includes(e)) && later.concepts.every((c) => known.concepts.includes(c));
}

/**
 * The later facts that a stretch of text reveals: each reaching the threshold, unless a fact
 * the reader already knows explains the text as well: one that earns clearly more, or one that
 * earns at least as much and either uses everything the later fact's match uses or is told in
 * full by one of its cues where the later fact is not (text about what the reader has seen is no
 * spoiler). Minor facts are let through at low sensitivity.
 */
export function reveals(lexicon: Lexicon, view: ReaderView, ev: Evidence, sensitivity: Sensitivity, floor = POINTS.threshold): Revealed {
  const found = candidates(lexicon, view, ev, floor);
  const later: { f: LexFact; points: number }[] = [];
  for (let i = 0; i < found.size; i++) {
    const index = found.at(i);
    if (!view.later[index]) continue;
    const f = lexicon.facts[index]!;
    if (sensitivity === "low" && f.fact.severity !== "major") continue;
    const points = pointsFor(lexicon, view, f, ev);
    if (points >= floor) later.push({ f, points });
  }
  // Most text reveals nothing: known facts are scored only when there is a later one to explain.
  if (later.length === 0) return NOTHING;
  // A known fact explains a later one only if it earns at least as much.
  const least = Math.min(...later.map((l) => l.points));
  const most = Math.max(...later.map((l) => l.points));
  const known: { f: LexFact; points: number }[] = [];
  for (let i = 0; i < found.size; i++) {
    const index = found.at(i);
    if (view.later[index]) continue;
    const f = lexicon.facts[index]!;
    const points = pointsFor(lexicon, view, f, ev);
    if (points < least) continue;
    // Text about what the reader has seen: one known fact clearly ahead of every later one explains them all.
    if (points >= most + POINTS.clearlyKnown) return NOTHING;
    known.push({ f, points });
  }
  const matches = new Map<LexFact, Match>();
  const matchOf = (f: LexFact) => {
    let m = matches.get(f);
    if (!m) matches.set(f, (m = matchFact(lexicon, view, f, ev)));
    return m;
  };
  // A known fact explains a later one it earns clearly more than; or, earning at least as much,
  // one whose every name and word it uses too, or one it tells in full where the later is only brushed.
  const explains = (k: (typeof known)[number], l: (typeof later)[number]) =>
    k.points >= l.points + POINTS.clearlyKnown ||
    (k.points >= l.points && (covers(matchOf(k.f), matchOf(l.f)) || (toldInFull(k.f, ev) && !toldInFull(l.f, ev))));
  const unexplained = later
    .filter((l) => !known.some((k) => explains(k, l)))
    .map((l) => ({ fact: l.f.index, points: l.points }))
    .sort((a, b) => b.points - a.points || a.fact - b.fact);
  const near = unexplained[0]?.points ?? 0;
  // Name the facts the text is most about, not every fact it brushes against.
  const facts = unexplained.filter((r) => r.points >= POINTS.threshold && r.points >= near - POINTS.factMargin);
  return { facts, near };
}

const NOTHING: Revealed = { facts: [], near: 0 };

export interface Revealed {
  /** Later facts revealed (at or above the threshold), strongest first. */
  readonly facts: readonly Reveal[];
  /** The points of the strongest later fact no known fact explains, from `floor` up (0 if none). */
  readonly near: number;
}

/**
 * Whether some part of this text might reveal a later fact: whether any later fact could reach
 * `floor` from all of it (for skipping text cheaply).
 */
export function mayReveal(lexicon: Lexicon, view: ReaderView, ev: Evidence, sensitivity: Sensitivity, floor = POINTS.threshold): boolean {
  const found = candidates(lexicon, view, ev, floor);
  for (let i = 0; i < found.size; i++) {
    const index = found.at(i);
    if (!view.later[index]) continue;
    const f = lexicon.facts[index]!;
    if (sensitivity === "low" && f.fact.severity !== "major") continue;
    if (pointsFor(lexicon, view, f, ev, true) >= floor) return true;
  }
  return false;
}

/**
 * Every fact that could reach `floor` from this text (and every known fact that could explain
 * one): those of its concepts, late names and entity-only cues; all of its entities' facts only
 * when spoiler language, an unseen entity or a low floor could lift names alone that far.
 */
function candidates(lexicon: Lexicon, view: ReaderView, ev: Evidence, floor: number): IdSet {
  const out = candidateSetOf(lexicon);
  out.clear();
  addList(out, lexicon.entityless);
  addAll(out, ev.lateNames);
  // Without a name, only a fact's cue of two or more words can anchor it, or someone unnamed (whose
  // points, with 0.5 off for cue words alone, need some of the fact's words to come near the line).
  const byConcept = ev.entities.size > 0 || ev.vague ? lexicon.factsOfConcept : lexicon.factsWithCue;
  for (let i = 0; i < ev.concepts.size; i++) addList(out, byConcept[ev.concepts.at(i)]);
  const namesAlone = POINTS.entity + (ev.entities.size > 1 ? POINTS.secondEntity + POINTS.newPair : 0) + (ev.generic !== 0 ? Math.max(POINTS.genericKind, POINTS.genericAny) : 0);
  for (let i = 0; i < ev.entities.size; i++) {
    const e = ev.entities.at(i);
    const all = namesAlone + (view.unseen[e] ? POINTS.unseen : 0) >= floor;
    addList(out, all ? lexicon.factsOf[e] : lexicon.factsWithEntityCue[e]);
  }
  return out;
}

function addList(set: IdSet, ids: readonly number[] | undefined): void {
  if (ids) for (let i = 0; i < ids.length; i++) set.add(ids[i]!);
}

/** One set of candidate facts per lexicon, reused: a caller is done with it before the next call. */
const candidateSets = new WeakMap<Lexicon, IdSet>();

function candidateSetOf(lexicon: Lexicon): IdSet {
  let set = candidateSets.get(lexicon);
  if (!set) {
    set = new IdSet(lexicon.facts.length);
    candidateSets.set(lexicon, set);
  }
  return set;
}
