import type { Story } from "../../model/story.ts";
import { html, type Html } from "../escape.ts";
import { layout } from "../layout.ts";
import { workUrl } from "../urls.ts";

const KIND = { film: "Film", series: "Series", book: "Book" } as const;

/**
 * The library: every work with what is safe at position zero (logline, kind, year, non-spoiler
 * tags). Where the reader has set a position before, the link continues from there.
 */
export function libraryPage(stories: readonly Story[], remembered: ReadonlyMap<string, string>): Html {
  const sorted = [...stories].sort((a, b) => a.work.title.localeCompare(b.work.title));
  const body = html`<div class="wrap library">
  <div class="intro">
    <h1>Stories, without the spoilers</h1>
    <p class="lede">Tell us where you are in a film, a series or a book. We show what it has revealed so far and nothing after.</p>
  </div>
  ${sorted.length === 0
    ? html`<div class="empty empty-large"><h2>The library is empty</h2><p>No works have been added yet. Story files go in <code>stories/</code>; once one is loaded it appears here.</p></div>`
    : html`<ul class="works" aria-label="Works">
    ${sorted.map((s) => {
      const w = s.work;
      const at = remembered.get(w.id);
      const tags = w.tags.filter((t) => !t.spoiler);
      return html`<li class="work-item" data-work="${w.id}">
        <article aria-labelledby="w-${w.id}">
          <p class="eyebrow">${KIND[w.kind]} · ${w.year}</p>
          <h2 id="w-${w.id}"><a href="${workUrl(w.id, "", at ?? "start")}">${w.title}</a></h2>
          <p class="logline">${w.logline}</p>
          ${tags.length ? html`<ul class="tags" aria-label="Tags">${tags.map((t) => html`<li class="tag">${t.name}</li>`)}</ul>` : ""}
          <p class="work-actions" data-continue>${at
            ? html`<a class="button" href="${workUrl(w.id, "", at)}">Continue ${at === "start" ? "from the start" : `at ${at}`}</a>`
            : html`<a class="button" href="${workUrl(w.id, "", "start")}">Start from the beginning</a>`}</p>
        </article>
      </li>`;
    })}
  </ul>`}
</div>`;
  return layout({ title: "Library", description: "Spoiler-safe story knowledge: what a story has revealed so far, and nothing after.", page: "library", body });
}
