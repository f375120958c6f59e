import { timeline, type TimelineEvent } from "../../engine/index.ts";
import type { Position } from "../../model/position.ts";
import type { Story } from "../../model/story.ts";
import { html, type Html } from "../escape.ts";
import { shapeOf, spoken, type Shape } from "../position.ts";
import { workFrame } from "./frame.ts";

/**
 * The story curve: every showing of an event the reader has seen, by where it is shown (x)
 * against its place in the story's chronology (y). x spans the work's public runtime; y spans
 * only the placements revealed so far, so the chart's shape never hints at what comes later.
 */
const W = 960;
const LEFT = 86;
const RIGHT = 24;
const TOP = 28;
const AXIS = 40;
const BAND = 56;

interface Point {
  readonly x: number;
  readonly y: number;
  readonly event: TimelineEvent;
  readonly shownAt: string;
  readonly rank: number | undefined;
}

export function timelineChart(story: Story, at: Position): { svg: Html; placed: readonly TimelineEvent[]; unplaced: readonly TimelineEvent[]; shown: readonly TimelineEvent[] } {
  const byStory = timeline(story, at, "story");
  const byShown = timeline(story, at, "shown");
  const placed = byStory.events;
  const unplaced = byStory.unplaced;
  const shape = shapeOf(story);
  const n = placed.length;
  // Rows 28 px apart, squeezed together past 26 events so a long series still fits a screen.
  const plotH = Math.min(720, Math.max(160, (Math.max(n, 2) - 1) * 28));
  const H = TOP + plotH + AXIS + (unplaced.length ? BAND : 0) + 8;
  const plotW = W - LEFT - RIGHT;
  const xOf = (ord: number) => LEFT + shape.fraction(ord) * plotW;
  const yOf = (rank: number) => (n <= 1 ? TOP + plotH / 2 : TOP + ((rank - 1) / (n - 1)) * plotH);
  const ordOf = (label: string) => story.scale.parse(label).ord;
  const hereX = xOf(at.ord);

  const points: Point[] = placed.flatMap((e) => e.shown.map((s) => ({ x: xOf(ordOf(s)), y: yOf(e.storyRank!), event: e, shownAt: s, rank: e.storyRank })));
  points.sort((a, b) => a.x - b.x || a.y - b.y);
  const bandY = TOP + plotH + AXIS + BAND / 2 + 2;
  const loose: Point[] = unplaced.flatMap((e) => e.shown.map((s) => ({ x: xOf(ordOf(s)), y: bandY, event: e, shownAt: s, rank: undefined })));
  const curve = points.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(" ");
  const key = new Set(story.events.filter((e) => e.key).map((e) => e.id));
  const listIndex = new Map(placed.map((e, i) => [e.id, `ev-${i + 1}`]));
  unplaced.forEach((e, i) => listIndex.set(e.id, `evu-${i + 1}`));

  const svg = html`<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="group" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">
  <title id="chart-title">Story curve ${spoken(at, story)}</title>
  <desc id="chart-desc">Each dot is a moment the ${story.work.kind} shows an event: across, where it is shown; down, when it happens in the story, earliest at the top. Only what you have seen is plotted.</desc>
  <rect class="future" x="${hereX.toFixed(1)}" y="${TOP - 12}" width="${Math.max(0, W - RIGHT - hereX).toFixed(1)}" height="${plotH + 24}" rx="6"></rect>
  ${hereX < W - RIGHT - 60 ? html`<text class="future-label" x="${(hereX + (W - RIGHT - hereX) / 2).toFixed(1)}" y="${TOP + plotH / 2}" text-anchor="middle">Not seen yet</text>` : ""}
  <g class="axis">
    <line x1="${LEFT}" y1="${TOP + plotH + 14}" x2="${W - RIGHT}" y2="${TOP + plotH + 14}"></line>
    ${shape.ticks.map((t) => html`<g><line x1="${(LEFT + t.fraction * plotW).toFixed(1)}" y1="${TOP + plotH + 10}" x2="${(LEFT + t.fraction * plotW).toFixed(1)}" y2="${TOP + plotH + 18}"></line><text x="${(LEFT + t.fraction * plotW).toFixed(1)}" y="${TOP + plotH + 34}" text-anchor="middle">${t.label}</text></g>`)}
    <text class="axis-title" x="${LEFT - 14}" y="${TOP + 4}" text-anchor="end">earliest</text>
    <text class="axis-title" x="${LEFT - 14}" y="${TOP + plotH + 4}" text-anchor="end">latest</text>
    <text class="axis-title axis-y" x="${LEFT - 52}" y="${TOP + plotH / 2}" text-anchor="middle" transform="rotate(-90 ${LEFT - 52} ${TOP + plotH / 2})">story order</text>
  </g>
  <line class="here" x1="${hereX.toFixed(1)}" y1="${TOP - 14}" x2="${hereX.toFixed(1)}" y2="${TOP + plotH + 14}"></line>
  <text class="here-label" x="${hereX.toFixed(1)}" y="${TOP - 16}" text-anchor="${hereX > W - 120 ? "end" : hereX < LEFT + 60 ? "start" : "middle"}">you are here</text>
  ${n > 0 ? html`<path class="curve" d="${curve}"></path>` : ""}
  ${unplaced.length ? html`<g class="band"><text class="axis-title" x="${LEFT - 14}" y="${bandY + 4}" text-anchor="end">not placed</text><line x1="${LEFT}" y1="${bandY}" x2="${W - RIGHT}" y2="${bandY}"></line></g>` : ""}
  <g class="points">
    ${[...points, ...loose].map((p) => dot(p, key.has(p.event.id), listIndex.get(p.event.id)!, n <= 40))}
  </g>
</svg>`;
  return { svg, placed, unplaced, shown: byShown.events };
}

