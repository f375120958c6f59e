import { ask, character, knownNames, metEntities } from "../../engine/index.ts";
import type { Position } from "../../model/position.ts";
import type { Story } from "../../model/story.ts";
import { html, type Html } from "../escape.ts";
import { spoken } from "../position.ts";
import { workUrl } from "../urls.ts";
import { workFrame } from "./frame.ts";

export const MAX_QUESTION = 300;

/** Ask: answers only from what the reader knows; a later answer is named by where, never what. */
export function askPage(story: Story, at: Position, question: string | undefined): Html {
  const q = question?.trim().slice(0, MAX_QUESTION) ?? "";
  const answer = q ? ask(story, q, at) : undefined;
  const about = q ? namedIn(story, at, q) : [];
  const body = html`<section aria-labelledby="ask-title" class="ask">
  <h2 id="ask-title">Ask about ${story.work.title}</h2>
  <p class="lede">Answers come only from what you have seen ${spoken(at, story)}. If the ${story.work.kind} answers it later, we tell you where, not what.</p>
  <form class="ask-form" method="get" action="${workUrl(story.work.id, "ask", at.label).split("?")[0]!}" role="search">
    <input type="hidden" name="at" value="${at.label}">
    <label for="q">Your question</label>
    <div class="ask-row">
      <input id="q" name="q" type="search" value="${q}" maxlength="${MAX_QUESTION}" placeholder="${example(story, at)}" autocomplete="off">
      <button type="submit">Ask</button>
    </div>
  </form>
  ${answer
    ? html`<div class="answer" aria-live="polite">
      <h3 class="visually-hidden">Answer</h3>
      ${answer.answers.length
        ? html`<p class="answer-intro">From what you know ${spoken(at, story)}:</p>
        <ul class="answers">${answer.answers.map((a) => html`<li><p class="statement">${a.statement}</p><p class="small">revealed ${a.at === "start" ? "from the start" : `at ${a.at}`}</p></li>`)}</ul>`
        : answer.later
          ? ""
          : html`<div class="empty"><p>Nothing you have seen so far answers that. Try other words, or a name you know.</p></div>`}
      ${about.length
        ? html`<div class="about">${about.map((c) => html`<section class="about-card" aria-label="About ${c.name}">
          <h3>What you know about ${c.name}</h3>
          ${c.facts.length ? html`<ul>${c.facts.slice(-3).map((f) => html`<li>${f.statement}</li>`)}</ul>` : html`<p class="muted">Nothing yet beyond the name.</p>`}
          <p class="small"><a href="${workUrl(story.work.id, "", at.label)}#${c.anchor}">${c.name}’s card</a></p>
        </section>`)}</div>`
        : ""}
      ${answer.later
        ? html`<div class="callout later"><p>${answer.answers.length ? "A fuller answer comes" : "That is answered"} <strong>at ${answer.later.at}</strong>. Come back when you get there.</p></div>`
        : ""}
    </div>`
    : html`<div class="empty"><p>Ask anything: who someone is, what happened, why. For example “${example(story, at)}”</p></div>`}
</section>`;
  return workFrame({ story, at, section: "ask", body });
}

/**
 * Characters the question names by a name the reader knows (never a later alias), with what the
 * reader knows about them: a useful answer even when no single fact matches the question.
 */
function namedIn(story: Story, at: Position, question: string) {
  const lower = ` ${question.toLowerCase().replace(/[^\p{L}\p{N}'’ -]+/gu, " ")} `;
  const met = metEntities(story, at);
  return met
    .map((e, i) => ({ e, anchor: `c-${i + 1}` }))
    .filter(({ e }) => knownNames(e, at).some((n) => n.name.length > 2 && lower.includes(` ${n.name.toLowerCase()} `)))
    .slice(0, 2)
    .map(({ e, anchor }) => {
      const card = character(story, e.id, at);
      return { name: card.name, facts: card.facts, anchor };
    });
}

/** An example question about someone the reader has met (never a name they have not). */
function example(story: Story, at: Position): string {
  const someone = metEntities(story, at).find((e) => e.type === "character");
  return someone ? `Who is ${someone.name}?` : "What is it about?";
}
