import type { Story } from "../../model/story.ts";
import { html, type Html } from "../escape.ts";
import { layout } from "../layout.ts";
import { workUrl } from "../urls.ts";

/** A 404 that helps: what was not found and where to go instead (works are safe at position zero). */
export function notFoundPage(what: { work?: string; path: string }, stories: readonly Story[]): Html {
  const sorted = [...stories].sort((a, b) => a.work.title.localeCompare(b.work.title));
  const body = html`<div class="wrap narrow not-found">
  <p class="eyebrow">Error 404</p>
  <h1>${what.work !== undefined ? "We don’t have that work" : "There is no page here"}</h1>
  <p class="lede">${what.work !== undefined
    ? html`Nothing in the library is called <code>${what.work}</code>. It may have a different id, or it has not been added yet.`
    : html`Nothing lives at <code>${what.path}</code>. The link may be mistyped, or the page has moved.`}</p>
  ${sorted.length
    ? html`<h2>In the library</h2><ul class="plain-list">${sorted.map((s) => html`<li><a href="${workUrl(s.work.id, "", "start")}">${s.work.title}</a> <span class="muted">(${s.work.kind}, ${s.work.year})</span></li>`)}</ul>`
    : ""}
  <p><a class="button" href="/">Go to the library</a></p>
</div>`;
  return layout({ title: "Not found", page: "not-found", body, noindex: true });
}

/** Something broke on our side; the message never includes story content. */
export function errorPage(): Html {
  const body = html`<div class="wrap narrow not-found">
  <p class="eyebrow">Error 500</p>
  <h1>Something went wrong on our side</h1>
  <p class="lede">The page could not be built. Nothing about the story was shown. Try again in a moment.</p>
  <p><a class="button" href="/">Go to the library</a></p>
</div>`;
  return layout({ title: "Something went wrong", page: "error", body, noindex: true });
}
