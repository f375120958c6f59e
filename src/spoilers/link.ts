import { addAll, IdSet } from "./idset.ts";
import { FOLD, foldPattern, SPACE, WHITE, WORD } from "./fold.ts";
import { ENDING_BIT, PERSONAL } from "./generic.ts";
import { capitalisedAs, isCommonForm, type Lexicon, type NameRef } from "./lexicon.ts";
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
  /** Entities only tagged as its topic ("... what a scene! #JonSnow"): what its pronouns may refer to. */
  readonly topics: IdSet;
  readonly concepts: IdSet;
  /** Bit i set when it uses GENERIC_CLASSES[i] language. */
  generic: number;
  /** Facts given away by a name the reader cannot know yet. */
  readonly lateNames: IdSet;
  /** Entities named as the one who kills ("Jon kills a White Walker", "Arya didn't kill Sansa"). */
  readonly killers: IdSet;
  /** Entities named as the one killed, right after a killer and the verb. */
  readonly victims: IdSet;
  /** Entities whose death is named with them ("Joffrey's death", "the death of Ned"): whom its words of death are about. */
  readonly dead: IdSet;
  /** Where the second name of an entity in it starts (Infinity if it names fewer than two). */
  secondName: number;
  /**
   * Naming no one, it speaks of someone by a pronoun or in spoiler language ("He was dead all
   * along", "The escape never happened"): someone in the work, though who is not said.
   */
  vague: boolean;
}

export function emptyEvidence(lexicon: Lexicon): Evidence {
  const entities = lexicon.entities.length;
  return {
    entities: new IdSet(entities),
    topics: new IdSet(entities),
    concepts: new IdSet(lexicon.conceptCount),
    generic: 0,
    lateNames: new IdSet(lexicon.facts.length),
    killers: new IdSet(entities),
    victims: new IdSet(entities),
    dead: new IdSet(entities),
    secondName: Infinity,
    vague: false,
  };
}

/** Empties evidence for reuse. */
export function clearEvidence(ev: Evidence): void {
  ev.entities.clear();
  ev.topics.clear();
  ev.concepts.clear();
  ev.lateNames.clear();
  ev.killers.clear();
  ev.victims.clear();
  ev.dead.clear();
  ev.secondName = Infinity;
  ev.generic = 0;
  ev.vague = false;
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
    // The work's title is taken as a name too: one of no one, whose words are no words of the story.
    if (hits.end[i]! <= range.end && (nameAt(lexicon, text, hits, i) || hits.term[i] === lexicon.titleTerm)) (names ??= []).push(i);
  }
  const to = i;
  if (names) {
    // A name inside a longer one is part of it: "Stark" in "Arya Stark" is not the family, "Lady" in "Lady Stark" not the direwolf.
    const cover = new NameCover(hits, names);
    let bare: number | undefined;
    /** Where the object of the last "X kills" begins, and where it begins past "the", "his"...: a name starting there is who is killed. */
    let objectFrom = -1;
    let objectTo = -1;
    let namesSeen = 0;
    for (const k of names) {
      const start = hits.start[k]!;
      const end = hits.end[k]!;
      if (cover.covers(start, end) || someoneElse(lexicon, text, hits, k)) continue;
      const index = hits.term[k]!;
      // A tag that says something of the name ("#RIPViserion") is no mere topic.
      const tagged = text[start - 1] === "#" && lexicon.terms[index]!.generic === 0 && topicTag(text, start, end, (bare ??= lastBareWord(text, range)));
      const named = tagged ? into.topics : into.entities;
      const killed = start >= objectFrom && start <= objectTo;
      const object = tagged ? -1 : objectOfKilling(text, end);
      const dies = !tagged && deathNamed(text, start, end);
      const killedBy = !tagged && killedByAfter(text, end);
      const killerBy = !tagged && KILLED_BY_BEFORE.test(text.slice(Math.max(0, start - 40), start));
      let fresh = false;
      for (const n of lexicon.terms[index]!.names) {
        if (!isName(n, text, start, end) || castGloss(lexicon, text, start, n.entity)) continue;
        fresh ||= !named.has(n.entity);
        named.add(n.entity);
        if (object >= 0 || killerBy) into.killers.add(n.entity);
        if (killed || killedBy) into.victims.add(n.entity);
        if (dies) into.dead.add(n.entity);
      }
      if (fresh && !tagged && ++namesSeen === 2) into.secondName = start;
      if (object >= 0) [objectFrom, objectTo] = [object, pastArticles(text, object)];
      // A name the reader cannot know yet reveals wherever it is written, hashtags included.
      const reveals = view.lateNames.get(index);
      if (reveals) for (const f of reveals) into.lateNames.add(f);
    }
  }
  const cover = names ? new NameCover(hits, names) : undefined;
  for (let k = from; k < to; k++) {
    const start = hits.start[k]!;
    const end = hits.end[k]!;
    if (end > range.end) continue;
    const term = lexicon.terms[hits.term[k]!]!;
    if (term.concepts.length === 0 && term.generic === 0) continue;
    if (cover?.covers(start, end)) continue;
    for (const c of term.concepts) if (c !== lexicon.negation || !FIGURE_OF_SPEECH.test(text.slice(end, end + 24))) into.concepts.add(c);
    into.generic |= term.generic & ENDING_BIT && ofTheWork(lexicon, text, end) ? term.generic & ~ENDING_BIT : term.generic;
  }
  return to;
}

