import type { Position } from "../../model/position.ts";
import type { Story } from "../../model/story.ts";
import { check, MAX_TEXT as CHECKER_MAX, type CheckResult } from "../../spoilers/check.ts";
import type { Sensitivity } from "../../spoilers/match.ts";
import { redact, type RedactFormat } from "../../spoilers/redact.ts";
import { html, type Html } from "../escape.ts";
import { spoken } from "../position.ts";
import { workUrl } from "../urls.ts";
import { workFrame } from "./frame.ts";

/** The longest text the page accepts (the checker allows more; a page this long is already hard to read). */
export const MAX_TEXT = Math.min(CHECKER_MAX, 20_000);

export interface CheckInput {
  readonly text: string;
  readonly truncated: boolean;
  readonly sensitivity: Sensitivity;
}

const FORMATS: readonly { format: RedactFormat; label: string; hint: string }[] = [
  { format: "discord", label: "Discord", hint: "Spoiler bars: ||like this||" },
  { format: "reddit", label: "Reddit", hint: "Spoiler tags: >!like this!<" },
  { format: "markdown", label: "Markdown", hint: "HTML spoiler spans, for sites that allow them" },
  { format: "plain", label: "Plain text", hint: "Spoilers replaced by where they come from" },
];

/**
 * Check a text: the reader pastes a comment; the parts that reveal what comes after their
 * position are blurred, each labelled with where the story reveals it (never what), with
 * redacted copies for Discord, Reddit and Markdown. Works as a plain form post.
 */
export function checkPage(story: Story, at: Position, input: CheckInput | undefined): Html {
  const result = input && input.text.trim() ? check(input.text, { work: story, at, sensitivity: input.sensitivity }) : undefined;
  const body = html`<section aria-labelledby="check-title" class="check">
  <h2 id="check-title">Check a text for spoilers</h2>
  <p class="lede">Paste a comment, a review or a message about ${story.work.title}. We blur whatever would spoil it for someone ${spoken(at, story)} and tell you where in the ${story.work.kind} it comes from.</p>
  <form class="check-form" method="post" action="${workUrl(story.work.id, "check", at.label).split("?")[0]!}">
    <input type="hidden" name="at" value="${at.label}">
    <label for="check-text">Your text</label>
    <textarea id="check-text" name="text" maxlength="${MAX_TEXT}" required aria-describedby="check-hint">${input?.text ?? ""}</textarea>
    <p id="check-hint" class="hint">Up to ${MAX_TEXT.toLocaleString("en")} characters. Your text is checked and shown back to you; it is not stored.</p>
    <div class="check-options">
      <label for="sensitivity">Sensitivity</label>
      <select id="sensitivity" name="sensitivity">
        <option value="high"${input?.sensitivity !== "low" ? html` selected` : ""}>Flag everything later</option>
        <option value="low"${input?.sensitivity === "low" ? html` selected` : ""}>Let minor details through</option>
      </select>
      <button type="submit">Check for spoilers</button>
    </div>
  </form>
  ${input && result ? resultView(story, at, input, result) : input ? html`<div class="empty"><p>Paste some text to check.</p></div>` : ""}
</section>`;
  return workFrame({ story, at, section: "check", body });
}

function resultView(story: Story, at: Position, input: CheckInput, result: CheckResult): Html {
  const blocks = blocksOf(input.text, result);
  return html`<div class="check-result" aria-labelledby="result-title">
  <h3 id="result-title">${result.spoiler ? (blocks.length === 1 ? "One passage would spoil it" : `${blocks.length} passages would spoil it`) : "No spoilers found"}</h3>
  <p class="check-summary">${result.spoiler
    ? html`For a reader ${spoken(at, story)}, the blurred parts reveal what comes later. Select one to read it.`
    : html`Nothing here goes past ${at.label === "start" ? "the start" : at.label} that we can tell. Safe to share with someone who has seen that far.`}
    ${input.truncated ? html` Only the first ${MAX_TEXT.toLocaleString("en")} characters were checked.` : ""}</p>
  <div class="checked-text">${renderText(input.text, blocks)}</div>
  ${result.spoiler
    ? html`<section class="redactions" aria-labelledby="redactions-title">
    <h3 id="redactions-title">Copy it with the spoilers hidden</h3>
    ${FORMATS.map((f) => html`<div class="redaction">
      <div class="redaction-head"><h4><label for="redacted-${f.format}">${f.label}</label></h4>
        <span><span class="copied" data-copied aria-live="polite"></span> <button type="button" class="button-quiet small-button" data-copy="redacted-${f.format}" hidden>Copy<span class="visually-hidden"> for ${f.label}</span></button></span></div>
      <textarea id="redacted-${f.format}" readonly rows="4" aria-describedby="redacted-${f.format}-hint">${redact(input.text, result, { format: f.format })}</textarea>
      <p class="hint" id="redacted-${f.format}-hint">${f.hint}</p>
    </div>`)}
  </section>`
    : ""}
</div>`;
}

interface Block {
  start: number;
  end: number;
  at: string[];
}

/** Flagged spans merged where they overlap or touch, each with where its facts are revealed. */
function blocksOf(text: string, result: CheckResult): Block[] {
  const atOf = new Map(result.reveals.map((r) => [r.fact, r.at]));
  const spans = [...result.spans].filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length).sort((a, b) => a.start - b.start);
  const out: Block[] = [];
  for (const s of spans) {
    const at = s.facts.map((f) => atOf.get(f)).filter((a): a is string => a !== undefined);
    const last = out.at(-1);
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      for (const a of at) if (!last.at.includes(a)) last.at.push(a);
    } else out.push({ start: s.start, end: s.end, at: [...new Set(at)] });
  }
  return out;
}

function renderText(text: string, blocks: readonly Block[]): Html {
  const parts: Html[] = [];
  let cursor = 0;
  blocks.forEach((b, i) => {
    parts.push(html`${text.slice(cursor, b.start)}`);
    const where = b.at.length ? b.at.join(", ") : "later";
    parts.push(html`<span class="flag"><input type="checkbox" id="flag-${i + 1}" data-flag><label for="flag-${i + 1}"><span class="visually-hidden">Spoiler from ${where}. Select to reveal: </span><span class="hidden-text" data-hidden-text aria-hidden="true">${text.slice(b.start, b.end)}</span></label><span class="flag-at" aria-hidden="true">${where}</span></span>`);
    cursor = b.end;
  });
  parts.push(html`${text.slice(cursor)}`);
  return html`${parts}`;
}
