/** An Article as Markdown: every model string escaped, so no text can become markup or a link. */
import type { Article, Block } from "./article.ts";

/** Backslash-escapes whatever could turn text into Markdown syntax (pipes too, for table cells). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, " ")
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/&(?=#?\w+;)/g, "\\&")
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2")
    .replace(/^(\s*)([-+=#])/, "$1\\$2");
}

const e = escapeMarkdown;

export function renderMarkdown(article: Article): string {
  const out: string[] = [`# ${e(article.headline)}`, "", `*${e(article.standfirst)}*`];
  for (const section of article.sections) {
    out.push("", `## ${e(section.title)}`);
    for (const block of section.blocks) out.push("", blockMarkdown(block));
  }
  return `${out.join("\n")}\n`;
}

function blockMarkdown(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return e(block.text);
    case "warning":
      return `> **${e(block.text)}**`;
    case "subheading":
      return `### ${e(block.text)}`;
    case "list":
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${e(item.text)}${item.note ? ` *(${e(item.note)})*` : ""}`).join("\n");
    case "table": {
      const header = `| ${[block.corner, ...block.columns.map((c) => c.label)].map(e).join(" | ")} |`;
      const rule = `|${" --- |".repeat(block.columns.length + 1)}`;
      const rows = block.rows.map((r) => `| ${[r.label, ...r.cells].map(e).join(" | ")} |`);
      return [`*${e(block.caption)}*`, "", header, rule, ...rows].join("\n");
    }
    case "source": {
      const a = block.attribution;
      const who = [a.person, a.role].filter(Boolean).join(", ");
      const where = [a.outlet, a.interviewer ? `interviewed by ${a.interviewer}` : undefined, a.date].filter(Boolean).join(", ");
      const url = a.url && /^https?:\/\//i.test(a.url) ? a.url.replace(/[<>\s]/g, encodeURIComponent) : undefined;
      const credit = `${who ? `${e(who)}; ` : ""}${e(where)}${url ? ` ([source](<${url}>))` : ""}`;
      const label = block.kind === "quote" ? "Quote" : block.kind === "paraphrase" ? "Paraphrase" : "Report";
      const text = block.kind === "quote" ? `“${e(block.text)}”` : e(block.text);
      return `> **${label}:** ${text}\n>\n> — ${credit}`;
    }
  }
}