function dot(p: Point, key: boolean, anchor: string, numbered: boolean): Html {
  const detail = [p.event.summary, `Shown at ${p.shownAt}`, p.rank !== undefined ? `Story order ${p.rank}${p.event.when ? `: ${p.event.when}` : ""}` : "Order in the story not known"].join(" — ");
  return html`<a class="pt${key ? " key" : ""}${p.rank === undefined ? " unplaced" : ""}" href="#${anchor}" aria-label="${detail}" data-tip>
    <title>${detail}</title>
    <circle class="hit" cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="12"></circle>
    <circle class="mark" cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${key ? 6 : 4.5}"></circle>
    ${numbered && p.rank !== undefined ? html`<text x="${(p.x + 9).toFixed(1)}" y="${(p.y - 7).toFixed(1)}">${p.rank}</text>` : ""}
  </a>`;
}

/** The timeline page: the chart, then the same events as lists (the chart's text equivalent). */
export function timelinePage(story: Story, at: Position): Html {
  const { svg, placed, unplaced, shown } = timelineChart(story, at);
  const body = html`<section aria-labelledby="tl-title" class="timeline">
  <h2 id="tl-title">Timeline</h2>
  <p class="lede">How the ${story.work.kind} tells its story against the order things happen, as far as you have seen. A line that climbs back up means the ${story.work.kind} has gone back in time.</p>
  <figure class="chart-figure">
    <div class="chart-scroll" tabindex="0" aria-label="Story curve, scrolls sideways">${svg}</div>
    <div class="chart-tip" role="status" aria-live="polite" hidden data-chart-tip></div>
    <figcaption>Across: where it is shown (${shapeUnit(shapeOf(story))}). Down: when it happens in the story, earliest first. ${placed.length ? "Large dots are key events." : ""}</figcaption>
  </figure>
  ${shown.length === 0
    ? html`<div class="empty"><p>Nothing has happened on screen yet. Move your position forward and events appear here as the ${story.work.kind} shows them.</p></div>`
    : html`<div class="tl-lists">
    <section aria-labelledby="story-order-title">
      <h3 id="story-order-title">In story order</h3>
      ${placed.length === 0 ? html`<p class="empty">The ${story.work.kind} has not yet told you when any of what you have seen happens.</p>` : html`<ol class="events">
        ${placed.map((e, i) => html`<li id="ev-${i + 1}"><span class="rank" aria-hidden="true">${e.storyRank}</span><div><p>${e.summary}</p><p class="small">${e.when ? html`<span class="when">${e.when}</span> · ` : ""}shown at ${e.shown.join(", ")}</p></div></li>`)}
      </ol>`}
      ${unplaced.length ? html`<h4>Not placed in story order</h4><ul class="events loose">${unplaced.map((e, i) => html`<li id="evu-${i + 1}"><div><p>${e.summary}</p><p class="small">shown at ${e.shown.join(", ")}</p></div></li>`)}</ul>` : ""}
    </section>
    <section aria-labelledby="shown-order-title">
      <h3 id="shown-order-title">In the order shown</h3>
      <ol class="events shown-order">
        ${shown.map((e) => html`<li><span class="at">${e.shown[0]}</span><div><p>${e.summary}</p>${e.shown.length > 1 ? html`<p class="small">shown again at ${e.shown.slice(1).join(", ")}</p>` : ""}</div></li>`)}
      </ol>
    </section>
  </div>`}
</section>`;
  return workFrame({ story, at, section: "timeline", body });
}

function shapeUnit(shape: Shape): string {
  return { minute: "minutes", season: "seasons", episode: "episodes", chapter: "chapters" }[shape.unit] ?? shape.unit;
}
