/**
 * Headlines and standfirsts. A recap's are templates over the title and the reader's position
 * only, so they can never say that a twist exists, that someone dies or that anything is not what
 * it seems; the ending's are built from which sections the article has.
 */
import { capitalise, listJoin, plural } from "./prose.ts";
import type { ReaderView } from "./view.ts";
import { upToPhrase } from "./when.ts";

/** Words no headline or standfirst produced before the end may contain (checked in tests). */
export const SPOILER_HEADLINE_WORDS = [
  "twist", "twists", "dies", "died", "dead", "death", "killed", "kills", "murder", "ghost", "reveal", "revealed",
  "secret", "truth", "really", "not what it seems", "all along", "shocking", "ending",
];

export function recapHeadline(view: ReaderView): string {
  return view.at.ord === 0 ? `${view.work.title}: before you start` : `${view.work.title}: the story so far (to ${view.at.label})`;
}

export function recapStandfirst(view: ReaderView): string {
  return view.at.ord === 0
    ? `What you know going in, and nothing more.`
    : `A catch-up on ${view.noun} up to ${upToPhrase(view.story, view.at)}, most important first; nothing after.`;
}

export interface EndingShape {
  readonly twists: number;
  readonly readings: number;
  readonly creator?: string | undefined;
}

export function endingHeadline(view: ReaderView, shape: EndingShape): string {
  const parts = ["what happened", ...(shape.readings > 0 ? ["what is real"] : []), ...(shape.creator ? [`what ${shape.creator} says`] : [])];
  return `${view.work.title} ending explained: ${listJoin(parts)}`;
}

export function endingStandfirst(view: ReaderView, shape: EndingShape, twistAt?: string): string {
  const parts = [
    `the whole story in the order ${view.noun} shows it and in the order it happens`,
    ...(shape.twists > 0 && twistAt ? [`the twist ${view.when(twistAt)}`] : []),
    ...(shape.readings > 0 ? [`${plural(shape.readings, "reading")} of what is real`] : []),
    "the questions readers ask",
  ];
  return `${capitalise(view.noun)} from start to finish (${view.work.title}, ${view.work.year}): ${listJoin(parts)}.`;
}
