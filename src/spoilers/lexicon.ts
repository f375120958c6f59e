import type { ItsFunction } from "wink-nlp";
import { english } from "../language/english.ts";
import type { Fact, Story } from "../model/story.ts";
import { COMMON_WORDS } from "./data/common-words.ts";
import { ENGLISH_WORDS } from "./data/english-words.ts";
import { foldPattern } from "./fold.ts";
import { DEATH_BIT, GENERIC, GENERIC_CLASSES, GENERIC_KINDS, PRONOUNS } from "./generic.ts";
import { inflect, inflectPhrase, lemmasOfIrregular } from "./inflect.ts";
import { POINTS } from "./score.ts";
import { SYNONYMS } from "./synonyms.ts";
import { WordTrie } from "./trie.ts";

/**
 * The per-story compiled matcher: one dictionary of every surface form the checker looks for
 * (entity names and their variants, the inflected forms of every cue and statement word and
 * their synonyms, generic spoiler language), each with what it stands for. Built once
 * per Story (cached in a WeakMap) with wink-nlp lemmatising the story's own wording; checking a
 * text then needs one dictionary scan and no tagging.
 */
export interface Lexicon {
  readonly story: Story;
  readonly trie: WordTrie;
  /** Pronouns, scanned for only in sentences that may reveal something (they are in most texts). */
  readonly pronouns: WordTrie;
  /** The work's title folded without spaces: hashtags starting with it (#GameOfThronesS7) are not read. */
  readonly titleTag: string;
  /** The term of the work's title written out ("Game of Thrones"): the name of the work, whose words are not words of the story. */
  readonly titleTerm: number;
  /** What each surface form (trie pattern) stands for. */
  readonly terms: readonly Term[];
  readonly entities: readonly LexEntity[];
  readonly facts: readonly LexFact[];
  /** Fact id -> index. */
  readonly factIndex: ReadonlyMap<string, number>;
  /** Entity id -> index. */
  readonly entityIndex: ReadonlyMap<string, number>;
  /** Fact indexes mentioning each entity. */
  readonly factsOf: readonly (readonly number[])[];
  /** Facts with no entities: they can match on their cues alone. */
  readonly entityless: readonly number[];
  /** Concept -> facts with a cue of two or more concepts using it (matchable without their entities). */
  readonly factsWithCue: readonly (readonly number[] | undefined)[];
  /** Concept -> facts whose statement or cues use it. */
  readonly factsOfConcept: readonly (readonly number[] | undefined)[];
  /** Whether an unnamed "he" may be about some fact: one about a large enough share of the cast (none in a story of many people). */
  readonly someoneUnnamed: boolean;
  /** Entity -> facts with a cue made of entities only ("Jon and Dany"). */
  readonly factsWithEntityCue: readonly (readonly number[] | undefined)[];
  /** Entity -> the folded names of the actors who play it ("maisie williams"). */
  readonly actorsOf: readonly (readonly string[] | undefined)[];
  /** The concept of negation ("not", "wasn't"), which only cues use: a cue that says something is not so needs a text that does. */
  readonly negation: number;
  /** Weight of each concept, 0.5–1: common words weigh less. */
  readonly conceptWeight: Float64Array;
  readonly conceptCount: number;
}

export interface Term {
  readonly names: readonly NameRef[];
  readonly concepts: readonly number[];
  /** Bit i set for GENERIC_CLASSES[i]. */
  readonly generic: number;
}

export interface NameRef {
  readonly entity: number;
  /** Where the audience learns this name (ord). */
  readonly at: number;
  /** Revealed after the entity was first seen: saying it can itself be a reveal. */
  readonly late: boolean;
  /** How the text must capitalise it to count (names that are also ordinary English). */
  readonly capitals: Capitals;
  /** The facts this name reveals when said before it is known (late names only). */
  readonly reveals: readonly number[];
  /**
   * The form's length where it takes no plural: a misspelling ("James" is no misspelt "Jaime"),
   * the name of a place, of which there is one ("the walls" are not the Wall), or a name made of
   * English words ("little birds" are not Sansa).
   */
  readonly exact?: number;
}

