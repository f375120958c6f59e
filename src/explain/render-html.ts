/**
 * An Article as HTML: a fragment to embed in a page (`renderHtmlFragment`) and a full document
 * (`renderHtml`). Every string is escaped, attribute values included; only http(s) links are
 * emitted. `data-cites` carries the ids a block cites, all of them known at the article's `at`.
 */
import type { Article, Block, Cites } from "./article.ts";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const h = escapeHtml;

function citesAttr(c: Cites): string {
  const ids = [
    ...c.facts.map((id) => `fact:${id}`),
    ...c.events.map((id) => `event:${id}`),
    ...c.readings.map((id) => `reading:${id}`),
    ...c.sources.map((id) => `source:${id}`),
  ];
  return ids.length > 0 ? ` data-cites="${h(ids.join(" "))}"` : "";
}

function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

export function renderHtmlFragment(article: Article): string {
  const out = [
    `<article class="afterimage-explainer" data-kind="${h(article.kind)}" data-work="${h(article.work.id)}" data-at="${h(article.at)}">`,
    `<header><h1>${h(article.headline)}</h1><p class="standfirst">${h(article.standfirst)}</p></header>`,
  ];
  for (const section of article.sections) {
    out.push(`<section id="${h(`explain-${section.id}`)}" data-section="${h(section.id)}">`, `<h2>${h(section.title)}</h2>`);
    for (const block of section.blocks) out.push(blockHtml(block));
    out.push("</section>");
  }
  out.push("</article>");
  return out.join("\n");
}

export function renderHtml(article: Article): string {
  return [
    "<!doctype html>",
    `<html lang="en">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${h(article.headline)}</title>`,
    `<meta name="description" content="${h(article.standfirst)}">`,
    `<style>body{font:17px/1.55 Georgia,serif;max-width:44rem;margin:2rem auto;padding:0 1rem}`,
    `.standfirst{font-style:italic}.warning{border-left:4px solid #b00;padding:.5rem 1rem;background:#fff4f4}`,
    `table{border-collapse:collapse;font-size:.9em}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}`,
    `blockquote{border-left:3px solid #999;margin-left:0;padding-left:1rem}.note{color:#555}</style>`,
    "</head>",
    "<body>",
    renderHtmlFragment(article),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function blockHtml(block: Block): string {
  const c = citesAttr(block.cites);
  switch (block.type) {
    case "paragraph":
      return `<p${c}>${h(block.text)}</p>`;
    case "warning":
      return `<p class="warning" role="note"${c}><strong>${h(block.text)}</strong></p>`;
    case "subheading":
      return `<h3${c}>${h(block.text)}</h3>`;
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      const items = block.items.map((i) => `<li${citesAttr(i.cites)}>${h(i.text)}${i.note ? ` <span class="note">(${h(i.note)})</span>` : ""}</li>`);
      return `<${tag}${c}>\n${items.join("\n")}\n</${tag}>`;
    }
    case "table": {
      const head = `<tr><th scope="col">${h(block.corner)}</th>${block.columns.map((col) => `<th scope="col" data-reading="${h(col.id)}">${h(col.label)}</th>`).join("")}</tr>`;
      const rows = block.rows.map(
        (r) => `<tr data-event="${h(r.id)}"><th scope="row">${h(r.label)}</th>${r.cells.map((cell) => `<td data-status="${h(cell)}">${h(cell)}</td>`).join("")}</tr>`,
      );
      return `<table${c}>\n<caption>${h(block.caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
    }
    case "source": {
      const a = block.attribution;
      const url = safeUrl(a.url);
      const who = [a.person, a.role].filter(Boolean).join(", ");
      const where = [a.outlet, a.interviewer ? `interviewed by ${a.interviewer}` : undefined, a.date].filter(Boolean).join(", ");
      const credit = `${who ? `${h(who)}; ` : ""}${h(where)}${url ? ` (<a href="${h(url)}" rel="noopener nofollow">source</a>)` : ""}`;
      const label = block.kind === "quote" ? "Quote" : block.kind === "paraphrase" ? "Paraphrase" : "Report";
      const body = block.kind === "quote" ? `<q>${h(block.text)}</q>` : h(block.text);
      return `<figure class="source" data-kind="${h(block.kind)}"${c}>\n<blockquote><p><strong>${label}:</strong> ${body}</p></blockquote>\n<figcaption>— ${credit}</figcaption>\n</figure>`;
    }
  }
}
