/** One entry point for every output format, with the media type each is served as. */
import type { Article } from "./article.ts";
import { renderHtml } from "./render-html.ts";
import { renderMarkdown } from "./render-markdown.ts";

export const EXPLAIN_FORMATS = ["md", "html", "json"] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

export const CONTENT_TYPES: Record<ExplainFormat, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export function isExplainFormat(value: unknown): value is ExplainFormat {
  return typeof value === "string" && (EXPLAIN_FORMATS as readonly string[]).includes(value);
}

export function renderJson(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

export function render(article: Article, format: ExplainFormat): string {
  switch (format) {
    case "md":
      return renderMarkdown(article);
    case "html":
      return renderHtml(article);
    case "json":
      return renderJson(article);
  }
}
