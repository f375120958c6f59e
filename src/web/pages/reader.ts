import type { Story } from "../../model/story.ts";
import { html, type Html } from "../escape.ts";
import { layout } from "../layout.ts";
import { workUrl } from "../urls.ts";

/**
 * Your progress: the positions this browser remembers, a way to forget them, and the optional
 * reader token that also saves progress to the reader's profile (that part needs JavaScript,
 * because the token lives in this browser's localStorage and is sent only to the API).
 */
export function readerPage(stories: readonly Story[], remembered: ReadonlyMap<string, string>): Html {
  const rows = [...stories]
    .filter((s) => remembered.has(s.work.id))
    .sort((a, b) => a.work.title.localeCompare(b.work.title));
  const body = html`<div class="wrap narrow reader">
  <h1>Your progress</h1>
  <p class="lede">Where you said you are in each work. This browser remembers it; opening a link someone shared never changes it.</p>
  ${rows.length === 0
    ? html`<div class="empty"><p>You have not set a position in any work yet. Open a work from the <a href="/">library</a> and move the slider to where you are.</p></div>`
    : html`<ul class="progress-list" data-remembered>${rows.map((s) => {
      const at = remembered.get(s.work.id)!;
      return html`<li><a href="${workUrl(s.work.id, "", at)}">${s.work.title}</a> <span class="muted">at ${at}</span>
        <form method="post" action="/reader/forget" class="inline-form"><input type="hidden" name="work" value="${s.work.id}"><button type="submit" class="button-quiet small-button">Forget<span class="visually-hidden"> ${s.work.title}</span></button></form></li>`;
    })}</ul>`}
  <section aria-labelledby="token-title" class="token-section" data-token-section>
    <h2 id="token-title">Sync with your reader profile</h2>
    <p>With a reader token (create one with <code>POST /v1/readers</code>), every position you set is also saved to your profile, so it follows you to other devices and apps. The token stays in this browser and is sent only to this site’s API.</p>
    <ul hidden data-work-titles>${[...stories].map((s) => html`<li data-id="${s.work.id}">${s.work.title}</li>`)}</ul>
    <noscript><p class="muted">Syncing needs JavaScript. Everything else works without it.</p></noscript>
    <form class="token-form" data-token-form hidden>
      <label for="token">Reader token</label>
      <div class="ask-row">
        <input id="token" name="token" type="password" autocomplete="off" spellcheck="false">
        <button type="submit">Save token</button>
      </div>
      <p class="hint" data-token-status aria-live="polite"></p>
      <div data-profile hidden>
        <h3>Saved in your profile</h3>
        <ul class="progress-list" data-profile-list></ul>
      </div>
      <p class="choices"><button type="button" class="button-quiet" data-token-create>Create a new profile</button>
        <button type="button" class="button-quiet" data-token-clear>Sign out on this browser</button></p>
      <p class="hint" data-token-new hidden>Your new token (shown once; keep it to sign in on other devices): <code data-token-value></code></p>
    </form>
  </section>
</div>`;
  return layout({ title: "Your progress", page: "reader", body, noindex: true });
}
