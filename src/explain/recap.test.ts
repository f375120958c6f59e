/** Recaps ("catch me up") of the bundled works: budgets, the next reveal, beliefs as believed, safe headlines. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { truncate } from "../../test/support/arbitrary-story.ts";
import { bundledStories } from "../../test/support/fixtures.ts";
import { nextReveal } from "../engine/index.ts";
import { compile } from "../model/compile.ts";
import type { Position } from "../model/position.ts";
import type { Story } from "../model/story.ts";
import { check } from "../spoilers/index.ts";
import { RECAP_LENGTHS, WORD_BUDGET, type Article } from "./article.ts";
import { explain } from "./explain.ts";
import { SPOILER_HEADLINE_WORDS } from "./headline.ts";
import { renderHtml } from "./render-html.ts";
import { renderJson } from "./render.ts";
import { renderMarkdown } from "./render-markdown.ts";
import { whenPhrase } from "./when.ts";

const stories = bundledStories();
const byId = (id: string) => stories.find((s) => s.work.id === id)!;
const aous = byId("all-of-us-strangers");

/** Reveal positions and the moment before each (at most about 40 of each, spread out), before the end. */
function before(story: Story): Position[] {
  const all = [...new Set(story.facts.flatMap((f) => [f.at.ord, Math.max(0, f.at.ord - 1)]))].filter((o) => o < story.scale.end.ord).sort((a, b) => a - b);
  const step = Math.max(1, Math.ceil(all.length / 40));
  return [0, ...all.filter((_, i) => i % step === 0)].map((ord) => ({ ord, approx: false, label: story.scale.format(ord) }));
}

/** Strings a reader at `at` has not reached: later statements, names, summaries, readings, spoiler tags. */
function laterStrings(story: Story, at: Position): string[] {
  const later = (p: Position) => p.ord > at.ord;
  const knownNames = story.entities.flatMap((e) => e.names.filter((n) => !later(n.at)).map((n) => n.name));
  return [
    ...story.facts.filter((f) => later(f.at)).map((f) => f.statement),
    ...story.entities.flatMap((e) => e.names.filter((n) => later(n.at) && !knownNames.some((k) => k.includes(n.name))).map((n) => n.name)),
    ...story.events.filter((e) => later(e.shown[0]!)).map((e) => e.summary),
    ...story.interpretations.filter((r) => later(r.at)).flatMap((r) => [r.name, r.summary]),
    ...story.work.tags.filter((t) => later(t.at)).map((t) => t.name),
  ];
}

const cited = (a: Article) => a.sections.flatMap((s) => s.blocks.flatMap((b) => b.cites.facts));
const paragraphs = (a: Article, id: string) => a.sections.filter((s) => s.id === id).flatMap((s) => s.blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : [])));

for (const story of stories) {
  test(`${story.work.id}: every recap keeps to its budget, tells only what is known and ends with where the next reveal comes`, () => {
    for (const at of before(story)) {
      for (const length of RECAP_LENGTHS) {
        const article = explain(story, { at, length });
        assert.equal(article.kind, "recap");
        assert.ok(article.words <= WORD_BUDGET[length], `${at.label} ${length}: ${article.words} words`);
        for (const id of cited(article)) assert.ok(story.factById.get(id)!.at.ord <= at.ord, `${at.label}: cites ${id}`);
        const output = [renderMarkdown(article), renderHtml(article), renderJson(article)].join("\n");
        for (const secret of laterStrings(story, at)) assert.ok(!output.includes(secret), `${at.label} ${length}: shows "${secret}"`);
        const last = article.sections.at(-1)!;
        assert.equal(last.id, "next");
        const next = nextReveal(story, at);
        if (next) assert.deepEqual(paragraphs(article, "next"), [`The next reveal comes ${whenPhrase(story, next.at)}.`]);
      }
    }
  });

  test(`${story.work.id}: no headline, standfirst or title before the end hints at a twist or a death`, () => {
    for (const at of before(story)) {
      const article = explain(story, { at, length: "short" });
      const titles = article.sections.flatMap((s) => [s.title, ...s.blocks.flatMap((b) => (b.type === "subheading" ? [b.text] : []))]);
      const text = [article.headline, article.standfirst, ...titles].join(" | ").replace(story.work.title, "").toLowerCase();
      for (const word of SPOILER_HEADLINE_WORDS) {
        assert.ok(!new RegExp(`\\b${word}\\b`).test(text), `${at.label}: "${word}" in ${text}`);
      }
    }
  });
}

/**
 * The story as a reader at `at` has it: test/support's `truncate`, after first dropping what it
 * leaves in that the generated stories never have (relations, cast and references to characters
 * not met yet), so that the cut story compiles.
 */
