import { explain, type Article, type Block, type RecapLength } from "../../explain/index.ts";
import type { Position } from "../../model/position.ts";
import type { Story } from "../../model/story.ts";
import { html, safeUrl, type Html } from "../escape.ts";
import { isEnd, spoken } from "../position.ts";
import { workUrl } from "../urls.ts";
import { workFrame } from "./frame.ts";

export interface OtherWork {
  readonly story: Story;
  /** The reader has set their position in it to the end. */
  readonly finished: boolean;
  /** Where the reader is in it, when they have set a position. */
  readonly at?: string;
}

const REALITY = new Set(["real", "imagined", "ghost", "dream", "lie", "ambiguous"]);

/**
 * Ending explained: the explainer's article for a reader at the end, rendered with the site's
 * own templates (every string escaped here), with related works that link into the library.
 */
export function endingPage(story: Story, at: Position, others: readonly OtherWork[]): Html {
  if (!isEnd(story, at)) return lockedEnding(story, at);
  const article = explain(story, { at });
  const sections = article.sections.filter((s) => s.id !== "related");
  const related = relatedView(story, others);
  const body = html`<div class="ending-layout">
<article class="article" aria-labelledby="article-title">
  <header>
    <p class="eyebrow">Ending explained</p>
    <h2 id="article-title" class="article-title">${article.headline}</h2>
    <p class="standfirst">${article.standfirst}</p>
  </header>
  ${articleSections(sections)}
  ${related ?? ""}
</article>
<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">In this article</h2><ol>${sections.filter((s) => s.id !== "spoiler-warning").map((s) => html`<li><a href="#s-${s.id}">${s.title}</a></li>`)}${related ? html`<li><a href="#s-related">Related works</a></li>` : ""}</ol></nav>
</div>`;
  return workFrame({ story, at, section: "ending", body });
}

/** Before the end: the ending stays shut; a recap up to the reader's position is offered instead. */
export function lockedEnding(story: Story, at: Position): Html {
  const body = html`<section class="locked-ending" aria-labelledby="ending-title">
  <h2 id="ending-title">Ending explained</h2>
  <div class="empty empty-large">
    <p>This page explains the whole ${story.work.kind}, twist and all, so it opens only once you have reached the end. You are ${spoken(at, story)}.</p>
    <p class="choices center">
      <a class="button" href="${workUrl(story.work.id, "recap", at.label)}">Recap up to ${at.label === "start" ? "the start" : at.label}</a>
      <a class="button button-quiet" href="${workUrl(story.work.id, "ending", "end", { set: "1" })}">I have finished it</a>
    </p>
  </div>
</section>`;
  return workFrame({ story, at, section: "ending", body });
}

export const RECAP_CHOICES: readonly { length: RecapLength; label: string }[] = [
  { length: "short", label: "Short" },
  { length: "medium", label: "Medium" },
  { length: "long", label: "Long" },
];

/** A recap of the story so far, in one of three lengths; at the end it points to the ending explained. */
export function recapPage(story: Story, at: Position, length: RecapLength): Html {
  if (isEnd(story, at)) {
    const body = html`<div class="callout callout-end"><p><strong>You have finished it.</strong> The whole story, twist included, is in the ending explained.</p>
      <p><a class="button" href="${workUrl(story.work.id, "ending", at.label)}">Ending explained</a></p></div>`;
    return workFrame({ story, at, section: "recap", body });
  }
  const article = explain(story, { at, length });
  const body = html`<article class="article" aria-labelledby="article-title">
  <header>
    <p class="eyebrow">Recap</p>
    <h2 id="article-title" class="article-title">${article.headline}</h2>
    <p class="standfirst">${article.standfirst}</p>
  </header>
  <nav class="recap-lengths" aria-label="Recap length"><ul>${RECAP_CHOICES.map((c) => html`<li><a href="${workUrl(story.work.id, "recap", at.label, { length: c.length })}"${c.length === length ? html` aria-current="true"` : ""}>${c.label}</a></li>`)}</ul></nav>
  ${article.sections.length ? articleSections(article.sections) : html`<div class="empty"><p>Nothing has happened yet. Start watching and come back.</p></div>`}
</article>`;
  return workFrame({ story, at, section: "recap", body });
}

function articleSections(sections: Article["sections"]): Html {
  return html`${sections.map((s) => html`<section id="s-${s.id}" aria-labelledby="s-${s.id}-title" class="article-section section-${s.id}">
    <h2 id="s-${s.id}-title"${s.id === "spoiler-warning" ? html` class="visually-hidden"` : ""}>${s.title}</h2>
    ${s.blocks.map(block)}
  </section>`)}`;
}

