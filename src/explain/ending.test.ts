/** The "ending explained" article for All of Us Strangers, the work the issue names. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { bundledStories } from "../../test/support/fixtures.ts";
import type { Article, Block, Section, SectionId } from "./article.ts";
import { explain } from "./explain.ts";
import { renderHtmlFragment } from "./render-html.ts";
import { renderMarkdown } from "./render-markdown.ts";

const stories = bundledStories();
const aous = stories.find((s) => s.work.id === "all-of-us-strangers")!;
const article = explain(aous, { at: "end", related: stories });

const section = (a: Article, id: SectionId): Section => {
  const s = a.sections.find((x) => x.id === id);
  assert.ok(s, `section ${id} is present`);
  return s;
};
const textOf = (s: Section) => s.blocks.flatMap((b) => ("text" in b ? [b.text] : b.type === "list" ? b.items.map((i) => `${i.text} ${i.note ?? ""}`) : [])).join("\n");
const citesOf = (s: Section) => s.blocks.flatMap((b) => [...b.cites.facts, ...b.cites.events, ...b.cites.readings, ...b.cites.sources]);

test("at the end it is an ending-explained article with every section", () => {
  assert.equal(article.kind, "ending");
  assert.match(article.headline, /ending explained/);
  assert.ok(article.standfirst.length > 0);
  const ids: SectionId[] = ["spoiler-warning", "premise", "what-happened", "twist", "chronology", "reality", "creators", "disputed", "questions", "related"];
  assert.deepEqual(article.sections.map((s) => s.id), ids);
  assert.equal(section(article, "spoiler-warning").blocks[0]!.type, "warning");
});

test("what happened is prose grouped by act, in shown order, and tells every fact but the premise", () => {
  const happened = section(article, "what-happened");
  assert.deepEqual(happened.blocks.filter((b) => b.type === "subheading").map((b) => (b as { text: string }).text), ["Act one", "Act two", "Act three"]);
  assert.ok(happened.blocks.every((b) => b.type === "paragraph" || b.type === "subheading"), "no bullet dump");
  const told = citesOf(happened);
  const expected = aous.facts.filter((f) => f.kind !== "premise").map((f) => f.id);
  assert.deepEqual(told, expected);
});

test("the twist names the first night, the moment it lands and the beliefs it supersedes", () => {
  const twist = section(article, "twist");
  const text = textOf(twist);
  assert.match(text, /the night Harry knocked/, "the first night");
  assert.match(text, /lands about 92 minutes in/);
  assert.match(text, /Until then, the film had the audience believe/);
  assert.ok(text.includes(aous.factById.get("harry-back-in-his-life")!.statement.replace(/\.$/, "")), "the superseded belief, as believed");
  const cited = citesOf(twist);
  for (const id of ["harry-back-in-his-life", "romance-in-london", "harry-died-that-night", "twist-not-real-world", "harry-dies", "harry-knocks"]) {
    assert.ok(cited.includes(id), `the twist cites ${id}`);
  }
});

test("the chronology places Harry's death on the night he knocked, dated by the twist", () => {
  const list = section(article, "chronology").blocks.find((b) => b.type === "list") as Extract<Block, { type: "list" }>;
  const ids = list.items.map((i) => i.cites.events[0]);
  assert.equal(ids.indexOf("harry-dies"), ids.indexOf("harry-knocks") + 1);
  assert.match(list.items[ids.indexOf("harry-dies")]!.note!, /dated by the twist/);
});

test("the reality table has one row per key event and one column per reading", () => {
  const table = section(article, "reality").blocks.find((b) => b.type === "table") as Extract<Block, { type: "table" }>;
  const keyEvents = aous.events.filter((e) => e.key).map((e) => e.id).sort();
  assert.deepEqual(table.rows.map((r) => r.id).sort(), keyEvents);
  assert.deepEqual(table.columns.map((c) => c.id), aous.interpretations.map((r) => r.id));
  for (const row of table.rows) {
    assert.equal(row.cells.length, table.columns.length);
    for (const cell of row.cells) assert.ok(["real", "imagined", "ghost", "ambiguous"].includes(cell), cell);
  }
  const headings = section(article, "reality").blocks.filter((b) => b.type === "subheading").map((b) => (b as { text: string }).text);
  assert.deepEqual(headings, aous.interpretations.map((r) => r.name), "each reading is set out after the table");
  assert.match(textOf(section(article, "reality")), /Held by critics and fans/);
});

test("the director's statement appears as a sourced paraphrase", () => {
  const block = section(article, "creators").blocks.find((b) => b.type === "source") as Extract<Block, { type: "source" }>;
  assert.equal(block.kind, "paraphrase");
  assert.deepEqual(block.cites.sources, ["haigh-katz-2023"]);
  assert.equal(block.attribution.person, "Andrew Haigh");
  assert.equal(block.attribution.interviewer, "Evan Ross Katz");
  assert.equal(block.attribution.date, "2023");
  assert.match(block.attribution.role ?? "", /director/);
  assert.match(renderMarkdown(article), /\*\*Paraphrase:\*\* Haigh says/);
});

test("disputed details come with their sources", () => {
  const disputed = section(article, "disputed");
  assert.match(textOf(disputed), /How old was Adam/);
  assert.ok(citesOf(disputed).includes("report-dailymail-11") && citesOf(disputed).includes("report-eggman-12"));
});

test("it answers what readers ask: what the ending means, what is real, and whether Harry and Adam are OK", () => {
  const questions = section(article, "questions");
  const asked = questions.blocks.filter((b) => b.type === "subheading").map((b) => (b as { text: string }).text);
  assert.deepEqual(asked, ["What does the ending mean?", "What is real and what is not?", "Are Harry and Adam OK?"]);
  const text = textOf(questions);
  assert.match(text, /become a star/, "the ending's last image");
  assert.match(text, /Haigh says he keeps shifting/, "the director's view");
  assert.match(text, /All four readings agree that these two key events really happen/);
  assert.match(text, /Not Harry, not in the ordinary sense\. Harry died alone/);
  assert.match(text, /As far as the film shows, Adam is alive at the end, although one reading, Adam dead all along \(purgatory\), holds that he is dead too/);
  assert.match(text, /“Grief made visible” and “Breakdown and dissociation” take eight of the twelve key events as imagined/);
  assert.match(text, /Adam promises to keep him safe/);
});

test("related works are related by shared public tags only, and the reason names only those", () => {
  const candidates = [
    { id: "quiet-grief", title: "Quiet Grief", kind: "film" as const, year: 2001, tags: [{ name: "grief", spoiler: false }, { name: "London", spoiler: false }] },
    // "ghost story" is a spoiler tag of All of Us Strangers: sharing it is no reason to relate them.
    { id: "haunting", title: "The Haunting", kind: "film" as const, year: 1963, tags: [{ name: "ghost story", spoiler: false }] },
    { id: "twisty", title: "Twisty", kind: "film" as const, year: 2010, tags: [{ name: "romance", spoiler: true }] },
  ];
  const text = textOf(section(explain(aous, { at: "end", related: candidates }), "related"));
  assert.match(text, /Quiet Grief \(2001\) also tagged grief and London/);
  assert.doesNotMatch(text, /Haunting|Twisty|ghost/);
  const bundled = textOf(section(article, "related"));
  const spoilerTags = stories.flatMap((s) => s.work.tags.filter((t) => t.spoiler).map((t) => t.name));
  for (const tag of spoilerTags) assert.ok(!bundled.includes(tag), `names the spoiler tag ${tag}`);
  assert.doesNotMatch(bundled, /Owl Creek/, "it shares only a spoiler tag with All of Us Strangers");
});

test("every block cites only what exists in the model", () => {
  const ids = new Set([...aous.facts, ...aous.events, ...aous.interpretations, ...aous.sources].map((x) => x.id));
  for (const s of article.sections) for (const id of citesOf(s)) assert.ok(ids.has(id), id);
});

test("the HTML fragment is one article element with a section per section", () => {
  const html = renderHtmlFragment(article);
  assert.match(html, /^<article class="afterimage-explainer" data-kind="ending"/);
  assert.equal(html.match(/<section /g)?.length, article.sections.length);
  assert.match(html, /<table data-cites="[^"]*reading:ghost-story/);
});

test("the article is deterministic", () => {
  assert.deepEqual(explain(aous, { at: "end", related: stories }), article);
});
