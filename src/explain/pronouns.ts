/**
 * Which pronoun a character takes, inferred only from what the reader already knows: the words of
 * their known names and relations ("Adam's mother", "son of"), and the first pronoun after their
 * name in known facts that open with it ("Harry died alone in his flat"). Undecided means no
 * pronoun: the narrator then keeps the name.
 */

export type Gender = "he" | "she";

const WORDS: Record<Gender, RegExp> = {
  he: /\b(father|dad|brother|son|husband|king|lord|man|boy|uncle|nephew|prince|sir|ser|mr|grandfather|boyfriend|widower)\b/i,
  she: /\b(mother|mum|mom|sister|daughter|wife|queen|lady|woman|girl|aunt|niece|princess|mrs|miss|ms|grandmother|girlfriend|widow)\b/i,
};

const PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/i;

export interface GenderEvidence {
  /** The character's known names. */
  readonly names: readonly string[];
  /** Known relation labels, which describe the character: "son of", "wife of". */
  readonly relations: readonly string[];
  /** Known fact statements. */
  readonly statements: readonly string[];
}

export function inferGender(evidence: GenderEvidence): Gender | undefined {
  let he = 0;
  let she = 0;
  const vote = (g: Gender | undefined, weight = 1) => {
    if (g === "he") he += weight;
    if (g === "she") she += weight;
  };
  const wordGender = (text: string): Gender | undefined =>
    WORDS.he.test(text) && !WORDS.she.test(text) ? "he" : WORDS.she.test(text) && !WORDS.he.test(text) ? "she" : undefined;

  for (const name of evidence.names) {
    // "Adam's mother" is about the mother: only the head noun, after any possessive, counts.
    const head = name.split(/['’]s\s+/).at(-1)!;
    vote(wordGender(head), 3);
  }
  for (const label of evidence.relations) vote(wordGender(label.split(/\s+/)[0] ?? ""), 2);
  for (const statement of evidence.statements) {
    const name = evidence.names.find((n) => statement.startsWith(n) && !/^[\p{L}\p{N}]/u.test(statement.slice(n.length, n.length + 1)));
    if (!name) continue;
    const rest = statement.slice(name.length);
    // "Adam and Harry fall in love": the pronoun after a pair is not about one of them.
    if (/^\s+(and|or)\s/.test(rest) || /^['’]s\b/.test(rest)) continue;
    const pronoun = PRONOUN.exec(rest)?.[1]?.toLowerCase();
    if (pronoun) vote(/^(he|him|his|himself)$/.test(pronoun) ? "he" : "she");
  }
  if (he > 0 && he >= 2 * she) return "he";
  if (she > 0 && she >= 2 * he) return "she";
  return undefined;
}

export function pronounFor(gender: Gender | "they", role: "subject" | "object" | "possessive"): string {
  const table = {
    he: { subject: "he", object: "him", possessive: "his" },
    she: { subject: "she", object: "her", possessive: "her" },
    they: { subject: "they", object: "them", possessive: "their" },
  } as const;
  return table[gender][role];
}