function block(b: Block): Html {
  switch (b.type) {
    case "paragraph":
      return html`<p>${b.text}</p>`;
    case "warning":
      return html`<div class="warning" role="note"><p><strong>Spoiler warning.</strong> ${b.text}</p></div>`;
    case "subheading":
      return html`<h3>${b.text}</h3>`;
    case "list": {
      const items = b.items.map((i) => html`<li>${i.text}${i.note ? html`<span class="item-note">${i.note}</span>` : ""}</li>`);
      return b.ordered ? html`<ol class="article-list">${items}</ol>` : html`<ul class="article-list">${items}</ul>`;
    }
    case "table":
      return html`<div class="table-scroll" tabindex="0" role="region" aria-label="${b.caption}"><table>
        <caption>${b.caption}</caption>
        <thead><tr><th scope="col">${b.corner}</th>${b.columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
        <tbody>${b.rows.map((r) => html`<tr><th scope="row">${r.label}</th>${r.cells.map((cell) => html`<td>${REALITY.has(cell) ? html`<span class="reality reality-${cell}">${cell}</span>` : cell}</td>`)}</tr>`)}</tbody>
      </table></div>`;
    case "source": {
      const a = b.attribution;
      const who = [a.person, a.role].filter(Boolean).join(", ");
      const where = [a.outlet, a.interviewer ? `interviewed by ${a.interviewer}` : undefined, a.date].filter(Boolean).join(", ");
      const url = safeUrl(a.url);
      const label = b.kind === "quote" ? "In their words" : b.kind === "paraphrase" ? "Paraphrased" : "Reported";
      return html`<figure class="source source-${b.kind}">
        <blockquote>${b.kind === "quote" ? html`<p>“${b.text}”</p>` : html`<p>${b.text}</p>`}</blockquote>
        <figcaption><span class="source-kind">${label}</span> · ${who}${who && where ? " · " : ""}${url ? html`<a href="${url}" rel="noopener noreferrer external">${where || "source"}</a>` : where}</figcaption>
      </figure>`;
    }
  }
}

/** Other works sharing this one's public tags (a tag that is a spoiler in either work never counts), most shared first. */
function byPublicTags(story: Story, others: readonly Story[]): { id: string; title: string; year: number; shared: string[] }[] {
  const own = new Map(story.work.tags.filter((t) => !t.spoiler).map((t) => [t.name.toLowerCase(), t.name]));
  return others
    .map((o) => ({
      id: o.work.id,
      title: o.work.title,
      year: o.work.year,
      shared: [...new Set(o.work.tags.filter((t) => !t.spoiler && own.has(t.name.toLowerCase())).map((t) => own.get(t.name.toLowerCase())!))],
    }))
    .filter((w) => w.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || a.title.localeCompare(b.title))
    .slice(0, 5);
}

/**
 * Related works by shared public tags (the explainer's rule). Only when the reader has finished
 * both works may a shared spoiler tag also be named as a reason.
 */
function relatedView(story: Story, others: readonly OtherWork[]): Html | undefined {
  const works = byPublicTags(story, others.map((o) => o.story));
  const finishedBoth = others.filter((o) => o.finished).flatMap((o) => {
    const theirs = new Set(o.story.work.tags.filter((t) => t.spoiler).map((t) => t.name.toLowerCase()));
    const shared = story.work.tags.filter((t) => t.spoiler && theirs.has(t.name.toLowerCase())).map((t) => t.name);
    return shared.length ? [{ story: o.story, shared }] : [];
  });
  const ids = new Set(works.map((w) => w.id));
  const extra = finishedBoth.filter((f) => !ids.has(f.story.work.id));
  if (works.length === 0 && extra.length === 0) return undefined;
  const byId = new Map(others.map((o) => [o.story.work.id, o]));
  const secretFor = new Map(finishedBoth.map((f) => [f.story.work.id, f.shared]));
  const item = (id: string, title: string, year: number, shared: readonly string[]) => {
    const o = byId.get(id);
    const secret = secretFor.get(id);
    return html`<li><a href="${workUrl(id, "", o?.at ?? "start")}">${title}</a> <span class="muted">(${year})</span>
      ${shared.length ? html`<p class="small">Also tagged ${shared.join(", ")}.</p>` : ""}
      ${secret ? html`<p class="small">You have finished both: they also share ${secret.join(", ")}.</p>` : ""}</li>`;
  };
  return html`<section id="s-related" aria-labelledby="s-related-title" class="article-section">
    <h2 id="s-related-title">Related works</h2>
    <p>Other works in the library that share its public tags, never its secrets.</p>
    <ul class="related-list">
      ${works.map((w) => item(w.id, w.title, w.year, w.shared))}
      ${extra.map((f) => item(f.story.work.id, f.story.work.title, f.story.work.year, []))}
    </ul>
  </section>`;
}