/** A negation that negates nothing in the story: "can't believe", "can't wait", "couldn't stop". */
const FIGURE_OF_SPEECH = /^[ \t]+(?:even[ \t]+)?(?:believe|wait|stop|help|get[ \t]+over|handle|stand|deal|imagine|describe|explain|express|breathe|cope)\b/i;

/** "of the show", "of the series", "of season 8", "of the book(s)", "of the saga": talk about the work, not in it. */
const OF_THE_WORK = /[ \t]+of[ \t]+(?:the[ \t]+)?(?:show|series|seasons?|books?|saga|film|movie|novel|story)(?:[ \t]*\d+)?\b/iy;
const OF = /[ \t]+of[ \t]+/iy;

/**
 * Whether the words of ending right before `end` are about the work itself ("the end of Game of
 * Thrones", "the ending of the show"): that is news about the work, not a reveal in it.
 */
function ofTheWork(lexicon: Lexicon, text: string, end: number): boolean {
  OF_THE_WORK.lastIndex = end;
  if (OF_THE_WORK.test(text)) return true;
  OF.lastIndex = end;
  if (!OF.test(text)) return false;
  // The title's letters and digits in order, whatever stands between them ("'Game of Thrones'", "#GameOfThrones").
  const title = lexicon.titleTag;
  let k = OF.lastIndex;
  for (let i = 0; i < title.length; k++) {
    if (k >= text.length || k > OF.lastIndex + 2 * title.length) return false;
    const c = text.charCodeAt(k);
    if (WORD[c] === 0) continue;
    if (FOLD[c] !== title.charCodeAt(i)) return false;
    i++;
  }
  return true;
}

/**
 * A verb of killing in the active voice right after a name, with its object after it: the name
 * is who kills ("Theon kills Bran", "Jon can't kill her", "Arya is threatening to kill Sansa").
 * Not "Jon killed in battle", "Jon is killed", "Jon is about to be killed" (passive, or no
 * object); the passive with its agent, "Jon killed by Olly", is read the other way round.
 */
