/**
 * explain(work, {at, length}): an "ending explained" article for a reader who has finished, a
 * spoiler-safe recap for anyone else. Pure and deterministic: templates over the story model.
 */
import { AfterimageError } from "../model/errors.ts";
import type { Position } from "../model/position.ts";
import type { Story } from "../model/story.ts";
import { articleWords, RECAP_LENGTHS, type Article, type RecapLength } from "./article.ts";
import { endingArticle } from "./ending.ts";
import { recapArticle } from "./recap.ts";
import type { RelatedCandidate } from "./related.ts";
import { readerView } from "./view.ts";

export interface ExplainOptions {
  /** The reader's position: a Position, or text in the work's syntax ("47m", "S07E03"). */
  readonly at: Position | string;
  /** Recap budget (ignored at the end): short ≈ 80, medium ≈ 200 (default), long ≈ 500 words. */
  readonly length?: RecapLength;
  /** Other works, for "related works" by shared non-spoiler tags (ending article only). */
  readonly related?: readonly RelatedCandidate[];
}

export function isRecapLength(value: unknown): value is RecapLength {
  return typeof value === "string" && (RECAP_LENGTHS as readonly string[]).includes(value);
}

export function explain(story: Story, options: ExplainOptions): Article {
  const at = typeof options.at === "string" ? story.scale.parse(options.at) : options.at;
  const length = options.length ?? "medium";
  if (!isRecapLength(length)) {
    throw new AfterimageError("invalid-input", `length must be one of ${RECAP_LENGTHS.join(", ")}, not \`${String(length)}\``);
  }
  const view = readerView(story, at);
  const drafted = view.finished ? endingArticle(view, options.related ?? []) : recapArticle(view, length);
  return {
    kind: view.finished ? "ending" : "recap",
    work: { id: story.work.id, title: story.work.title, kind: story.work.kind, year: story.work.year },
    at: at.label,
    ...(view.finished ? {} : { length }),
    headline: drafted.headline,
    standfirst: drafted.standfirst,
    sections: drafted.sections,
    words: articleWords(drafted),
  };
}
