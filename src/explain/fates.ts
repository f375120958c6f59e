/**
 * What became of a character, for "Are they OK?": who a known death fact says died (by simple
 * clause patterns over the statement, with names the reader knows), a later return from the
 * dead, or else the character's known `fate` facet. Heuristic, and only ever over known text.
 */
import type { KnownFact, Reading } from "../engine/index.ts";
import { cites, type Cites } from "./article.ts";
import { asSentence, lowerFirst } from "./prose.ts";
import type { ReaderView } from "./view.ts";

const DIES = /\b(dies|died|is dead|was dead|lies dead|is killed|was killed|is murdered|was murdered|is executed|was executed|is beheaded|was beheaded|drowns|drowned|perishes|perished|is slain|was slain|to death)\b/;
const KILLS = /\b(kills|killed|killing|murders|murdered|stabs|stabbed|shoots|shot|strangles|strangled|poisons|poisoned|beheads|beheaded|executes|executed|burns|burned|hangs|hanged)\b/;
/** Between a killing verb and its victims: only names, articles and list punctuation. */
const VICTIM_LIST = /^[\s,]*(?:(?:the|and|his|her|their|young|old|both|\p{Lu}[\p{L}'’-]*)[\s,]+)*$/u;
const RETURNS = /\b(back to life|resurrect\w*|revived|brought back|returns from the dead)\b/;
const DEATH_WORDS = /\b(dies|died|dead|killed|murdered|beheaded|executed|hanged|drowned|poisoned|perishes|slain|to death)\b/i;

/**
 * The characters a death fact says died: the first character named in a clause when "dies", "is
 * killed"… follows with no killing verb and no other character between, or the characters listed
 * right after a killing verb ("kills Tywin", "killing the High Sparrow, Margaery and Loras", not
 * "kills Daenerys's son").
 */
export function victimsOf(view: ReaderView, text: string): string[] {
  const out = new Set<string>();
  const namedIn = (part: string) =>
    view.cast.characters
      .flatMap((c) => c.names.map((n) => ({ id: c.id, n, m: new RegExp(`(^|[^\\p{L}])(${escapeRegExp(n)})(?![\\p{L}])`, "u").exec(part) })))
      .flatMap((x) => (x.m ? [{ id: x.id, n: x.n, at: x.m.index + x.m[1]!.length }] : []))
      .sort((a, b) => a.at - b.at || b.n.length - a.n.length);
  for (const clause of text.split(/[;:.!?]/)) {
    // "X …, Y dies": the subject of a comma-separated part, unless the part is a relative clause.
    for (const part of clause.split(",")) {
      if (/^\s*(who|which|whose|whom)\b/.test(part)) continue;
      const [first, ...others] = namedIn(part);
      if (!first) continue;
      const after = part.slice(first.at + first.n.length);
      const dies = DIES.exec(after);
      if (!dies || /^['’]s/.test(after) || KILLS.test(after.slice(0, dies.index))) continue;
      const end = first.at + first.n.length + dies.index;
      if (others.some((o) => o.id !== first.id && o.at > first.at && o.at < end)) continue;
      out.add(first.id);
    }
    // "kills X", "killing the High Sparrow, Margaery and Loras".
    for (const x of namedIn(clause)) {
      const before = clause.slice(0, x.at);
      const kill = [...before.matchAll(new RegExp(KILLS.source, "g"))].at(-1);
      if (kill && VICTIM_LIST.test(before.slice(kill.index! + kill[0].length)) && !/^['’]s/.test(clause.slice(x.at + x.n.length))) out.add(x.id);
    }
  }
  return [...out];
}

/** The two characters the ending and the twists are most about, the one who dies first. */
export function centralPair(view: ReaderView): string[] {
  const counts = new Map<string, number>();
  const about = view.facts.filter((f) => f.kind === "ending" || f.kind === "twist" || f.kind === "death");
  const people = new Set(view.cast.characters.map((c) => c.id));
  for (const f of about) for (const id of f.entities) if (people.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const dead = new Set(deaths(view).keys());
  return [...counts]
    .sort((a, b) => b[1] - a[1] || Number(dead.has(b[0])) - Number(dead.has(a[0])) || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([id]) => id)
    .sort((a, b) => Number(dead.has(b)) - Number(dead.has(a)));
}

/** Known death facts by the characters they say died. */
export function deaths(view: ReaderView): Map<string, KnownFact[]> {
  const out = new Map<string, KnownFact[]>();
  for (const f of view.facts.filter((x) => x.kind === "death")) {
    for (const who of victimsOf(view, f.statement)) out.set(who, [...(out.get(who) ?? []), f]);
  }
  return out;
}

export interface Fate {
  readonly dead: boolean;
  readonly sentences: readonly string[];
  readonly cites: Cites;
}

/** What became of a character, from known death facts (and a return from the dead), else their fate facet. */
export function fateOf(view: ReaderView, id: string, died: ReadonlyMap<string, readonly KnownFact[]>, opener: string): Fate {
  const character = view.characters.find((c) => c.id === id)!;
  const facts = died.get(id) ?? [];
  const telling = facts.find((f) => f.overturns?.length) ?? facts.at(-1);
  const fate = character.facets.filter((f) => /^(fate|death)$/i.test(f.label)).at(-1);
  if (telling) {
    const back = view.facts.find((f) => view.ord(f.at) > view.ord(telling.at) && f.entities.includes(id) && RETURNS.test(f.statement));
    if (back) {
      return { dead: false, sentences: [`${character.name} died and came back. ${asSentence(telling.statement)} ${asSentence(back.statement)}`], cites: cites({ facts: [telling.id, back.id] }) };
    }
    // Still present after dying (a ghost, a memory): dead, but not gone.
    const after = view.facts.some((f) => f.kind === "ending" && f.entities.includes(id) && view.ord(f.at) > view.ord(telling.at));
    return { dead: true, sentences: [`${opener} ${character.name}${after ? ", not in the ordinary sense" : ""}. ${asSentence(telling.statement)}`], cites: cites({ facts: [telling.id] }) };
  }
  if (fate && DEATH_WORDS.test(fate.text)) {
    const back = view.facts.find((f) => view.ord(f.at) > view.ord(fate.at) && f.entities.includes(id) && RETURNS.test(f.statement));
    if (back) return { dead: false, sentences: [`${character.name} died and came back. ${asSentence(back.statement)}`], cites: cites({ facts: [back.id] }) };
    return { dead: true, sentences: [`${opener} ${character.name}. ${character.name}'s fate: ${lowerFirst(asSentence(fate.text), view.proper)}`], cites: cites({}) };
  }
  return { dead: false, sentences: [], cites: cites({}) };
}

/** Whether a reading says a character is dead: "Adam dead all along", "Adam himself is dead". */
export function saysDead(r: Reading, names: readonly string[]): boolean {
  return names.some((n) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(n)}\\s+(\\p{L}+\\s+){0,2}(is\\s+|was\\s+)?dead\\b`, "u").test(`${r.name}. ${r.summary}`));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
