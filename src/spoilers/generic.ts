/**
 * Spoiler language that does not depend on the story: how people say that someone died, that
 * something turned out otherwise, or how it ends. On its own it flags nothing; in a sentence
 * that also touches the work's entities it adds to the facts of the matching kind.
 */
export type GenericClass = "death" | "twist" | "ending" | "spoiler";

export const GENERIC: Readonly<Record<GenericClass, readonly string[]>> = {
  death: ["die", "dead", "death", "kill", "killed", "murder", "slay", "slain", "rip", "r.i.p", "perish", "pass away", "funeral", "execute", "executed", "behead", "corpse", "was dead all along"],
  twist: ["turn out", "twist", "plot twist", "reveal", "revealed", "revelation", "all along", "secretly", "real identity", "true identity", "it was", "not who", "never existed", "never happened", "was a ghost", "in his head", "in her head", "big reveal"],
  ending: ["ending", "the end", "in the end", "finale", "last episode", "final episode", "final scene", "last scene", "final shot", "ends with", "end up", "at the end"],
  spoiler: ["spoiler", "spoilers", "spoiler alert", "spoiled"],
};

/** Which fact kinds a class of spoiler language speaks to. */
export const GENERIC_KINDS: Readonly<Record<GenericClass, readonly string[]>> = {
  death: ["death"],
  twist: ["twist", "identity", "backstory"],
  ending: ["ending"],
  spoiler: [],
};

export const GENERIC_CLASSES = Object.keys(GENERIC) as GenericClass[];

/** The bits of death and of ending language in a set of generic classes. */
export const DEATH_BIT = 1 << GENERIC_CLASSES.indexOf("death");
export const ENDING_BIT = 1 << GENERIC_CLASSES.indexOf("ending");

/** Pronouns that let a sentence carry over the entities of the sentence before it. */
export const PRONOUNS: readonly string[] = ["he", "she", "they", "him", "her", "his", "hers", "them", "their", "theirs", "it", "its", "himself", "herself", "themselves"];

/** The pronouns among PRONOUNS that stand for people: "it" is as often the film, or nothing. */
export const PERSONAL: ReadonlySet<number> = new Set(PRONOUNS.flatMap((p, i) => (p.startsWith("it") ? [] : [i])));