const KILLS_AFTER =
  /[ \t]+(?:(?:can['’]?t|cannot|could(?:n['’]?t)?|did(?:n['’]?t)?|does(?:n['’]?t)?|won['’]?t|will|would(?:n['’]?t)?|should(?:n['’]?t)?|must|(?:(?:is|was|are|were)[ \t]+)?(?:tries|tried|trying|wants|wanted|has|had|going|needs|needed|threatens|threatened|threatening|plans|planned|planning|about|set|sets) to|gonna|wanna|finally|just|almost|nearly|never|then|also|really)[ \t]+){0,3}(?:kill(?:s|ed)?|murder(?:s|ed)?|slays?|slew|executes?|executed|beheads?|beheaded|stabs?|stabbed|poisons?|poisoned)[ \t]+(?!(?:by|in|at|on|off|during|after|before|while|with|for|from|to|himself|herself|themselves|itself|and|or|but)\b)[\p{L}\p{N}#@"“']/iuy;

const ARTICLE = /(?:the|a|an|his|her|their|its|poor|little|young|old)[ \t]+/iy;

/** The passive with its agent: a name before it is who is killed ("Jon is stabbed by Olly", "Osha: killed by Ramsay")... */
const KILLED_BY_AFTER = /[ \t]*:?[ \t]+(?:(?:is|was|gets|got|being|been)[ \t]+)?(?:killed|murdered|slain|beheaded|executed|stabbed|poisoned)[ \t]+by[ \t]/iuy;
/** ...and a name right after it is who kills. */
const KILLED_BY_BEFORE = /(?:killed|murdered|slain|beheaded|executed|stabbed|poisoned)[ \t]+by[ \t]+(?:the[ \t]+)?$/iu;

/** A possessive and a noun of death after a name: "Joffrey's death", "Ned's shocking execution". */
const DEATH_AFTER = /(?:['’]s|s['’]|['’])[ \t]+(?:\p{L}+[ \t]+)?(?:death|murder|execution|funeral|killing|beheading|assassination|demise|passing)\b/iuy;
/** A noun of death and "of" before a name: "the death of Joffrey", "the murder of the Mad King". */
const DEATH_BEFORE = /(?:death|murder|execution|funeral|killing|beheading|assassination|demise|passing)[ \t]+of[ \t]+(?:the[ \t]+)?$/iu;

/** Whether the text names the death of the name at text[start, end): whose death its words of death are about. */
function deathNamed(text: string, start: number, end: number): boolean {
  DEATH_AFTER.lastIndex = end;
  return DEATH_AFTER.test(text) || DEATH_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** Whether the passive with its agent follows a name ("Jon is stabbed by"): who is killed. */
function killedByAfter(text: string, end: number): boolean {
  KILLED_BY_AFTER.lastIndex = end;
  return KILLED_BY_AFTER.test(text);
}

/** Where the object of a verb of killing right after a name begins, or -1. */
function objectOfKilling(text: string, end: number): number {
  KILLS_AFTER.lastIndex = end;
  return KILLS_AFTER.test(text) ? KILLS_AFTER.lastIndex - 1 : -1;
}

/** The first word at or after `at` that is not "the", "his"... */
function pastArticles(text: string, at: number): number {
  for (ARTICLE.lastIndex = at; ARTICLE.test(text); ARTICLE.lastIndex = at) at = ARTICLE.lastIndex;
  return at;
}

/** After a sentence naming more entities than this, whom a pronoun means is a guess: nothing is carried. */
const CARRY_FROM_AT_MOST = 2;

/**
 * Resolves what a stretch of text refers to by pronoun: the entities of the sentence before it
 * ("Harry knocks. Later Adam finds his body.", unless that sentence names three or more, or the
 * pronoun comes after two names of its own) and its own topic tags ("He drowns! #Oskar"); and
 * whether, naming no one, it still speaks of someone (`vague`).
 */
export function carryOver(lexicon: Lexicon, text: string, range: Range, ev: Evidence, previous?: Evidence): void {
  const { at: pronoun, personal } = firstPronoun(lexicon, text, range);
  if (pronoun >= 0) {
    // A pronoun after two names of its own sentence has those to refer to ("Jaime attacks Ned in the streets, killing his men").
    const from = previous && previous.entities.size > 0 && previous.entities.size <= CARRY_FROM_AT_MOST && ev.secondName > pronoun;
    if (from) addAll(ev.entities, previous.entities);
    addAll(ev.entities, ev.topics);
  }
  // Naming no one, "he" and words such as "dead all along" still speak of someone in the work, though not of whom.
  ev.vague = (personal || ev.generic !== 0) && ev.entities.size === 0 && ev.lateNames.size === 0;
}

/** Whether a stretch of text has a pronoun that stands for a person ("he", "her"). */
export function mayBeVague(lexicon: Lexicon, text: string, range: Range): boolean {
  return firstPronoun(lexicon, text, range).personal;
}

/** Where the first pronoun of the range starts (-1 if none), and whether any of its pronouns stands for a person. */
function firstPronoun(lexicon: Lexicon, text: string, r: Range): { at: number; personal: boolean } {
  let at = -1;
  let personal = false;
  lexicon.pronouns.scan(text, (p, start) => {
    if (at < 0) at = start;
    personal ||= PERSONAL.has(p);
  }, r.start, r.end);
  return { at, personal };
}

/**
 * Whether the name at `start` is in brackets right after the name of an actor who plays that
 * entity: "Maisie Williams (Arya Stark) talks about fame" says who she plays, nothing about Arya.
 */
function castGloss(lexicon: Lexicon, text: string, start: number, entity: number): boolean {
  const actors = lexicon.actorsOf[entity];
  if (!actors) return false;
  let open = start - 1;
  while (open >= 0 && text[open] === " ") open--;
  if (text[open] !== "(") return false;
  const before = foldPattern(text.slice(Math.max(0, open - 60), open));
  return actors.some((a) => before.endsWith(a) && !/[\p{L}\p{N}]/u.test(before[before.length - a.length - 1] ?? ""));
}

/** Tags, mentions and links (read whole), and single letters or digits outside them. */
const TAG_OR_LETTER = /([#@][^\s#@]*|https?:\/\/\S*)|[\p{L}\p{N}]/gu;

/** The end of the last letter or digit of the range that is not part of a tag, mention or link. */
function lastBareWord(text: string, range: Range): number {
  let last = range.start;
  for (const m of text.slice(range.start, range.end).matchAll(TAG_OR_LETTER)) if (m[1] === undefined) last = range.start + m.index + m[0].length;
  return last;
}

/**
 * Whether text[start, end) is a hashtag that is just a name, in the run of tags that ends a post
 * ("... what a scene! #JonSnow #GoT"; `bare` is where that run may begin): a label of what the
 * post is about, not part of what it says. A tag right after a word is part of the sentence
 * ("Jon kills #Daenerys"), and "#RIPViserion" says something: those are read as usual.
 */
function topicTag(text: string, start: number, end: number, bare: number): boolean {
  if (end < bare || /[\p{L}\p{N}_]/u.test(text[end] ?? "")) return false;
  const before = wordBefore(text, start - 1, Math.max(0, start - 200));
  return before === "" || /^[#@]/.test(before) || !/[\p{L}\p{N}]$/u.test(before);
}

/** The run of non-space characters that ends text[from, end) but for white space after it. */
function wordBefore(text: string, end: number, from: number): string {
  let last = end;
  while (last > from && WHITE[text.charCodeAt(last - 1)]) last--;
  let first = last;
  while (first > from && !WHITE[text.charCodeAt(first - 1)]) first--;
  return text.slice(first, last);
}

/**
 * Whether a one-word name is the first name of someone else: right before a capitalised word
 * that is neither English nor a word of the story ("Peter Dinklage", "Jamie McCarthy", "Arya
 * Steakhouse"; not "Jon Stark", "Jon Kills Dany", "Bronn MVP").
 */
function someoneElse(lexicon: Lexicon, text: string, hits: Hits, k: number): boolean {
  const start = hits.start[k]!;
  const end = hits.end[k]!;
  if (text.charCodeAt(end) !== 0x20) return false;
  const next = SURNAME.exec(text.slice(end + 1, end + 41));
  if (!next) return false;
  const word = next[0].toLowerCase();
  if (isCommonForm(word)) return false;
  for (let i = start; i < end; i++) if (WHITE[text.charCodeAt(i)]) return false;
  for (let j = k + 1; j < hits.start.length && hits.start[j]! <= end + 1; j++) if (hits.start[j] === end + 1) return false;
  // A misspelling of one of the entity's own names ("Jon Snoww") is still the entity.
  const stem = word.slice(0, 3);
  for (const n of lexicon.terms[hits.term[k]!]!.names) {
    for (const { form } of lexicon.entities[n.entity]!.names) if (form.split(" ").some((w) => w.startsWith(stem))) return false;
  }
  return true;
}

/** A capitalised word at the start: a capital, a small letter, then at least one more letter. */
const SURNAME = /^\p{Lu}\p{Ll}\p{L}+(?![\p{L}\p{N}])/u;

/** Whether the hit is capitalised as at least one of its term's names needs. */
function nameAt(lexicon: Lexicon, text: string, hits: Hits, k: number): boolean {
  for (const n of lexicon.terms[hits.term[k]!]!.names) if (isName(n, text, hits.start[k]!, hits.end[k]!)) return true;
  return false;
}

/** Whether text[start, end) is this name: capitalised as it needs, and a misspelling only as spelt. */
function isName(n: NameRef, text: string, start: number, end: number): boolean {
  return (n.exact === undefined || foldedLength(text, start, end) === n.exact) && capitalisedAs(text, start, end, n.capitals);
}

/** The length of text[start, end) folded as patterns are: a run of separators counts as one. */
function foldedLength(text: string, start: number, end: number): number {
  let length = 0;
  for (let i = start; i < end; i++) if (FOLD[text.charCodeAt(i)] !== SPACE || FOLD[text.charCodeAt(i - 1)] !== SPACE) length++;
  return length;
}

/**
 * Whether a longer name hit covers a span, for spans asked about in order of start (one pass
 * over the names, however many there are).
 */
class NameCover {
  private next = 0;
  /** The furthest end of the names that start before the span asked about last. */
  private reach = -1;

  constructor(
    private readonly hits: Hits,
    private readonly names: readonly number[],
  ) {}

  covers(start: number, end: number): boolean {
    const { hits, names } = this;
    while (this.next < names.length && hits.start[names[this.next]!]! < start) this.reach = Math.max(this.reach, hits.end[names[this.next++]!]!);
    if (this.reach >= end) return true;
    for (let q = this.next; q < names.length && hits.start[names[q]!] === start; q++) if (hits.end[names[q]!]! > end) return true;
    return false;
  }
}
