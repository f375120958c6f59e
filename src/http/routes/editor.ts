import { z } from "zod";
import { AfterimageError } from "../../model/errors.ts";
import { locateIn } from "../../model/load.ts";
import { StoryFile } from "../../model/schema.ts";
import { laterNamesInFacts } from "../../spoilers/lint.ts";
import type { Expectation } from "../../store/store.ts";
import { importStoryFile } from "../../store/work-importer.ts";
import { readStoryFile, STORY_MEDIA_TYPES } from "../body.ts";
import type { ApiDeps } from "../deps.ts";
import { etagOf, parseIfMatch } from "../etag.ts";
import { presentSummary } from "../presenters.ts";
import { ApiError } from "../problems.ts";
import { workFor } from "../reading.ts";
import { route, type AppContext, type Route } from "../route.ts";
import { Imported, WorkParams } from "../schemas.ts";

const TAG = "editing";
const STORY_BODY = {
  schema: StoryFile,
  mediaTypes: STORY_MEDIA_TYPES,
  description: "A story file, YAML or JSON (see schema/story.schema.json)",
} as const;
const IF_MATCH = "The ETag of the version you edited: the write fails with 412 if the work has moved on since";

/** The routes that change works: editor keys only. Each import is one atomic new version. */
export function editorRoutes({ store, cache }: ApiDeps): Route[] {
  const save = async (c: AppContext, id: string | undefined, expect: Expectation) => {
    const { source, mediaType } = await readStoryFile(c);
    const key = c.get("key")!;
    const result = await importStoryFile(store, { source, mediaType, origin: `key:${key.id}`, expect, ...(id ? { id } : {}) });
    if (!result.ok) {
      const problems = result.problems.map(({ line, column, path, message }) => ({ line, column, path, message }));
      throw new AfterimageError("invalid-story", `the story file has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was stored`, { problems });
    }
    const { version, story } = result;
    const warnings = locateIn(source, "<request>", laterNamesInFacts(story)).map(({ line, column, path, message }) => ({ line, column, path, message }));
    cache.noteHead(version.id, { id: version.id, version: version.version, updatedAt: version.createdAt }, story);
    const etag = etagOf(version.version);
    const work = { id: version.id, version: version.version, updatedAt: version.createdAt, story };
    return { body: { work: presentSummary(work), etag, warnings }, headers: { ETag: etag, Location: `/v1/works/${version.id}` }, created: version.previous === null };
  };

  return [
    route({
      method: "post",
      path: "/v1/works",
      operationId: "createWork",
      summary: "Import a new work from a story file",
      tag: TAG,
      auth: "editor",
      body: STORY_BODY,
      responses: { 201: { description: "Imported as the work's first version", schema: Imported, headers: { ETag: "The version's ETag", Location: "The work" } } },
      problems: ["invalid-story", "work-exists", "unsupported-media-type", "payload-too-large", "invalid-input", "unauthorized", "forbidden"],
      handler: async (c) => {
        const saved = await save(c, undefined, { kind: "absent" });
        return c.json(saved.body, 201, saved.headers);
      },
    }),
    route({
      method: "put",
      path: "/v1/works/{id}",
      operationId: "putWork",
      summary: "Import a new version of a work (or create it)",
      description: "Send `If-Match` with the ETag you read to avoid overwriting someone else's import; `If-None-Match: *` to only create.",
      tag: TAG,
      auth: "editor",
      params: WorkParams,
      body: STORY_BODY,
      headers: { "If-Match": IF_MATCH, "If-None-Match": "`*`: create only" },
      responses: {
        200: { description: "Imported as a new version", schema: Imported, headers: { ETag: "The new version's ETag" } },
        201: { description: "Created", schema: Imported, headers: { ETag: "The version's ETag", Location: "The work" } },
      },
      problems: ["invalid-story", "version-mismatch", "precondition-failed", "work-exists", "unsupported-media-type", "payload-too-large", "invalid-input", "unauthorized", "forbidden"],
      handler: async (c, { params }) => {
        const saved = await save(c, params.id, await expectationOf(c, params.id));
        return c.json(saved.body, saved.created ? 201 : 200, saved.headers);
      },
    }),
    route({
      method: "delete",
      path: "/v1/works/{id}",
      operationId: "deleteWork",
      summary: "Delete a work",
      description: "The work leaves every list and lookup. Its versions are kept: importing it again continues their numbering.",
      tag: TAG,
      auth: "editor",
      params: WorkParams,
      headers: { "If-Match": IF_MATCH },
      responses: { 204: { description: "Deleted" } },
      problems: ["unknown-work", "version-mismatch", "precondition-failed", "invalid-input", "unauthorized", "forbidden"],
      handler: async (c, { params }) => {
        await workFor(cache, params.id);
        await store.deleteWork(params.id, await expectationOf(c, params.id));
        cache.noteHead(params.id, undefined);
        return c.body(null, 204);
      },
    }),
    route({
      method: "get",
      path: "/v1/works/{id}/source",
      operationId: "getWorkSource",
      summary: "The stored story file of a version (it holds every spoiler: editors only)",
      tag: TAG,
      auth: "editor",
      params: WorkParams,
      query: z.object({ version: z.coerce.number().int().positive().optional().describe("Default: the current version") }),
      responses: { 200: { description: "The story file as it was imported", mediaType: "application/yaml", headers: { ETag: "The version's ETag" } } },
      problems: ["unknown-work", "invalid-input", "unauthorized", "forbidden"],
      handler: async (c, { params, query }) => {
        const stored = await store.workVersion(params.id, query.version);
        if (!stored) await workFor(cache, params.id, query.version);
        return c.body(stored!.source, 200, { "Content-Type": `${stored!.mediaType}; charset=utf-8`, ETag: etagOf(stored!.version) });
      },
    }),
  ];

  /** If-Match / If-None-Match to what the store must find. */
  async function expectationOf(c: AppContext, id: string): Promise<Expectation> {
    if (c.req.header("if-none-match")?.trim() === "*") return { kind: "absent" };
    const header = c.req.header("if-match");
    if (header === undefined) return { kind: "any" };
    const wanted = parseIfMatch(header);
    const current = (await store.workHeads()).find((h) => h.id === id);
    if (wanted === "*") {
      if (!current) throw new ApiError("precondition-failed", `If-Match: * needs the work \`${id}\` to exist`);
      return { kind: "version", version: current.version };
    }
    if (wanted.length === 0) throw new ApiError("precondition-failed", `If-Match names no version of this work (expected an ETag like "v3")`);
    // One tag: the store checks it inside the write. Several: whichever the head is, if listed.
    const version = wanted.length === 1 ? wanted[0]! : wanted.find((v) => v === current?.version) ?? wanted[0]!;
    return { kind: "version", version };
  }
}