export interface LexEntity {
  readonly id: string;
  readonly firstSeen: number;
  /** Every surface form of every name, with its ord, to tell whether a form is known at Q. */
  readonly names: readonly { readonly form: string; readonly at: number }[];
}

export interface LexCue {
  readonly entities: readonly number[];
  readonly concepts: readonly number[];
  /** Sum of concept weights; entity-only cues weigh ENTITY_CUE. */
  readonly weight: number;
  /** Written as a proper name in the story ("Red Wedding", "Battle of the Bastards"): it names the scene on its own. */
  readonly proper: boolean;
}

export interface LexFact {
  readonly fact: Fact;
  readonly index: number;
  readonly at: number;
  /** Distinct. */
  readonly entities: readonly number[];
  /** Strongest first (by weight; as written among equals): the first a text matches is the best. */
  readonly cues: readonly LexCue[];
  /** Generic-language bits (GENERIC_CLASSES) that speak to the fact's kind. */
  readonly kindBits: number;
  /** Distinct concepts of the statement. */
  readonly statement: readonly number[];
  /** Sum of the statement's concept weights. */
  readonly statementWeight: number;
  /** Distinct concepts of the statement and every cue. */
  readonly concepts: readonly number[];
  /** The share of the work's characters that the fact is about: how likely an unnamed "he" is one of them. */
  readonly castShare: number;
}

