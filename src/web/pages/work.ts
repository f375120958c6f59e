import { character, known, metEntities, nextReveal, workAt, type CharacterCard, type KnownFact } from "../../engine/index.ts";
import type { Position } from "../../model/position.ts";
import type { Story } from "../../model/story.ts";
import { html, type Html } from "../escape.ts";
import { isEnd, spoken } from "../position.ts";
import { workUrl } from "../urls.ts";
import { workFrame } from "./frame.ts";

/**
 * Only kinds that say nothing more than the statement itself: a chip on a fact that will later be
 * overturned (say "identity") would hint that something about it is not what it seems.
 */
const KIND_CHIP: Partial<Record<KnownFact["kind"], string>> = { twist: "Twist", ending: "Ending" };

/** The work page: what the reader knows at their position, the people and places they have met, the next reveal. */
export function workPage(story: Story, at: Position): Html {
  const k = known(story, at);
  const anchor = new Map(k.facts.map((f, i) => [f.id, `f-${i + 1}`]));
  const statementOf = new Map(k.facts.map((f) => [f.id, f.statement]));
  const groups: { at: string; facts: KnownFact[] }[] = [];
  for (const f of k.facts) {
    const last = groups.at(-1);
    if (last && last.at === f.at) last.facts.push(f);
    else groups.push({ at: f.at, facts: [f] });
  }
  const entities = metEntities(story, at);
  const cardAnchor = new Map(entities.map((e, i) => [e.id, `c-${i + 1}`]));
  const cards = entities.map((e) => character(story, e.id, at));
  const people = cards.filter((c) => c.type === "character");
  const things = cards.filter((c) => c.type !== "character");
  const tags = workAt(story, at).tags;
  const next = nextReveal(story, at);

  const body = html`<div class="work-grid">
  <div class="work-main">
    ${nextBox(story, at, next?.at)}
    <section aria-labelledby="known-title" class="known">
      <h2 id="known-title">What you know so far</h2>
      ${k.facts.length === 0
        ? html`<div class="empty"><p>Nothing has been revealed yet.</p><p>${story.work.logline}</p></div>`
        : html`<p class="lede">${k.facts.length === 1 ? "One thing" : `${k.facts.length} things`} the ${story.work.kind} has told you ${spoken(at, story)}, grouped by where ${k.facts.length === 1 ? "it was" : "each was"} revealed.</p>
      <ol class="reveal-groups">
        ${groups.map((g, gi) => html`<li class="group${gi === groups.length - 1 && groups.length > 1 ? " latest" : ""}">
          <h3 class="group-at"><span class="at">${g.at === "start" ? "From the start" : g.at}</span>${gi === groups.length - 1 && groups.length > 1 ? html` <span class="chip">Latest</span>` : ""}</h3>
          <ul class="facts">
            ${g.facts.map((f) => factItem(f, anchor, statementOf))}
          </ul>
        </li>`)}
      </ol>`}
    </section>
  </div>
  <aside class="work-side" aria-label="People and places">
    <section aria-labelledby="people-title">
      <h2 id="people-title">Characters as you know them</h2>
      ${people.length === 0 ? html`<p class="empty">No one has appeared yet.</p>` : html`<div class="cards">${people.map((c) => card(c, cardAnchor))}</div>`}
    </section>
    ${things.length > 0
      ? html`<section aria-labelledby="things-title">
      <h2 id="things-title">Places and things</h2>
      <div class="cards compact">${things.map((c) => card(c, cardAnchor))}</div>
    </section>`
      : ""}
    ${tags.length > 0
      ? html`<section aria-labelledby="tags-title" class="tags-section">
      <h2 id="tags-title">Tags</h2>
      <ul class="tags">${tags.map((t) => html`<li class="tag${t.spoiler ? " tag-revealed" : ""}">${t.name}</li>`)}</ul>
    </section>`
      : ""}
  </aside>
</div>`;
  return workFrame({ story, at, section: "", body });
}

function nextBox(story: Story, at: Position, next: string | undefined): Html {
  if (isEnd(story, at)) {
    return html`<div class="callout callout-end"><p><strong>You have reached the end.</strong> Everything the ${story.work.kind} reveals is on this page.</p>
      <p><a class="button" href="${workUrl(story.work.id, "ending", at.label)}">Ending explained</a></p></div>`;
  }
  if (!next) {
    return html`<div class="callout"><p>Nothing more is revealed after this point. <a href="${workUrl(story.work.id, "", "end", { set: "1" })}">I have finished it</a></p></div>`;
  }
  return html`<div class="callout"><p><span class="next-label">Next reveal</span> <strong class="next-at">${next}</strong></p>
    <p class="small">Nothing here goes past ${at.label === "start" ? "the start" : at.label}. <a href="${workUrl(story.work.id, "", next, { set: "1" })}">I’m past ${next}</a></p></div>`;
}

function factItem(f: KnownFact, anchor: Map<string, string>, statementOf: Map<string, string>): Html {
  const chip = KIND_CHIP[f.kind];
  return html`<li class="fact${f.believedUntil ? " believed" : ""}${f.kind === "twist" ? " twist" : ""}" id="${anchor.get(f.id)!}">
    ${f.believedUntil ? html`<p class="believed-label">What you believed until ${f.believedUntil.at}</p>` : ""}
    <p class="statement">${f.statement}</p>
    ${chip ? html`<p class="fact-meta"><span class="chip chip-${f.kind}">${chip}</span></p>` : ""}
    ${f.believedUntil ? html`<p class="believed-note"><a href="#${anchor.get(f.believedUntil.fact) ?? ""}">What changed at ${f.believedUntil.at}</a></p>` : ""}
    ${f.overturns?.length
      ? html`<div class="overturns"><p class="overturns-label">This overturns what you believed:</p><ul>${f.overturns.map((id) => html`<li><a href="#${anchor.get(id) ?? ""}">${statementOf.get(id) ?? ""}</a></li>`)}</ul></div>`
      : ""}
  </li>`;
}

function card(c: CharacterCard, anchor: Map<string, string>): Html {
  const aliases = c.names.filter((n) => n.name !== c.name);
  return html`<article class="card" id="${anchor.get(c.id)!}" aria-labelledby="${anchor.get(c.id)!}-name">
    <h3 id="${anchor.get(c.id)!}-name">${c.name}</h3>
    ${aliases.length ? html`<p class="aka">Also ${aliases.map((n, i) => html`${i ? ", " : ""}<span class="alias">${n.name}</span>${n.at !== c.firstSeen ? html` <span class="since">(from ${n.at})</span>` : ""}`)}</p>` : ""}
    ${c.facets.length ? html`<dl class="facets">${c.facets.map((f) => html`<div><dt>${f.label}</dt><dd>${f.text}</dd></div>`)}</dl>` : ""}
    ${relations(c, anchor)}
  </article>`;
}

/** Relations grouped by whom they are with: "neighbour of, lover of Harry". Only entities the reader has met. */
function relations(c: CharacterCard, anchor: Map<string, string>): Html | string {
  const byTarget = new Map<string, { name: string; labels: string[] }>();
  for (const r of c.relations) {
    if (!anchor.has(r.entity)) continue;
    const entry = byTarget.get(r.entity) ?? { name: r.name, labels: [] };
    if (!entry.labels.includes(r.label)) entry.labels.push(r.label);
    byTarget.set(r.entity, entry);
  }
  if (byTarget.size === 0) return "";
  return html`<ul class="relations">${[...byTarget].map(([id, r]) => html`<li>${r.labels.join(", ")} <a href="#${anchor.get(id)!}">${r.name}</a></li>`)}</ul>`;
}
