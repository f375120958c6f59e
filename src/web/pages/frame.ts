import type { Position } from "../../model/position.ts";
import type { Story } from "../../model/story.ts";
import { workAt } from "../../engine/index.ts";
import { html, type Html, type Renderable } from "../escape.ts";
import { layout } from "../layout.ts";
import { isEnd, shapeOf, stopIndex } from "../position.ts";
import { workUrl, type Section } from "../urls.ts";

const KIND_WORD = { film: "film", series: "series", book: "book" } as const;

export const SYNTAX_HINT = {
  film: "Minutes like 47m, a time like 1:31:00, or a share like 87%.",
  series: "An episode like S01E03, a time in one like S01E03@12:30, or a season like S02.",
  book: "A chapter like ch12, a point in one like ch12@50%, or a share like 45%.",
} as const;

const TABS: readonly { section: Section; label: string }[] = [
  { section: "", label: "What you know" },
  { section: "timeline", label: "Timeline" },
  { section: "recap", label: "Recap" },
  { section: "ask", label: "Ask" },
  { section: "check", label: "Check a text" },
  { section: "ending", label: "Ending explained" },
];

export interface FrameOptions {
  readonly story: Story;
  /** The reader's position; undefined when the requested one could not be read. */
  readonly at: Position | undefined;
  /** What the reader typed when it could not be read. */
  readonly typed?: string;
  readonly error?: string;
  readonly section: Section;
  readonly body: Renderable;
}

/** The frame around every work page: title, credits, the progress control and the section tabs. */
export function workFrame(o: FrameOptions): Html {
  const { story, at, section } = o;
  const w = story.work;
  const here = at ?? story.scale.start;
  const cast = workAt(story, here).cast.map((c) => ({ actor: c.actor, as: c.name }));
  const directors = w.creators.filter((c) => /^(director|co-director|creator|co-creator|author|showrunner)$/i.test(c.role.trim()));
  const byline = [...new Map(directors.map((c) => [c.name, c])).values()].slice(0, 3);
  const label = at ? (isEnd(story, here) ? "the end" : here.label === "start" ? "the start" : here.label) : undefined;
  const inner = html`<div class="work-head">
  <div class="wrap">
    <p class="eyebrow">${KIND_WORD[w.kind]} · ${w.year}${byline.length ? html` · ${byline.map((c, i) => html`${i ? ", " : ""}${c.name}`)}` : ""}</p>
    <h1 class="work-title"><a href="${workUrl(w.id, "", here.label)}">${w.title}</a></h1>
    ${castLine(cast)}
  </div>
</div>
${progressControl(story, here, section, o.typed, o.error)}
<nav class="tabs" aria-label="Sections of ${w.title}">
  <div class="wrap"><ul>
  ${TABS.map((t) => {
    const locked = t.section === "ending" && !isEnd(story, here);
    return html`<li><a href="${workUrl(w.id, t.section, here.label)}"${t.section === section ? html` aria-current="page"` : ""}${locked ? html` class="locked" title="Opens when you reach the end"` : ""}>${t.label}</a></li>`;
  })}
  </ul></div>
</nav>
<div class="wrap content">
${o.body}
</div>`;
  return layout({
    title: label ? `${w.title} at ${label}${section ? ` · ${TABS.find((t) => t.section === section)!.label}` : ""}` : w.title,
    description: w.logline,
    page: section || "work",
    noindex: true,
    body: inner,
    safeNote: label ? html`Everything on this page is limited to what <cite>${w.title}</cite> reveals by ${label}.` : undefined,
  });
}

const CAST_SHOWN = 5;

/** The cast the reader has met; a long one folds away after the first few. */
function castLine(cast: readonly { actor: string; as: string }[]): Html | string {
  if (cast.length === 0) return "";
  const person = (c: { actor: string; as: string }, i: number) => html`${i ? ", " : ""}<span>${c.actor}</span> <span class="as">as ${c.as}</span>`;
  if (cast.length <= CAST_SHOWN + 1) return html`<p class="cast">With ${cast.map(person)}</p>`;
  return html`<details class="cast"><summary>With ${cast.slice(0, CAST_SHOWN).map(person)} <span class="more">and ${cast.length - CAST_SHOWN} more</span></summary>
    <p>${cast.slice(CAST_SHOWN).map(person)}</p></details>`;
}

function progressControl(story: Story, at: Position, section: Section, typed: string | undefined, error: string | undefined): Html {
  const shape = shapeOf(story);
  const index = stopIndex(shape, at.ord);
  const percent = Math.round(shape.fraction(at.ord) * 100);
  const noun = story.work.kind === "book" ? "book" : story.work.kind;
  const action = workUrl(story.work.id, section, at.label).split("?")[0]!;
  return html`<section class="progress" aria-labelledby="progress-title">
  <div class="wrap">
    <form class="progress-form" method="get" action="${action}" data-progress data-work="${story.work.id}">
      <div class="progress-top">
        <h2 id="progress-title" class="progress-title">Where you are in the ${noun}</h2>
        <p class="progress-now"><span class="now-label" data-now>${at.label === "start" ? "At the start" : at.label === "end" || at.ord >= story.scale.end.ord ? "At the end" : at.label}</span> <span class="now-percent">${percent}%</span></p>
      </div>
      <input type="hidden" name="set" value="1">
      <input type="hidden" name="was" value="${at.label}">
      <label class="visually-hidden" for="at-slider">Position slider</label>
      <input class="slider" type="range" id="at-slider" name="stop" min="0" max="${shape.stops.length - 1}" step="1" value="${index}"
        aria-valuetext="${shape.stops[index]!.label}" data-stops="${shape.stops.map((s) => s.label).join(" ")}">
      <div class="progress-exact">
        <label for="at-input">Exact position</label>
        <input id="at-input" name="at" value="${typed ?? at.label}" autocomplete="off" autocapitalize="off" spellcheck="false"
          aria-describedby="at-hint${error ? " at-error" : ""}"${error ? html` aria-invalid="true"` : ""}>
        <button type="submit">Set position</button>
      </div>
      <p id="at-hint" class="hint">${SYNTAX_HINT[story.work.kind]}</p>
      ${error ? html`<p id="at-error" class="error" role="alert">${error}</p>` : ""}
    </form>
  </div>
</section>`;
}