const ENTITY_CUE = 0.3;
/** A phrase that says something is not so. */
const NEGATED = /\b(?:not|never|no|nothing|nobody|none|cannot)\b|n['’]t\b/i;
/** How texts say it: the scanner reads "wasn't" as one word. */
const NEGATIONS = ["not", "never", "no", "nothing", "nobody", "none", "cannot", ...["is", "was", "are", "were", "do", "does", "did", "ca", "wo", "would", "could", "should", "has", "have", "had", "ai"].flatMap((v) => [`${v}n't`, ...(v === "ca" || v === "wo" ? [] : [`${v}nt`])])];

/** Generic-language bits that speak to each fact kind. */
const KIND_BITS: Record<string, number> = {};
GENERIC_CLASSES.forEach((cls, bit) => {
  for (const kind of GENERIC_KINDS[cls]) KIND_BITS[kind] = (KIND_BITS[kind] ?? 0) | (1 << bit);
});
const PRONOUN_TRIE = new WordTrie(PRONOUNS);

const cache = new WeakMap<Story, Lexicon>();

/** The compiled lexicon of a story, built on first use (tens of milliseconds) and cached. */
export function lexiconOf(story: Story): Lexicon {
  let lexicon = cache.get(story);
  if (!lexicon) {
    lexicon = build(story);
    cache.set(story, lexicon);
  }
  return lexicon;
}

interface TermDraft {
  names: NameRef[];
  concepts: number[];
  generic: number;
}

function build(story: Story): Lexicon {
  const drafts = new Map<string, TermDraft>();
  const term = (surface: string): TermDraft => {
    const key = foldPattern(surface);
    let d = drafts.get(key);
    if (!d) {
      d = { names: [], concepts: [], generic: 0 };
      drafts.set(key, d);
    }
    return d;
  };

  // Entities and their names.
  /** `split`: a compound written as two words ("little finger"), English words by design. */
  const typoNames: { form: string; split: boolean; ref: NameRef }[] = [];
  const entityIndex = new Map(story.entities.map((e, i) => [e.id, i]));
  const factIndex = new Map(story.facts.map((f, i) => [f.id, i]));
  const entities: LexEntity[] = story.entities.map((e, ei) => {
    const forms: { form: string; at: number }[] = [];
    for (const n of e.names) {
      const late = n.at.ord > e.firstSeen.ord;
      const reveals = late ? revealsOfName(story, e.id, n.at.ord).map((id) => factIndex.get(id)!) : [];
      for (const v of nameVariants(n.name, e.type === "group")) {
        forms.push({ form: v.form, at: n.at.ord });
        // A place called by an English word ("the Twins", "the Citadel") is that place only capitalised.
        const capitals = e.type === "place" && v.capitals === Capitals.Any && !v.form.includes(" ") && isEnglishWord(v.form) ? Capitals.Last : v.capitals;
        const ref: NameRef = { entity: ei, at: n.at.ord, late, capitals, reveals };
        term(v.form).names.push(e.type === "place" || isEnglishPhrase(v.form) ? { ...ref, exact: v.form.length } : ref);
        if (capitals !== Capitals.Any) continue;
        if (v.form.split(" ").length <= 2) {
          for (const typo of typos(v.form)) typoNames.push({ form: typo, split: typo.split(" ").length > v.form.split(" ").length, ref: { ...ref, exact: typo.length } });
        }
        // "#RIPViserion": a death wish run together with the name, the way tags are written.
        const rip = term(`rip${v.form.replace(/ /g, "")}`);
        rip.names.push(ref);
        rip.generic |= DEATH_BIT;
      }
    }
    return { id: e.id, firstSeen: e.firstSeen.ord, names: forms };
  });
  const nameTrie = new WordTrie([...drafts.keys()]);
  const nameKeys = [...drafts.keys()];
  // Misspelt names ("Jamie", "Daenarys"), unless the misspelling is English ("throne", "twin") or another name.
  const typoForms = new Set(typoNames.map((t) => t.form));
  for (const t of typoNames) if (drafts.has(t.form) || isCommonWord(t.form) || (!t.split && t.form.split(" ").every(isEnglishWord))) typoForms.delete(t.form);
  for (const t of typoNames) if (typoForms.has(t.form)) term(t.form).names.push(t.ref);

  // Concepts: synonym groups share one id; any other lemma gets its own.
  const conceptOfLemma = new Map<string, number>();
  const conceptForms: string[][] = [];
  const conceptWeights: number[] = [];
  SYNONYMS.forEach((group) => {
    const id = conceptForms.length;
    conceptForms.push([...group]);
    conceptWeights.push(Math.max(...group.map(weightOf)));
    for (const lemma of group) conceptOfLemma.set(lemma, id);
  });
  // Negation is a stop word, but the cue "Harry wasn't real" says the opposite of "Harry is real":
  // in a cue it is one more word a text must have to say the cue in full (weighing nothing itself;
  // in statements, where "not" and "never" are everywhere, it is no word of the fact).
  const negation = conceptForms.length;
  conceptForms.push([]);
  conceptWeights.push(0);
  const used = new Set<number>();
  const conceptOf = (lemmas: readonly string[]): number => {
    for (const l of lemmas) {
      const id = conceptOfLemma.get(l);
      if (id !== undefined) return id;
    }
    const id = conceptForms.length;
    conceptForms.push([...lemmas]);
    conceptWeights.push(Math.max(...lemmas.map(weightOf)));
    for (const l of lemmas) conceptOfLemma.set(l, id);
    return id;
  };
  const phraseTrie = new WordTrie(SYNONYMS.flat().filter((p) => p.includes(" ") || p.includes(".")));
  const phrases = SYNONYMS.flat().filter((p) => p.includes(" ") || p.includes("."));

  /** The entities named in a text and the concepts of its other content words. */
  const analyse = (text: string, cue = false): { entities: number[]; concepts: number[] } => {
    const found = new Set<number>();
    const concepts = new Set<number>();
    let rest = text;
    const blank = (start: number, end: number) => {
      rest = rest.slice(0, start) + " ".repeat(end - start) + rest.slice(end);
    };
    // As when texts are linked: a name that is also a word counts only capitalised as the name ("ice
    // spear" is no sword called Ice), one that takes no plural only in the singular ("hounds" are
    // no Sandor), and a name inside a longer one is part of it ("Jon" in "Jon Arryn").
    const named: { start: number; end: number; entities: number[] }[] = [];
    nameTrie.scan(text, (p, start, end) => {
      const entities = drafts.get(nameKeys[p]!)!.names.filter((n) => (n.exact === undefined || end - start === n.exact) && capitalisedAs(text, start, end, n.capitals)).map((n) => n.entity);
      if (entities.length > 0) named.push({ start, end, entities });
    });
    for (const n of named) {
      if (named.some((o) => o !== n && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start)) continue;
      for (const e of n.entities) found.add(e);
      blank(n.start, n.end);
    }
    const afterNames = rest;
    phraseTrie.scan(afterNames, (p, start, end) => {
      concepts.add(conceptOfLemma.get(phrases[p]!)!);
      blank(start, end);
    });
    for (const lemmas of contentLemmas(rest)) concepts.add(conceptOf(lemmas));
    if (cue && NEGATED.test(rest)) concepts.add(negation);
    for (const c of concepts) used.add(c);
    return { entities: [...found], concepts: [...concepts] };
  };

  const characters = new Set(story.entities.filter((e) => e.type === "character").map((e) => e.id));
  const facts: LexFact[] = story.facts.map((f, index) => {
    const statement = analyse(f.statement);
    const cues: LexCue[] = f.cues.map((cue) => {
      const a = analyse(cue, true);
      const weight = a.concepts.reduce((s, c) => s + conceptWeights[c]!, 0);
      return { entities: a.entities, concepts: a.concepts, weight: a.concepts.length > 0 ? weight : ENTITY_CUE, proper: isProperName(cue) };
    }).filter((c) => c.concepts.length > 0 || c.entities.length > 0);
    const concepts = new Set([...statement.concepts, ...cues.flatMap((c) => c.concepts)]);
    concepts.delete(negation);
    return {
      fact: f,
      index,
      at: f.at.ord,
      entities: [...new Set(f.entities.map((id) => entityIndex.get(id)!))],
      cues: [...cues].sort((a, b) => b.weight - a.weight),
      kindBits: KIND_BITS[f.kind] ?? 0,
      statement: statement.concepts,
      statementWeight: statement.concepts.reduce((sum, c) => sum + conceptWeights[c]!, 0),
      concepts: [...concepts],
      castShare: new Set(f.entities.filter((id) => characters.has(id))).size / Math.max(1, characters.size),
    };
  });

  // Surface forms of every concept a fact uses.
  if (used.has(negation)) for (const f of NEGATIONS) term(f).concepts.push(negation);
  for (const c of used) {
    const forms = new Set<string>();
    for (const lemma of conceptForms[c]!) for (const f of lemma.includes(" ") ? inflectPhrase(lemma) : inflect(lemma)) forms.add(f);
    for (const f of forms) {
      const d = term(f);
      if (!d.concepts.includes(c)) d.concepts.push(c);
    }
  }
  GENERIC_CLASSES.forEach((cls, bit) => {
    for (const phrase of GENERIC[cls]) for (const f of phrase.includes(" ") ? inflectPhrase(phrase) : inflect(phrase)) term(f).generic |= 1 << bit;
  });

  term(story.work.title);
  const keys = [...drafts.keys()];
  const terms: Term[] = keys.map((k) => {
    const d = drafts.get(k)!;
    return { names: d.names, concepts: d.concepts, generic: d.generic };
  });
  const factsOf: number[][] = story.entities.map(() => []);
  const entityless: number[] = [];
  for (const f of facts) {
    if (f.entities.length === 0) entityless.push(f.index);
    for (const e of f.entities) factsOf[e]!.push(f.index);
  }
  const factsWithCue: number[][] = [];
  const factsOfConcept: number[][] = [];
  const factsWithEntityCue: number[][] = [];
  const note = (lists: number[][], key: number, f: number) => {
    const list = (lists[key] ??= []);
    if (!list.includes(f)) list.push(f);
  };
  for (const f of facts) {
    for (const c of f.concepts) note(factsOfConcept, c, f.index);
    for (const cue of f.cues) {
      if (cue.concepts.length >= 2) for (const c of cue.concepts) if (c !== negation) note(factsWithCue, c, f.index);
      if (cue.concepts.length === 0) for (const e of cue.entities) note(factsWithEntityCue, e, f.index);
    }
  }
  const actorsOf: string[][] = [];
  for (const c of story.work.cast) (actorsOf[entityIndex.get(c.character)!] ??= []).push(foldPattern(c.actor));
  return {
    story,
    actorsOf,
    pronouns: PRONOUN_TRIE,
    titleTag: foldPattern(story.work.title).replace(/[^\p{L}\p{N}]/gu, ""),
    titleTerm: keys.indexOf(foldPattern(story.work.title)),
    factsWithCue,
    factsOfConcept,
    factsWithEntityCue,
    someoneUnnamed: facts.some((f) => f.castShare >= POINTS.vagueShare),
    negation,
    trie: new WordTrie(keys),
    terms,
    entities,
    facts,
    factIndex,
    entityIndex,
    factsOf,
    entityless,
    conceptWeight: Float64Array.from(conceptWeights),
    conceptCount: conceptForms.length,
  };
}

/**
 * The facts a late name gives away: the entity's facts revealed at the name's position (the
 * reveal of the name itself; identity and twist facts first), else its next fact after it,
 * else any fact revealed there.
 */
function revealsOfName(story: Story, entity: string, at: number): string[] {
  const own = story.facts.filter((f) => f.entities.includes(entity));
  const same = own.filter((f) => f.at.ord === at);
  const identity = same.filter((f) => f.kind === "identity" || f.kind === "twist");
  if (identity.length > 0) return identity.map((f) => f.id);
  if (same.length > 0) return same.map((f) => f.id);
  const next = own.filter((f) => f.at.ord >= at).sort((a, b) => a.at.ord - b.at.ord)[0];
  if (next) return [next.id];
  return story.facts.filter((f) => f.at.ord === at).slice(0, 1).map((f) => f.id);
}

/** How a name must be capitalised in the text to count (see nameVariants). */
export const Capitals = {
  Any: 0,
  /** The last word starts with a capital: "Ghost", "the Mountain". */
  Last: 1,
  /** Every word but a/an/the starts with a capital: "No One", "a Girl". */
  Words: 2,
  /** Every letter is a capital: abbreviations such as "LF", "KL". */
  All: 3,
} as const;
export type Capitals = (typeof Capitals)[keyof typeof Capitals];

/** Tag count from which a one-word name is ordinary English unless capitalised ("Snow", "Summer"; not "ghost"). */
const COMMON_NAME = 10;
/** Tag count from which "the X" is an ordinary phrase unless X is capitalised ("the Boy"; not "the wall"). */
const COMMON_AFTER_THE = 100;
const ARTICLES = new Set(["a", "an", "the"]);

/**
 * The forms a name is matched in, and how each must be capitalised: as written; without spaces
 * (hashtags such as #NightKing); without a leading "the" ("the Hound" -> Hound); for groups, also
 * in the singular ("White Walkers" -> White Walker). Case does not matter except where the name
 * is also ordinary English: a one-word name that is a common word ("Snow", "Summer") must be
 * capitalised, and so must "the X" when X is very common ("the Boy"), a name made only of
 * function words or starting with "a" ("No One", "a girl"); a short abbreviation written in
 * capitals ("LF", "VS") must be in capitals.
 */
export function nameVariants(name: string, group = false): { form: string; capitals: Capitals }[] {
  const variants = nameForms(name);
  if (group) {
    // A group's name is usually plural; one member is named in the singular ("a White Walker", "the wight").
    const singular = name.replace(/(\p{L}+)$/u, (w) => (/men$/i.test(w) ? w.slice(0, -2) + "an" : /ies$/i.test(w) ? w.slice(0, -3) + "y" : /[^s]s$/i.test(w) ? w.slice(0, -1) : w));
    if (singular !== name) for (const v of nameForms(singular)) if (!variants.some((x) => x.form === v.form)) variants.push(v);
  }
  return variants;
}

function nameForms(name: string): { form: string; capitals: Capitals }[] {
  const folded = foldPattern(name);
  const out = new Map<string, Capitals>();
  const add = (form: string, capitals: Capitals) => {
    if (form.length < 2 || out.has(form)) return;
    out.set(form, capitals);
  };
  const letters = name.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters.length <= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    add(folded, Capitals.All);
    return [...out].map(([form, capitals]) => ({ form, capitals }));
  }
  const words = folded.split(" ");
  if (words.length === 1) {
    add(folded, commonness(folded) >= COMMON_NAME ? Capitals.Last : Capitals.Any);
    return [...out].map(([form, capitals]) => ({ form, capitals }));
  }
  const bare = words[0] === "the" ? words.slice(1).join(" ") : undefined;
  if (ARTICLES.has(words[0]!) && words[0] !== "the") add(folded, Capitals.Words);
  else if (words.every((w) => isFunctionWord(w))) add(folded, Capitals.Words);
  else if (bare !== undefined && !bare.includes(" ")) add(folded, commonness(bare, true) >= COMMON_AFTER_THE ? Capitals.Last : Capitals.Any);
  else add(folded, Capitals.Any);
  if (bare !== undefined) add(bare, bare.includes(" ") ? Capitals.Any : commonness(bare, true) >= COMMON_NAME ? Capitals.Last : Capitals.Any);
  for (const [form, capitals] of [...out]) {
    if (capitals !== Capitals.Any || !form.includes(" ")) continue;
    const joined = form.replace(/[ ']/g, "");
    if (joined.length >= 6) add(joined, Capitals.Any);
  }
  return [...out].map(([form, capitals]) => ({ form, capitals }));
}

/** Whether the matched text text[start, end) is capitalised as a name needs. */
export function capitalisedAs(text: string, start: number, end: number, capitals: Capitals): boolean {
  if (capitals === Capitals.Any) return true;
  const region = text.slice(start, end);
  if (capitals === Capitals.All) {
    const core = region.replace(/(?:e?s)$/, "");
    return core === core.toUpperCase();
  }
  const words = region.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const upper = (w: string) => w[0] !== w[0]!.toLowerCase();
  if (capitals === Capitals.Last) return words.length > 0 && upper(words.at(-1)!);
  return words.every((w) => ARTICLES.has(w.toLowerCase()) || upper(w));
}

/**
 * Whether a name is made of English words only ("little bird", "the hound"): in the plural it is
 * those words ("little birds" are Varys's spies, not Sansa).
 */
function isEnglishPhrase(form: string): boolean {
  return form.split(" ").every((w) => isFunctionWord(w) || isCommonWord(w));
}

const FUNCTION_WORDS = new Set("a an the no one none some any all of in on at to for by with from and or not nobody someone anyone everyone man girl boy".split(" "));

function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}

/**
 * Common misspellings of a name (of one or two words), one slip in one word of five letters or more: a letter left out
 * or doubled, two neighbours swapped, a vowel for another ("Jamie" for Jaime, "Daenarys",
 * "Targaryan", "Sasna"); a one-word compound split in two words ("little finger").
 */
export function typos(form: string): string[] {
  const out = new Set<string>();
  const words = form.split(" ");
  words.forEach((word, w) => {
    if (word.length < 5 || !/^[a-z]+$/.test(word)) return;
    const put = (variant: string) => out.add([...words.slice(0, w), variant, ...words.slice(w + 1)].join(" "));
    for (let i = 0; i < word.length; i++) {
      if (i > 0) put(word.slice(0, i) + word.slice(i + 1)); // never the first letter
      put(word.slice(0, i + 1) + word[i] + word.slice(i + 1));
      if (i > 0 && i + 1 < word.length && word[i] !== word[i + 1]) put(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      if (i > 0 && VOWELS.includes(word[i]!)) for (const v of VOWELS) if (v !== word[i]) put(word.slice(0, i) + v + word.slice(i + 1));
    }
  });
  // a compound name written as two words ("little finger")
  if (words.length === 1) {
    for (let i = 3; i <= form.length - 3; i++) {
      if (isCommonWord(form.slice(0, i)) && isCommonWord(form.slice(i))) out.add(`${form.slice(0, i)} ${form.slice(i)}`);
    }
  }
  out.delete(form);
  return [...out];
}

const VOWELS = "aeiouy";

let common: Map<string, number> | undefined;

function commonWords(): Map<string, number> {
  if (!common) {
    common = new Map();
    for (const item of COMMON_WORDS.split(" ")) {
      const colon = item.indexOf(":");
      common.set(item.slice(0, colon), parseInt(item.slice(colon + 1), 36));
    }
  }
  return common;
}

let englishWords: Set<string> | undefined;

/**
 * Whether a lower-case word is English at all (in WordNet, or a plural or verb form of a word
 * that is): a misspelling of a name that is a word ("throne", "twin") is that word.
 */
export function isEnglishWord(word: string): boolean {
  englishWords ??= new Set(ENGLISH_WORDS.split(" "));
  return orItsStem(word, (w) => englishWords!.has(w));
}

/** Whether a lower-case word is a common English word or a plural or verb form of one ("kills", "returned"). */
export function isCommonForm(word: string): boolean {
  return orItsStem(word, isCommonWord);
}

/** Whether a word, or the word it would be without a plural or verb ending, passes `has`. */
function orItsStem(word: string, has: (w: string) => boolean): boolean {
  return [word, word.replace(/s$/, ""), word.replace(/es$/, ""), word.replace(/ies$/, "y"), word.replace(/e?d$/, ""), word.replace(/ing$/, ""), word.replace(/ing$/, "e")].some(has);
}

/** A word common enough in English that, written in lower case, it is not taken for a name. */
export function isCommonWord(word: string): boolean {
  return commonness(word) > 0;
}

/**
 * SemCor tag count of a word (0 for words not in the common list); with `plural`, of its singular
 * too ("the Others" -> other). Not for one-word names: "Varys" is not a form of "vary".
 */
function commonness(word: string, plural = false): number {
  const words = commonWords();
  const exact = words.get(word);
  if (exact !== undefined || !plural) return exact ?? 0;
  return words.get(word.replace(/(?<=[^s])s$/, "")) ?? words.get(word.replace(/ies$/, "y")) ?? 0;
}

/** Two or more words, every one of them capitalised but function words ("of", "the"). */
function isProperName(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter((w) => !isFunctionWord(w));
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** 1 for rare words, down to about 0.5 for the most common (WordNet SemCor tag counts). */
function weightOf(lemma: string): number {
  const tags = commonWords().get(lemma) ?? 0;
  return 1 / (1 + Math.log10(1 + tags) / 3);
}

/**
 * Content words of a phrase as lemma candidates: wink-nlp's lemma, the word itself, and the
 * lemmas of an irregular form ("bent" -> bend). Stop words and punctuation are left out, and
 * so are adverbs in -ly ("finally", "secretly"): they say how or when, not what happens, and
 * are as much at home in talk about any scene ("Jon and Dany finally meet").
 */
function contentLemmas(text: string): string[][] {
  const nlp = english();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.normal) as string[];
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const types = tokens.out(its.type) as string[];
  const stop = tokens.out(its.stopWordFlag) as boolean[];
  const pos = tokens.out(its.pos) as string[];
  const out: string[][] = [];
  values.forEach((value, i) => {
    const type = types[i];
    if (stop[i] || (type !== "word" && type !== "number" && type !== "hashtag")) return;
    const word = value.toLowerCase().replace(/^#/, "");
    if (pos[i] === "ADV" && word.endsWith("ly")) return;
    if (word.length < 2 || word === "'s") return;
    const candidates = [...lemmasOfIrregular(word), lemmas[i]!.toLowerCase(), word];
    out.push([...new Set(candidates)]);
  });
  return out;
}