function cut(story: Story, at: Position): Story {
  const met = (id: string) => story.entityById.get(id)!.firstSeen.ord <= at.ord;
  const ok = (label: string) => story.scale.parse(label).ord <= at.ord;
  const f = story.file;
  const file = {
    ...f,
    work: { ...f.work, cast: f.work.cast.filter((c) => met(c.character)) },
    entities: f.entities.map((e) => ({ ...e, relations: e.relations.filter((r) => ok(r.at) && met(r.entity)) })),
    facts: f.facts.map((x) => ({ ...x, entities: x.entities.filter(met) })),
    events: f.events.map((x) => ({ ...x, entities: x.entities.filter(met) })),
    disputed: f.disputed.map((x) => ({ ...x, entities: x.entities.filter(met) })),
  };
  const compiled = compile(file);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return truncate(compiled.story, at);
}

test("all-of-us-strangers: a recap depends only on what is known (the story cut at the position gives the same)", () => {
  const withoutNext = (a: Article) => ({ ...a, words: 0, sections: a.sections.filter((s) => s.id !== "next") });
  for (const at of before(aous)) {
    for (const length of RECAP_LENGTHS) {
      assert.deepEqual(withoutNext(explain(aous, { at, length })), withoutNext(explain(cut(aous, at), { at, length })), `${at.label} ${length}`);
    }
  }
});

test("all-of-us-strangers at 47m: the belief about Harry is told as the audience holds it then", () => {
  const article = explain(aous, { at: "47m", length: "long" });
  const text = renderMarkdown(article);
  assert.ok(text.includes(aous.factById.get("harry-back-in-his-life")!.statement), "the belief, as the audience holds it");
  assert.doesNotMatch(text, /or so it seems|Harry[^.]*\b(dead|died|dies|ghost|body)\b|imagined|not real|in his own mind/i);
  assert.match(article.headline, /^All of Us Strangers: the story so far \(to 47m\)$/);
});

test("all-of-us-strangers after the twist: the overturned belief gives way to what overturned it", () => {
  const article = explain(aous, { at: "95m", length: "medium" });
  const ids = cited(article);
  assert.ok(!ids.includes("harry-back-in-his-life") && !ids.includes("romance-in-london"));
  assert.ok(ids.includes("harry-died-that-night") || ids.includes("twist-not-real-world"));
});

test("all-of-us-strangers: the most important facts lead, the premise first", () => {
  const article = explain(aous, { at: "63m", length: "medium" });
  assert.deepEqual(article.sections.map((s) => s.id), ["essentials", "so-far", "next"]);
  const lead = article.sections[0]!.blocks[0]!.cites.facts;
  assert.equal(aous.factById.get(lead[0]!)!.kind, "premise");
  assert.ok(lead.length >= 2);
  const longer = explain(aous, { at: "63m", length: "long" });
  assert.ok(longer.words > article.words && article.words > explain(aous, { at: "63m", length: "short" }).words);
});

test("all-of-us-strangers at the start: what you know going in", () => {
  const article = explain(aous, { at: "start", length: "medium" });
  assert.equal(article.headline, "All of Us Strangers: before you start");
  assert.ok(cited(article).every((id) => aous.factById.get(id)!.at.ord === 0));
});

const got = stories.find((s) => s.work.id === "game-of-thrones");
const gotAt = got?.scale.parse("S07E03");
const gotRecap = got && gotAt ? explain(got, { at: gotAt, length: "medium" }) : undefined;

test("game-of-thrones at S07E03: seasons 1–7 in at most 200 words, nothing from S07E04 on", { skip: !got && "game-of-thrones is not bundled yet" }, () => {
  const article = gotRecap!;
  assert.ok(article.words <= 200, `${article.words} words`);
  const seasons = new Set(cited(article).map((id) => Number(/^~?S(\d+)/.exec(got!.factById.get(id)!.at.label)?.[1] ?? "1")));
  assert.deepEqual([...seasons].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7]);
  for (const id of cited(article)) assert.ok(got!.factById.get(id)!.at.ord <= gotAt!.ord, id);
  const md = renderMarkdown(article);
  for (const secret of laterStrings(got!, gotAt!)) assert.ok(!md.includes(secret), `shows "${secret}"`);
});

test(
  "game-of-thrones at S07E03: the spoiler checker finds nothing in the recap",
  {
    skip: !got && "game-of-thrones is not bundled yet",
  },
  () => {
    const md = renderMarkdown(gotRecap!);
    const result = check(md, { work: got!, at: gotAt! });
    assert.deepEqual(result.reveals, [], `the checker flags: ${result.spans.map((s) => md.slice(s.start, s.end)).join(" | ")}`);
    assert.equal(result.spoiler, false);
  },
);
