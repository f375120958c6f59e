import { z } from "zod";
import { loadClassifier } from "../../spoilers/classifier/load.ts";
import { check, classify, redact, REDACT_FORMATS, type CheckResult, type RedactFormat, type SentenceScorer } from "../../spoilers/index.ts";
import { readJson } from "../body.ts";
import type { ApiDeps } from "../deps.ts";
import { ApiError } from "../problems.ts";
import { positionFor, workFor } from "../reading.ts";
import { route, type AppContext, type Route } from "../route.ts";
import { At, components, WorkId } from "../schemas.ts";

const MAX_TEXT_BYTES = 100 * 1024;
const MAX_BATCH = 1000;

const Text = z
  .string()
  .min(1)
  .refine((t) => t.length <= MAX_TEXT_BYTES && Buffer.byteLength(t) <= MAX_TEXT_BYTES, `a text is limited to ${MAX_TEXT_BYTES / 1024} KB`)
  .describe("The text to check (at most 100 KB)");

const Options = {
  work: WorkId.optional().describe("The work the text may spoil. Without it, the generic classifier alone scores each sentence (no facts, no positions)"),
  at: At.optional().describe("Where the reader is in `work` (default: their saved progress with a reader token, else the start); only with `work`"),
  sensitivity: z.enum(["high", "low"]).default("high").describe("high: every later fact counts; low: minor ones pass"),
  classifier: z.boolean().default(true).describe("With `work`: let the generic classifier vote too (default); false: the story model alone"),
  redact: z.enum(REDACT_FORMATS as [RedactFormat, ...RedactFormat[]]).optional().describe("Also return the text with the flagged spans hidden in this markup"),
};

export const CheckRequest = z.object({ ...Options, text: Text }).strict();
export const CheckBatchRequest = z.object({ ...Options, texts: z.array(Text).min(1).max(MAX_BATCH).describe(`Up to ${MAX_BATCH} texts, checked with the same options`) }).strict();
components.add(CheckRequest, { id: "CheckRequest" });
components.add(CheckBatchRequest, { id: "CheckBatchRequest" });

const Verdict = z
  .object({
    spoiler: z.boolean(),
    score: z.number().describe("0..1: the strongest flagged span's score; 0 when nothing is flagged"),
    reveals: z
      .array(z.object({ at: z.string().describe("Where the story reveals it"), fact: z.string().optional().describe("Editor keys only: the fact's id") }).strict())
      .describe("What the text reveals, as where the story reveals it (never what)"),
    spans: z.array(
      z
        .object({
          start: z.number().int().describe("UTF-16 offset, inclusive"),
          end: z.number().int().describe("UTF-16 offset, exclusive"),
          score: z.number(),
          by: z.array(z.enum(["story", "classifier"])),
          reveals: z.array(z.string()).describe("Where the story reveals what this span gives away"),
          facts: z.array(z.string()).optional().describe("Editor keys only"),
        })
        .strict(),
    ),
    redacted: z.string().optional().describe("The text with flagged spans hidden (when `redact` was given)"),
  })
  .strict();

const Where = { work: z.string().optional().describe("Absent for a check without a work"), at: z.string().optional() };
const CheckResponse = z.object(Where).extend(Verdict.shape).strict();
const CheckBatchResponse = z.object({ ...Where, results: z.array(Verdict) }).strict();
components.add(CheckResponse, { id: "CheckResult" });
components.add(CheckBatchResponse, { id: "CheckBatchResult" });

const PROBLEMS = ["invalid-json", "invalid-input", "unsupported-media-type", "payload-too-large", "unknown-work", "invalid-position", "unauthorized", "unavailable"] as const;

type Options = { work?: string | undefined; at?: string | undefined; sensitivity: "high" | "low"; classifier: boolean; redact?: RedactFormat | undefined };

/**
 * The spoiler checker over HTTP: which spans of a text reveal what a reader at `at` has not
 * reached. Answers say where a spoiler is revealed, never what; fact ids only to editors.
 */
export function checkRoutes({ store, cache, classifier }: ApiDeps): Route[] {
  let scorer: SentenceScorer | undefined | null = classifier;
  /** Loaded once, on first use; null when the model cannot be loaded on this node. */
  const tryGeneric = (): SentenceScorer | undefined => {
    if (scorer === undefined) {
      try {
        scorer = loadClassifier();
      } catch {
        scorer = null;
      }
    }
    return scorer ?? undefined;
  };
  const generic = (): SentenceScorer => {
    const model = tryGeneric();
    if (!model) throw new ApiError("unavailable", "the generic spoiler classifier is not available on this node; name a `work` to check against its story model");
    return model;
  };

  /** Everything a batch shares: the work and position (or none), and the checker for one text. */
  const checker = async (c: AppContext, body: Options) => {
    const editor = c.get("key")?.scope === "editor";
    if (body.work === undefined) {
      if (body.at !== undefined) throw new ApiError("invalid-input", "`at` needs `work`: positions belong to a work", { errors: [{ path: "body.at", message: "needs body.work" }] });
      const model = generic();
      return { where: {}, verdict: (text: string) => present(text, classify(text, model), body, editor) };
    }
    const work = await workFor(cache, body.work);
    const at = await positionFor(c, store, work, body.at);
    const vote = body.classifier ? tryGeneric() : undefined; // without the model: the story model alone
    return {
      where: { work: work.id, at: at.label },
      verdict: (text: string) => present(text, check(text, { work: work.story, at, sensitivity: body.sensitivity, ...(vote ? { classifier: vote } : {}) }), body, editor),
    };
  };

  return [
    route({
      method: "post",
      path: "/v1/check",
      operationId: "check",
      summary: "Check a text for spoilers for a reader at `at`",
      tag: "checking",
      body: { schema: CheckRequest, mediaTypes: ["application/json"] },
      responses: { 200: { description: "The verdict", schema: CheckResponse } },
      problems: PROBLEMS,
      handler: async (c) => {
        const body = await readJson(c, CheckRequest);
        const { where, verdict } = await checker(c, body);
        return c.json({ ...where, ...verdict(body.text) });
      },
    }),
    route({
      method: "post",
      path: "/v1/check/batch",
      operationId: "checkBatch",
      summary: `Check up to ${MAX_BATCH} texts at once`,
      tag: "checking",
      body: { schema: CheckBatchRequest, mediaTypes: ["application/json"] },
      responses: { 200: { description: "One verdict per text, in order", schema: CheckBatchResponse } },
      problems: PROBLEMS,
      handler: async (c) => {
        const body = await readJson(c, CheckBatchRequest);
        const { where, verdict } = await checker(c, body);
        return c.json({ ...where, results: body.texts.map(verdict) });
      },
    }),
  ];
}

/** A check result as the API shows it: where spoilers are revealed, fact ids only to editors. */
function present(text: string, result: CheckResult, options: Options, editor: boolean) {
  const atOf = new Map(result.reveals.map((r) => [r.fact, r.at]));
  return {
    spoiler: result.spoiler,
    score: result.score,
    reveals: result.reveals.map((r) => (editor ? { at: r.at, fact: r.fact } : { at: r.at })),
    spans: result.spans.map((s) => ({
      start: s.start,
      end: s.end,
      score: s.score,
      by: [...s.by],
      reveals: [...new Set(s.facts.map((f) => atOf.get(f)!).filter(Boolean))],
      ...(editor ? { facts: [...s.facts] } : {}),
    })),
    ...(options.redact ? { redacted: redact(text, result, { format: options.redact }) } : {}),
  };
}
