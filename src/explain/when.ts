/**
 * Positions in words ("about 92 minutes in", "by the end of S07E03") and the parts of a work
 * that prose is grouped by: acts of a film, seasons or episodes of a series, chapters of a book.
 * Everything here depends on the work's public shape and the position alone.
 */
import type { Position } from "../model/position.ts";
import type { Story } from "../model/story.ts";

/** A position as an adverbial: "The twist lands about 92 minutes in." */
export function whenPhrase(story: Story, label: string): string {
  const approx = label.startsWith("~");
  const body = approx ? label.slice(1) : label;
  const about = approx ? "about " : "";
  if (body === "start") return "at the very start";
  switch (story.work.kind) {
    case "film": {
      if (body === "end") return "in the final moments";
      const minutes = /^(\d+)m$/.exec(body);
      if (minutes) return `${about}${minutes[1]} minute${minutes[1] === "1" ? "" : "s"} in`;
      return `${about}${body} in`;
    }
    case "series": {
      const m = /^(S\d+E\d+)(?:@(.+))?$/.exec(body);
      if (!m) return body === "end" ? "in the final episode" : `at ${label}`;
      return m[2] === undefined ? `in ${m[1]}` : `${about}${m[2]} into ${m[1]}`;
    }
    case "book": {
      if (body === "end") return "on the last page";
      const m = /^ch(\d+)(?:@(.+))?$/.exec(body);
      if (!m) return `${about}${Math.round(Number(body.replace("%", "")))}% of the way through`;
      if (m[2] === undefined) return `by the end of chapter ${m[1]}`;
      const share = Math.round(Number(m[2].replace("%", "")));
      return share === 50 ? `${about}halfway through chapter ${m[1]}` : `${about}${share}% of the way through chapter ${m[1]}`;
    }
  }
}

/** How far a reader has got, for "the story so far, up to …". */
export function upToPhrase(story: Story, at: Position): string {
  const label = at.label;
  const body = label.replace(/^~/, "");
  if (body === "start") return "the very start";
  switch (story.work.kind) {
    case "film":
      return whenPhrase(story, label);
    case "series": {
      const m = /^(S\d+E\d+)(?:@(.+))?$/.exec(body);
      if (!m) return label;
      return m[2] === undefined ? `the end of ${m[1]}` : whenPhrase(story, label);
    }
    case "book": {
      const m = /^ch(\d+)(?:@(.+))?$/.exec(body);
      if (m && m[2] === undefined) return `the end of chapter ${m[1]}`;
      return whenPhrase(story, label);
    }
  }
}

export interface Part {
  /** Stable and ordered: parts sort by key. */
  readonly key: number;
  readonly label: string;
}

const ACTS = ["Act one", "Act two", "Act three"];

/**
 * The part of the work an ord falls in: a film's act (the first quarter, the middle half, the
 * last quarter), a series' season (its episode when there is only one season), a book's chapter
 * (its third when there are more than eight chapters).
 */
export function partOf(story: Story, ord: number): Part {
  const share = story.scale.end.ord === 0 ? 0 : ord / story.scale.end.ord;
  const label = story.scale.format(ord);
  switch (story.work.kind) {
    case "film": {
      const act = share < 0.25 ? 0 : share < 0.75 ? 1 : 2;
      return { key: act, label: ACTS[act]! };
    }
    case "series": {
      const seasons = story.work.kind === "series" ? story.file.work.seasons ?? [] : [];
      const m = /S(\d+)E(\d+)/.exec(label);
      const season = m ? Number(m[1]) : ord === 0 ? seasons[0]?.number ?? 1 : seasons.at(-1)?.number ?? 1;
      if (seasons.length > 1) return { key: season, label: `Season ${season}` };
      const episodeNumber = m ? Number(m[2]) : ord === 0 ? 1 : seasons[0]?.episodes.at(-1)?.number ?? 1;
      const episode = seasons[0]?.episodes.find((e) => e.number === episodeNumber);
      return { key: episodeNumber, label: `Episode ${episodeNumber}${episode ? `: ${episode.title}` : ""}` };
    }
    case "book": {
      const chapters = story.file.work.chapters ?? [];
      if (chapters.length > 8) {
        const third = share < 1 / 3 ? 0 : share < 2 / 3 ? 1 : 2;
        return { key: third, label: ["The opening chapters", "The middle chapters", "The closing chapters"][third]! };
      }
      const m = /ch(\d+)/.exec(label);
      const chapter = m ? Number(m[1]) : ord === 0 ? chapters[0]?.number ?? 1 : chapters.at(-1)?.number ?? 1;
      return { key: chapter, label: `Chapter ${chapter}` };
    }
  }
}

/** What the work is called in prose: "the film", "the series", "the book". */
export function workNoun(story: Story): string {
  return story.work.kind === "series" ? "the series" : story.work.kind === "film" ? "the film" : "the book";
}
