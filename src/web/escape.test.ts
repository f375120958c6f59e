import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeHtml, html, join, query, raw, safeUrl } from "./escape.ts";

test("interpolated values are escaped for text and quoted attributes", () => {
  const evil = `"><script>alert('x')</script>&`;
  assert.equal(html`<p title="${evil}">${evil}</p>`.value, `<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>`);
  assert.equal(escapeHtml("a & b"), "a &amp; b");
});

test("nested templates and raw markup pass through; arrays join; empty values render nothing", () => {
  const items = ["<a>", "b"].map((s) => html`<li>${s}</li>`);
  assert.equal(html`<ul>${items}</ul>${undefined}${null}${false}${raw("<hr>")}`.value, "<ul><li>&lt;a&gt;</li><li>b</li></ul><hr>");
  assert.equal(join(["<x>", html`<y>`], ", ").value, "&lt;x&gt;, <y>");
  assert.equal(html`${0}`.value, "0");
});

test("only http(s) URLs are allowed into links", () => {
  assert.equal(safeUrl("https://example.com/a?b=1"), "https://example.com/a?b=1");
  assert.equal(safeUrl("javascript:alert(1)"), undefined);
  assert.equal(safeUrl("data:text/html,<script>"), undefined);
  assert.equal(safeUrl("not a url"), undefined);
  assert.equal(safeUrl(undefined), undefined);
});

test("query strings encode values and skip undefined ones", () => {
  assert.equal(query({ at: "~47m", q: "a&b", x: undefined }), "?at=~47m&q=a%26b");
  assert.equal(query({ at: "S01E03@12:30" }), "?at=S01E03@12:30");
  assert.equal(query({}), "");
});
