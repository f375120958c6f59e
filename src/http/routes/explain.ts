import { z } from "zod";
import { CONTENT_TYPES, EXPLAIN_FORMATS, explain, RECAP_LENGTHS, render } from "../../explain/index.ts";
import type { ApiDeps } from "../deps.ts";
import { positionFor, workFor } from "../reading.ts";
import { route, type Route } from "../route.ts";
import { AtQuery, components, WorkParams } from "../schemas.ts";

const Article = z
  .looseObject({
    kind: z.enum(["ending", "recap"]),
    work: z.looseObject({ id: z.string(), title: z.string() }),
    at: z.string(),
    headline: z.string(),
    standfirst: z.string(),
    sections: z.array(z.unknown()),
    words: z.number(),
  })
  .describe("An explainer article (see src/explain/article.ts for its blocks)");
components.add(Article, { id: "Article" });

/** "Ending explained" once the reader has finished; a spoiler-safe recap before that. */
export function explainRoutes({ store, cache }: ApiDeps): Route[] {
  return [
    route({
      method: "get",
      path: "/v1/works/{id}/explain",
      operationId: "explain",
      summary: "An ending-explained article at the end, a spoiler-safe recap before it",
      tag: "works",
      params: WorkParams,
      query: AtQuery.extend({
        format: z.enum(EXPLAIN_FORMATS).default("json").describe("json, md (Markdown) or html"),
        length: z.enum(RECAP_LENGTHS as unknown as [string, ...string[]]).default("medium").describe("Recap length (ignored at the end)"),
      }),
      responses: { 200: { description: "The article", schema: Article, also: ["text/markdown", "text/html"] } },
      problems: ["invalid-input", "unknown-work", "invalid-position", "unauthorized"],
      handler: async (c, { params, query }) => {
        const work = await workFor(cache, params.id, query.version);
        const at = await positionFor(c, store, work, query.at);
        const related = (await cache.all()).filter((w) => w.id !== work.id).map((w) => w.story);
        const article = explain(work.story, { at, length: query.length as (typeof RECAP_LENGTHS)[number], related });
        return c.body(render(article, query.format), 200, { "Content-Type": CONTENT_TYPES[query.format] });
      },
    }),
  ];
}
