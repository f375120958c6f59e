import { z } from "zod";
import { ask, character, known, metEntities, knownNames, nextReveal, reality, timeline } from "../../engine/index.ts";
import type { Position } from "../../model/position.ts";
import type { CompiledWork } from "../../store/work-cache.ts";
import type { ApiDeps } from "../deps.ts";
import type { ProblemCode } from "../problems.ts";
import { etagOf } from "../etag.ts";
import { presentSummary, presentVersions, presentWork } from "../presenters.ts";
import { positionFor, workFor } from "../reading.ts";
import { route, type Route } from "../route.ts";
import {
  AnswerBody,
  AtQuery,
  CharacterCard,
  CharacterList,
  KnownBody,
  NextBody,
  RealityBody,
  TimelineBody,
  VersionList,
  WorkDetail,
  WorkList,
  WorkParams,
} from "../schemas.ts";

const TAG = "works";
const READ_PROBLEMS: readonly ProblemCode[] = ["invalid-input", "unknown-work", "invalid-position", "unauthorized"];

/** The read-only routes: works and what a reader at a position knows of them. */
export function workRoutes({ store, cache }: ApiDeps): Route[] {
  /** A read at a position: resolves the work (and version) and the reader's position, then presents. */
  const atRoute = <Q extends typeof AtQuery, P extends typeof WorkParams>(spec: {
    path: string;
    operationId: string;
    summary: string;
    description?: string;
    params?: P;
    query?: Q;
    schema: z.ZodType;
    problems?: readonly ProblemCode[];
    present: (work: CompiledWork, at: Position, input: { params: z.output<P>; query: z.output<Q> }) => object;
  }) =>
    route({
      method: "get",
      path: spec.path,
      operationId: spec.operationId,
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      tag: TAG,
      params: spec.params ?? WorkParams,
      query: spec.query ?? AtQuery,
      responses: { 200: { description: spec.summary, schema: spec.schema } },
      problems: [...READ_PROBLEMS, ...(spec.problems ?? [])],
      handler: async (c, input) => {
        const { params, query } = input as { params: z.output<P>; query: z.output<Q> };
        const work = await workFor(cache, params.id, query.version);
        const at = await positionFor(c, store, work, query.at);
        return c.json(spec.present(work, at, { params, query }), 200, { ETag: etagOf(work.version) });
      },
    });

  return [
    route({
      method: "get",
      path: "/v1/works",
      operationId: "listWorks",
      summary: "List the works (metadata safe at position zero)",
      tag: TAG,
      responses: { 200: { description: "Every work, by id", schema: WorkList } },
      problems: ["unauthorized"],
      handler: async (c) => c.json({ works: (await cache.all()).map(presentSummary) }),
    }),
    atRoute({
      path: "/v1/works/{id}",
      operationId: "getWork",
      summary: "A work's metadata, safe at `at` (default: position zero)",
      description: "Cast, tags and episode or chapter titles appear only once a reader at `at` has met or reached them.",
      schema: WorkDetail,
      present: presentWork,
    }),
    route({
      method: "get",
      path: "/v1/works/{id}/versions",
      operationId: "listWorkVersions",
      summary: "The stored versions of a work, newest first",
      tag: TAG,
      params: WorkParams,
      responses: { 200: { description: "Versions without their content", schema: VersionList } },
      problems: ["invalid-input", "unknown-work", "unauthorized"],
      handler: async (c, { params }) => {
        const versions = await store.workVersions(params.id);
        if (versions.length === 0) await workFor(cache, params.id);
        return c.json(presentVersions(params.id, versions, c.get("key")?.scope === "editor"));
      },
    }),
    atRoute({
      path: "/v1/works/{id}/known",
      operationId: "getKnown",
      summary: "What a reader at `at` knows, in shown order",
      schema: KnownBody,
      present: (w, at) => known(w.story, at),
    }),
    atRoute({
      path: "/v1/works/{id}/characters",
      operationId: "listCharacters",
      summary: "The characters, places and things a reader at `at` has met",
      schema: CharacterList,
      present: (w, at) => ({
        at: at.label,
        characters: metEntities(w.story, at).map((e) => ({
          id: e.id,
          type: e.type,
          name: e.name,
          names: knownNames(e, at).map((n) => n.name),
          firstSeen: e.firstSeen.label,
        })),
      }),
    }),
    atRoute({
      path: "/v1/works/{id}/characters/{entity}",
      operationId: "getCharacter",
      summary: "A character card as a reader at `at` knows it",
      description: "`entity` is an id or any name known at `at`. One not met yet is unknown, as if absent.",
      params: WorkParams.extend({ entity: z.string().min(1).max(200).describe("An entity id or a name known at `at`") }),
      schema: CharacterCard,
      problems: ["unknown-entity"],
      present: (w, at, { params }) => character(w.story, params.entity, at),
    }),
    atRoute({
      path: "/v1/works/{id}/timeline",
      operationId: "getTimeline",
      summary: "Events shown by `at`, in shown or story order",
      query: AtQuery.extend({ order: z.enum(["shown", "story"]).default("shown").describe("shown: as the work shows them; story: in the story's chronology as revealed so far") }),
      schema: TimelineBody,
      present: (w, at, { query }) => timeline(w.story, at, query.order),
    }),
    atRoute({
      path: "/v1/works/{id}/reality",
      operationId: "getReality",
      summary: "The readings of the story revealed by `at`, with what is real under each",
      schema: RealityBody,
      present: (w, at) => reality(w.story, at),
    }),
    atRoute({
      path: "/v1/works/{id}/ask",
      operationId: "ask",
      summary: "Answers a question from what a reader at `at` knows",
      description: "When only a later fact answers it, `later.at` says where, never what.",
      query: AtQuery.extend({ q: z.string().min(1).max(500).describe("The question") }),
      schema: AnswerBody,
      present: (w, at, { query }) => ask(w.story, query.q, at),
    }),
    atRoute({
      path: "/v1/works/{id}/next",
      operationId: "getNextReveal",
      summary: "Where the next reveal after `at` comes, without its content",
      schema: NextBody,
      present: (w, at) => ({ at: at.label, next: nextReveal(w.story, at) ?? null }),
    }),
  ];
}
