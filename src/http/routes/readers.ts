import { createApiKey } from "../../store/api-keys.ts";
import { readJson } from "../body.ts";
import type { ApiDeps } from "../deps.ts";
import { ApiError } from "../problems.ts";
import { workFor } from "../reading.ts";
import { requireScope, route, type AppContext, type Route } from "../route.ts";
import { NewReader, ProgressBody, ProgressEntry, ReaderBody, WorkParams } from "../schemas.ts";

const TAG = "readers";

/**
 * Reader profiles: a reader token carries a reader's progress per work, so their position
 * follows them (reading routes use it when `at` is not given).
 */
export function readerRoutes({ store, cache }: ApiDeps): Route[] {
  const readerOf = (c: AppContext) => requireScope(c, "reader").readerId!;
  const present = (p: { workId: string; position: string; updatedAt: string }) => ({ work: p.workId, at: p.position, updatedAt: p.updatedAt });

  return [
    route({
      method: "post",
      path: "/v1/readers",
      operationId: "createReader",
      summary: "Create a reader profile and its reader token (shown once)",
      tag: TAG,
      responses: { 201: { description: "The new reader and their token", schema: NewReader } },
      problems: ["unauthorized"],
      handler: async (c) => {
        const { key, token } = await createApiKey(store, "reader", "self-registered");
        const reader = { id: key.readerId!, createdAt: key.createdAt };
        return c.json({ reader, token }, 201);
      },
    }),
    route({
      method: "get",
      path: "/v1/readers/me",
      operationId: "getReader",
      summary: "The reader the token belongs to, with their progress",
      tag: TAG,
      auth: "reader",
      responses: { 200: { description: "The reader", schema: ReaderBody } },
      problems: ["unauthorized", "forbidden"],
      handler: async (c) => {
        const key = c.get("key")!;
        return c.json({ id: readerOf(c), createdAt: key.createdAt, progress: (await store.progress(readerOf(c))).map(present) });
      },
    }),
    route({
      method: "get",
      path: "/v1/readers/me/progress/{id}",
      operationId: "getProgress",
      summary: "Where the reader is in a work",
      tag: TAG,
      auth: "reader",
      params: WorkParams,
      responses: { 200: { description: "The saved position", schema: ProgressEntry } },
      problems: ["not-found", "invalid-input", "unauthorized", "forbidden"],
      handler: async (c, { params }) => {
        const saved = (await store.progress(readerOf(c))).find((p) => p.workId === params.id);
        if (!saved) throw new ApiError("not-found", `no progress saved for \`${params.id}\``);
        return c.json(present(saved));
      },
    }),
    route({
      method: "put",
      path: "/v1/readers/me/progress/{id}",
      operationId: "putProgress",
      summary: "Save where the reader is in a work",
      description: "The position is checked against the work and saved in its canonical form.",
      tag: TAG,
      auth: "reader",
      params: WorkParams,
      body: { schema: ProgressBody, mediaTypes: ["application/json"] },
      responses: { 200: { description: "Saved", schema: ProgressEntry } },
      problems: ["unknown-work", "invalid-position", "invalid-json", "invalid-input", "unsupported-media-type", "unauthorized", "forbidden"],
      handler: async (c, { params }) => {
        const readerId = readerOf(c);
        const body = await readJson(c, ProgressBody);
        const work = await workFor(cache, params.id);
        const at = work.story.scale.parse(body.at);
        return c.json(present(await store.setProgress(readerId, work.id, at.label)));
      },
    }),
  ];
}
