/**
 * The narrator: composes the model's sentences into paragraphs in which no two sentences open
 * with the same word: a pronoun stands in for a repeated subject when unambiguous, otherwise a
 * connective suited to the gap in time (or to an order of importance) takes over. Deterministic.
 */
import { NO_CITES, mergeCites, type Cites } from "./article.ts";
import { pronounFor, type Gender } from "./pronouns.ts";
import { asSentence, capitalise, firstWord, lowerFirst, smooth } from "./prose.ts";

/** A sentence to narrate, with what it is about so that a pronoun can stand in for a name. */
export interface Line {
  readonly text: string;
  /** Position ord, to choose a connective ("at the same time" vs "later"). */
  readonly ord: number;
  readonly cites: Cites;
}

export interface Cast {
  /** Known names of each character the reader has met, longest first, with their gender if known. */
  readonly characters: readonly { id: string; names: readonly string[]; gender?: Gender }[];
  readonly proper: ReadonlySet<string>;
}

const LATER = ["Then", "Later,", "Soon after,", "After that,", "Before long,", "Next,", "Eventually,", "In time,", "From there,"];
const SAME_TIME = ["At the same time,", "Meanwhile,", "In the same stretch,", "Alongside that,"];
/** For sentences in order of importance rather than time: no "then". */
const ALSO = ["Also,", "What is more,", "Besides,", "On top of that,", "Just as important,"];
const MAX_SENTENCES = 5;

export type Ordering = "time" | "importance";

interface Subject {
  readonly key: string;
  /** Characters named in the subject: one for "Adam", two for "Adam and Harry". */
  readonly ids: readonly string[];
  readonly possessive: boolean;
  /** How many characters of the text the subject's name(s) take. */
  readonly length: number;
}

/** The character(s) a sentence opens with: "Adam …", "Adam's …", "Adam and Harry …". */
export function subjectOf(text: string, cast: Cast): Subject | undefined {
  const opening = (from: string) => {
    for (const c of cast.characters) {
      for (const n of c.names) {
        if (from.startsWith(n) && !/^[\p{L}\p{N}]/u.test(from.slice(n.length, n.length + 1))) return { id: c.id, length: n.length };
      }
    }
    return undefined;
  };
  const first = opening(text);
  if (!first) return undefined;
  const rest = text.slice(first.length);
  if (rest.startsWith(" and ")) {
    const second = opening(rest.slice(5));
    if (!second || second.id === first.id || /^['’]s\b/.test(rest.slice(5 + second.length))) return undefined;
    const ids = [first.id, second.id].sort();
    return { key: ids.join("+"), ids, possessive: false, length: first.length + 5 + second.length };
  }
  const possessive = /^['’]s\s/.test(rest);
  return { key: first.id, ids: [first.id], possessive, length: first.length + (possessive ? 2 : 0) };
}

const GENDERED: Record<Gender, RegExp> = {
  he: /\b(he|him|his|father|dad|brother|son|husband|king|lord|man|boy|uncle|nephew|prince|sir|ser)\b/i,
  she: /\b(she|her|hers|mother|mum|mom|sister|daughter|wife|queen|lady|woman|girl|aunt|niece|princess)\b/i,
};

/**
 * Composes sentences into paragraphs of at most five, in the order given. A sentence that opens
 * like an earlier one in its paragraph gets a pronoun (when it has the same subject as the one
 * before and the pronoun is unambiguous) or else a connective suited to the gap in time.
 */
export class Narrator {
  private turn = 0;
  constructor(private readonly cast: Cast) {}

  paragraphs(lines: readonly Line[]): { text: string; cites: Cites }[] {
    const count = Math.ceil(lines.length / MAX_SENTENCES);
    const size = Math.ceil(lines.length / Math.max(count, 1));
    const out: { text: string; cites: Cites }[] = [];
    for (let i = 0; i < lines.length; i += size) {
      const chunk = lines.slice(i, i + size);
      out.push({ text: this.paragraph(chunk), cites: mergeCites(NO_CITES, ...chunk.map((l) => l.cites)) });
    }
    return out;
  }

  paragraph(lines: readonly Line[], ordering: Ordering = "time"): string {
    const used = new Set<string>();
    const out: string[] = [];
    let previous: { line: Line; subject: Subject | undefined; text: string } | undefined;
    for (const line of lines) {
      const text = asSentence(line.text);
      const subject = subjectOf(text, this.cast);
      const options = [text];
      const pronounForm = previous && this.withPronoun(text, subject, previous.subject, previous.text);
      if (pronounForm) options.unshift(pronounForm);
      let chosen = options.find((o) => !used.has(firstWord(o)));
      if (!chosen) {
        const base = options[0]!;
        const pool = ordering === "importance" ? ALSO : previous && previous.line.ord === line.ord ? SAME_TIME : LATER;
        chosen = this.connected(base, pool, used);
      }
      // A statement may hold more than one sentence: every opening in it counts as used.
      chosen = smooth(chosen, this.cast.proper, used);
      out.push(chosen);
      previous = { line, subject, text };
    }
    return out.join(" ");
  }

  private connected(text: string, pool: readonly string[], used: ReadonlySet<string>): string {
    const all = pool === ALSO ? ALSO : [...pool, ...LATER];
    for (let k = 0; k < all.length; k++) {
      const connective = all[(this.turn + k) % all.length]!;
      if (!used.has(firstWord(connective))) {
        this.turn++;
        return `${connective} ${lowerFirst(text, this.cast.proper)}`;
      }
    }
    return text;
  }

  /** "Adam tells …" after a sentence about Adam becomes "He tells …"; "Adam and Harry …" becomes "They …". */
  private withPronoun(text: string, subject: Subject | undefined, before: Subject | undefined, beforeText: string): string | undefined {
    if (!subject || !before || subject.key !== before.key || before.possessive) return undefined;
    const rest = text.slice(subject.length);
    if (subject.ids.length === 2) return subject.possessive ? undefined : `They${rest}`;
    const character = this.cast.characters.find((c) => c.id === subject.ids[0]);
    const gender = character?.gender;
    if (!gender) return undefined;
    // Another person of the same gender in the sentence before would make the pronoun ambiguous.
    const others = this.cast.characters.filter((c) => c.id !== character.id && c.gender === gender);
    const mentioned = others.some((c) => c.names.some((n) => beforeText.includes(n)));
    const beforeRest = beforeText.slice(before.length);
    if (mentioned || GENDERED[gender].test(beforeRest.replace(new RegExp(`\\b(${gender === "he" ? "he|him|his|himself" : "she|her|hers|herself"})\\b`, "gi"), ""))) return undefined;
    return `${capitalise(pronounFor(gender, subject.possessive ? "possessive" : "subject"))}${subject.possessive ? rest.replace(/^['’]s/, "") : rest}`;
  }
}
