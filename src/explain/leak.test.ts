/**
 * The leak property: for generated stories (every string carries a unique token) and every
 * position, nothing rendered for a reader at that position (Markdown, HTML, JSON, headline)
 * holds a token revealed after it. And non-interference: apart from where the next reveal comes,
 * the article for the full story equals the article for the story truncated at that position.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { arbitraryStory, secretsAfter, truncate, type GeneratedStory } from "../../test/support/arbitrary-story.ts";
import type { Position } from "../model/position.ts";
import { RECAP_LENGTHS, WORD_BUDGET, type Article } from "./article.ts";
import { explain } from "./explain.ts";
import { renderHtml } from "./render-html.ts";
import { renderJson } from "./render.ts";
import { renderMarkdown } from "./render-markdown.ts";

/** Every position a generated story uses, plus the moment just before each. */
function positionsOf(g: GeneratedStory): Position[] {
  const ords = new Set<number>();
  for (const label of g.positions) {
    const ord = g.story.scale.parse(label).ord;
    ords.add(ord);
    if (ord > 0) ords.add(ord - 1);
  }
  return [...ords].sort((a, b) => a - b).map((ord) => ({ ord, approx: false, label: g.story.scale.format(ord) }));
}

/** Other works for "related works": one sharing the public tag, one sharing only a spoiler tag's name. */
function others(g: GeneratedStory) {
  const spoilerNames = g.story.work.tags.filter((t) => t.spoiler).map((t) => ({ name: t.name, spoiler: false }));
  return [
    { id: "other-a", title: "Other A", kind: "film" as const, year: 1999, tags: [{ name: "public tag", spoiler: false }, ...spoilerNames] },
    { id: "other-b", title: "Other B", kind: "book" as const, year: 1998, tags: spoilerNames },
  ];
}

test("no rendered output holds anything revealed after the reader's position", () => {
  fc.assert(
    fc.property(arbitraryStory(), (g) => {
      positionsOf(g).forEach((at, i) => {
        const length = RECAP_LENGTHS[i % RECAP_LENGTHS.length]!;
        const article = explain(g.story, { at, length, related: others(g) });
        const outputs = { md: renderMarkdown(article), html: renderHtml(article), json: renderJson(article), headline: article.headline };
        for (const secret of secretsAfter(g.story, at)) {
          for (const [format, text] of Object.entries(outputs)) {
            assert.ok(!text.includes(secret), `${g.story.work.kind} at ${at.label}: the ${format} output holds ${secret}`);
          }
        }
        if (article.kind === "recap") assert.ok(article.words <= WORD_BUDGET[length], `${article.words} words > ${WORD_BUDGET[length]}`);
      });
    }),
    { numRuns: 300 },
  );
});

/** The article without the one thing that may depend on later content: where the next reveal is. */
const withoutNext = (a: Article) => ({ ...a, words: undefined, sections: a.sections.filter((s) => s.id !== "next") });

test("an article depends only on what is known: the same for the story truncated at the reader's position", () => {
  fc.assert(
    fc.property(arbitraryStory(), (g) => {
      positionsOf(g).forEach((at, i) => {
        const length = RECAP_LENGTHS[i % RECAP_LENGTHS.length]!;
        const full = explain(g.story, { at, length });
        const cut = explain(truncate(g.story, at), { at, length });
        assert.deepEqual(withoutNext(full), withoutNext(cut), `${g.story.work.kind} at ${at.label}`);
      });
    }),
    { numRuns: 200 },
  );
});
