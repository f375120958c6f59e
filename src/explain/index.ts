/** The explainer: "ending explained" articles and spoiler-safe recaps, generated from the story model. */
export { explain, isRecapLength, type ExplainOptions } from "./explain.ts";
export {
  RECAP_LENGTHS,
  WORD_BUDGET,
  countWords,
  type Article,
  type ArticleKind,
  type Attribution,
  type Block,
  type Cites,
  type ListItem,
  type RecapLength,
  type Section,
  type SectionId,
} from "./article.ts";
export { CONTENT_TYPES, EXPLAIN_FORMATS, isExplainFormat, render, renderJson, type ExplainFormat } from "./render.ts";
export { renderHtml, renderHtmlFragment, escapeHtml } from "./render-html.ts";
export { renderMarkdown } from "./render-markdown.ts";
export { relatedWorks, type RelatedCandidate, type RelatedWork } from "./related.ts";
export { SPOILER_HEADLINE_WORDS } from "./headline.ts";
