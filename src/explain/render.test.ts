import assert from "node:assert/strict";
import { test } from "node:test";
import { cites, type Article } from "./article.ts";
import { render, renderJson } from "./render.ts";
import { escapeHtml, renderHtml, renderHtmlFragment } from "./render-html.ts";
import { escapeMarkdown, renderMarkdown } from "./render-markdown.ts";

const evil = `<script>alert("x")</script> & 'quotes' *bold* [link](http://x) | pipe`;
const article: Article = {
  kind: "ending",
  work: { id: "w", title: "W", kind: "film", year: 2000 },
  at: "end",
  headline: `Head ${evil}`,
  standfirst: `Stand ${evil}`,
  words: 0,
  sections: [
    {
      id: "premise",
      title: `Title ${evil}`,
      blocks: [
        { type: "paragraph", text: evil, cites: cites({ facts: [`f"><img src=x onerror=alert(1)>`] }) },
        { type: "list", ordered: true, items: [{ text: evil, note: evil, cites: cites({}) }], cites: cites({}) },
        { type: "table", caption: evil, corner: evil, columns: [{ id: `c"'`, label: evil }], rows: [{ id: `r"`, label: evil, cells: [evil] }], cites: cites({}) },
        { type: "source", kind: "quote", text: evil, attribution: { person: evil, date: "2020", url: "javascript:alert(1)" }, cites: cites({ sources: ["s"] }) },
        { type: "source", kind: "paraphrase", text: "ok", attribution: { date: "2020", url: "https://example.org/a?b=1&c=2" }, cites: cites({}) },
      ],
    },
  ],
};

test("HTML: every string and attribute value is escaped; only http(s) links", () => {
  const html = renderHtml(article);
  assert.ok(!html.includes("<script>"), "no raw tag from the model");
  assert.ok(!html.includes("<img"), "no tag smuggled through an attribute");
  assert.ok(!/javascript:/i.test(html), "no javascript: URL");
  assert.match(html, /href="https:\/\/example\.org\/a\?b=1&amp;c=2"/);
  assert.match(html, /data-cites="fact:f&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;"/);
  assert.equal(escapeHtml(`<a href='x'>&"`), "&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
});

test("HTML: the fragment embeds in a page; the document wraps it", () => {
  const fragment = renderHtmlFragment(article);
  assert.match(fragment, /^<article [^>]*data-kind="ending"/);
  assert.match(fragment, /<\/article>$/);
  assert.ok(!fragment.includes("<html"));
  assert.ok(renderHtml(article).includes(fragment));
});

test("Markdown: model text cannot become markup, links or table cells", () => {
  const md = renderMarkdown(article);
  assert.ok(!/(?<!\\)</.test(md.replace(/\(<https:[^>]*>\)/g, "")), "every < from the model is escaped");
  assert.ok(!md.includes("[link](http://x)"));
  assert.ok(!/javascript:/i.test(md));
  assert.equal(escapeMarkdown("a | b *c* [d]"), "a \\| b \\*c\\* \\[d\\]");
  assert.equal(escapeMarkdown("1. not a list"), "1\\. not a list");
  assert.equal(escapeMarkdown("# not a heading"), "\\# not a heading");
  assert.equal(escapeMarkdown("line\nbreak"), "line break");
  const row = md.split("\n").find((l) => l.startsWith("| ") && l.includes("pipe") && !l.includes("---"))!;
  assert.equal(row.split(/(?<!\\)\|/).length - 2, 2, "a row has exactly its two cells");
});

test("JSON is the article itself; render dispatches by format", () => {
  assert.deepEqual(JSON.parse(renderJson(article)), article);
  assert.equal(render(article, "json"), renderJson(article));
  assert.equal(render(article, "md"), renderMarkdown(article));
  assert.equal(render(article, "html"), renderHtml(article));
});
