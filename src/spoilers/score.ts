/**
 * How evidence adds up. A sentence earns points towards each fact; it reveals a later fact when
 * the points reach THRESHOLD and beat every fact the reader already knows (text about what the
 * reader has seen is no spoiler). The weights are about language, not about any one story.
 */
export const POINTS = {
  /** A fact's entity named (or carried over by a pronoun). */
  entity: 1,
  /**
   * Someone a text naming no one speaks of, by a pronoun or in spoiler language ("He was dead
   * all along"), for a fact about at least `vagueShare` of the work's characters: in a film of
   * four people "he" is likely one of the fact's; in Game of Thrones "he" could be anyone.
   */
  vague: 0.5,
  vagueShare: 0.25,
  /** A second entity of the same fact. */
  secondEntity: 1,
  /** Two of a later fact's entities that no fact the reader knows has put together: they meet later. */
  newPair: 0.5,
  /** A text naming more entities than this is a list: a second entity adds nothing. */
  listOf: 4,
  /** A cue matched in full, times the cue's weight (1 per rare word, ~0.5 per common word). */
  cue: 1.5,
  /** Taken off a fact matched by its cue words alone, with none of its names. */
  cueAlone: 0.5,
  /** Each further concept of the fact's statement or cues, times its weight. */
  concept: 0.7,
  /** At most this much from further concepts. */
  conceptCap: 1.2,
  /** Up to this much more for saying most of the statement: from coverageFrom of its weight to all of it. */
  coverage: 2,
  coverageFrom: 0.3,
  /** Spoiler language of the fact's kind ("dies" for a death, "the twist" for a twist). */
  genericKind: 1.5,
  /** Any other spoiler language ("spoilers!") next to the fact's entities. */
  genericAny: 0.3,
  /** A name the reader cannot know yet. */
  lateName: 3,
  /** An entity the reader has not met yet. */
  unseen: 0.5,
  /** A known fact this many points ahead of a later one explains the text on its own. */
  clearlyKnown: 1,
  /** A span names the facts within this many points of its best one. */
  factMargin: 0.75,
  /** With a classifier: points from which the classifier's vote alone may flag a sentence. */
  classifierFloor: 1.8,
  /**
   * The classifier's vote counts from this score (or its own threshold, if higher): its threshold
   * is set for a 50% base rate of spoilers, and next to a story model it only breaks near-ties.
   */
  classifierVote: 0.65,
  /** Points from which a later fact counts as revealed. */
  threshold: 2.1,
};

/** Points to a 0..1 score: 0.5 at the threshold. */
export function scoreOf(points: number): number {
  return points <= 0 ? 0 : Math.round((points / (points + POINTS.threshold)) * 1000) / 1000;
}
