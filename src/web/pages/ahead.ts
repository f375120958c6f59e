import type { Position } from "../../model/position.ts";
import type { Story } from "../../model/story.ts";
import { html, type Html } from "../escape.ts";
import { layout } from "../layout.ts";
import { workUrl, type Section } from "../urls.ts";

/**
 * Shown instead of a page when a link opens further into a work than the reader said they
 * are: nothing at the link's position is rendered until they choose to go there.
 */
export function aheadPage(story: Story, section: Section, requested: Position, remembered: Position): Html {
  const w = story.work;
  const body = html`<div class="wrap narrow ahead">
  <p class="eyebrow">${w.title}</p>
  <h1>This link goes further than you are</h1>
  <p class="lede">It opens at <strong>${requested.label}</strong>. You told us you are at <strong>${remembered.label}</strong>. Following it may show you things you have not seen yet.</p>
  <div class="choices">
    <a class="button" href="${workUrl(w.id, section, remembered.label)}">Stay at ${remembered.label}</a>
    <a class="button button-quiet" href="${workUrl(w.id, section, requested.label, { set: "1" })}">I’m at ${requested.label} now</a>
    <a class="button button-quiet" href="${workUrl(w.id, section, requested.label, { go: "1" })}">Just this once</a>
  </div>
</div>`;
  return layout({ title: w.title, description: w.logline, page: "ahead", body, noindex: true });
}
