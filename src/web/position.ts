import { isAfterimageError } from "../model/errors.ts";
import type { Position } from "../model/position.ts";
import type { Story } from "../model/story.ts";

/**
 * The reader's position on the web: parsing `?at=`, the stops of the progress slider and the
 * horizontal axis of the timeline chart. Everything here comes from the work's public shape
 * (runtime, episode list, chapter count), never from what the story reveals.
 */

export type Parsed = { ok: true; at: Position } | { ok: false; message: string };

export function parseAt(story: Story, text: string | undefined): Parsed {
  if (text === undefined || text.trim() === "") return { ok: true, at: story.scale.start };
  try {
    return { ok: true, at: story.scale.parse(text) };
  } catch (e) {
    if (isAfterimageError(e)) return { ok: false, message: e.message };
    throw e;
  }
}

export interface Stop {
  readonly label: string;
  readonly ord: number;
}

interface Segment {
  readonly from: number;
  readonly to: number;
  /** Where the segment's content ends (an episode's runtime); later ords in it map to its end. */
  readonly contentEnd: number;
  readonly weight: number;
  readonly label: string;
}

export interface Shape {
  /** Slider stops, first is the start and last the end. */
  readonly stops: readonly Stop[];
  /** 0..1 across the work. */
  fraction(ord: number): number;
  /** Axis ticks: labelled points across the work. */
  readonly ticks: readonly { label: string; fraction: number }[];
  /** What a unit of the axis is called, for the chart's caption. */
  readonly unit: string;
}

const shapes = new WeakMap<Story, Shape>();

export function shapeOf(story: Story): Shape {
  let shape = shapes.get(story);
  if (!shape) {
    shape = build(story);
    shapes.set(story, shape);
  }
  return shape;
}

function build(story: Story): Shape {
  const { scale } = story;
  const w = story.file.work;
  let stops: Stop[];
  let segments: Segment[];
  let ticks: { label: string; ord: number }[];
  let unit: string;
  if (scale.kind === "series" && w.seasons) {
    const episodes = w.seasons.flatMap((s) => s.episodes.map((e) => ({ season: s.number, code: `S${pad(s.number)}E${pad(e.number)}`, runtime: e.runtime ?? 60 })));
    segments = episodes.map((e) => {
      const from = scale.parse(`${e.code}@0:00`).ord;
      return { from, to: scale.parse(e.code).ord, contentEnd: from + e.runtime * 60, weight: e.runtime, label: e.code };
    });
    stops = [{ label: "start", ord: scale.start.ord }, ...segments.map((s) => ({ label: s.label, ord: s.to }))];
    const seasonStarts = w.seasons.map((s) => ({ label: `S${pad(s.number)}`, ord: scale.parse(`S${pad(s.number)}E${pad(s.episodes[0]!.number)}@0:00`).ord }));
    ticks = w.seasons.length > 1 ? seasonStarts : segments.map((s) => ({ label: s.label.slice(3), ord: s.from }));
    unit = w.seasons.length > 1 ? "season" : "episode";
  } else if (scale.kind === "book" && w.chapters) {
    segments = [{ from: 0, to: scale.end.ord, contentEnd: scale.end.ord, weight: 1, label: "" }];
    stops = [{ label: "start", ord: 0 }, ...w.chapters.map((c) => ({ label: scale.format(scale.parse(`ch${c.number}`).ord), ord: scale.parse(`ch${c.number}`).ord }))];
    const every = Math.max(1, Math.ceil(w.chapters.length / 10));
    ticks = w.chapters
      .filter((_, i) => i % every === 0)
      .map((c) => ({ label: `ch${c.number}`, ord: scale.parse(`ch${c.number}@0%`).ord }));
    unit = "chapter";
  } else {
    const end = scale.end.ord;
    segments = [{ from: 0, to: end, contentEnd: end, weight: 1, label: "" }];
    stops = [];
    for (let s = 0; s < end; s += 60) stops.push({ label: scale.format(s), ord: s });
    stops.push({ label: "end", ord: end });
    const minutes = end / 60;
    const step = minutes > 150 ? 30 : minutes > 40 ? 15 : 5;
    ticks = [];
    for (let m = 0; m <= minutes; m += step) ticks.push({ label: m === 0 ? "0m" : `${m}m`, ord: m * 60 });
    unit = "minute";
  }
  const total = segments.reduce((sum, s) => sum + s.weight, 0);
  const fraction = (ord: number): number => {
    let before = 0;
    for (const s of segments) {
      if (ord <= s.to) {
        const within = ord <= s.from ? 0 : Math.min(1, (ord - s.from) / Math.max(1, s.contentEnd - s.from));
        return (before + within * s.weight) / total;
      }
      before += s.weight;
    }
    return 1;
  };
  return { stops, fraction, ticks: ticks.map((t) => ({ label: t.label, fraction: fraction(t.ord) })), unit };
}

/** The index of the last stop at or before `ord`. */
export function stopIndex(shape: Shape, ord: number): number {
  let index = 0;
  shape.stops.forEach((s, i) => {
    if (s.ord <= ord) index = i;
  });
  return index;
}

/** "at ~47m", "at the start", "at the end": for sentences. */
export function spoken(at: Position | string, story: Story): string {
  const label = typeof at === "string" ? at : at.label;
  if (label === "start") return "at the start";
  if (label === "end" || label === story.scale.end.label) return "at the end";
  return `at ${label}`;
}

export function isEnd(story: Story, at: Position): boolean {
  return at.ord >= story.scale.end.ord;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
