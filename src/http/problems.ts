import { isAfterimageError, type ErrorCode } from "../model/errors.ts";
import { etagOf } from "./etag.ts";
import { isStoreError, type StoreErrorCode } from "../store/store.ts";

/**
 * Every error the API can answer with, by stable code: the one place where core, store and
 * HTTP errors become RFC 9457 problem+json. Details name only what the request itself named
 * or what is known at the requested position; unexpected errors say nothing but "internal".
 */
export type HttpErrorCode =
  | "invalid-json"
  | "unsupported-media-type"
  | "payload-too-large"
  | "unauthorized"
  | "forbidden"
  | "precondition-failed"
  | "not-found"
  | "method-not-allowed"
  | "rate-limited"
  | "unavailable"
  | "internal";

export type ProblemCode = ErrorCode | StoreErrorCode | HttpErrorCode;

const PROBLEMS: Record<ProblemCode, { status: number; title: string }> = {
  "invalid-input": { status: 400, title: "The request is not valid" },
  "invalid-json": { status: 400, title: "The body is not valid JSON" },
  "invalid-position": { status: 400, title: "Not a position in this work" },
  "invalid-story": { status: 422, title: "The story file has problems" },
  "unknown-work": { status: 404, title: "No such work" },
  "unknown-entity": { status: 404, title: "No such character or thing at this position" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "work-exists": { status: 409, title: "The work already exists" },
  "version-mismatch": { status: 412, title: "The work is not at the version you expected" },
  "precondition-failed": { status: 412, title: "A precondition failed" },
  "payload-too-large": { status: 413, title: "The body is too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  unauthorized: { status: 401, title: "A valid API key is required" },
  forbidden: { status: 403, title: "This key may not do that" },
  "rate-limited": { status: 429, title: "Too many requests" },
  unavailable: { status: 503, title: "Not available right now" },
  internal: { status: 500, title: "Internal error" },
};

export const PROBLEM_TYPE_BASE = "https://afterimage.dev/problems/";

/** An error raised by the HTTP adapter itself. */
export class ApiError extends Error {
  constructor(
    readonly code: HttpErrorCode | "invalid-input",
    message: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: ProblemCode;
  readonly detail: string;
  readonly requestId?: string;
  readonly [extension: string]: unknown;
}

export interface ProblemResult {
  readonly problem: Problem;
  readonly headers: Record<string, string>;
  /** Unexpected: the caller logs it (with its stack, in the logs only). */
  readonly unexpected: boolean;
}

/** Maps any thrown value to a problem. */
export function toProblem(e: unknown, requestId?: string): ProblemResult {
  const make = (code: ProblemCode, detail: string, extensions: Record<string, unknown> = {}): Problem => ({
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: PROBLEMS[code].title,
    status: PROBLEMS[code].status,
    code,
    detail,
    ...(requestId ? { requestId } : {}),
    ...extensions,
  });
  if (e instanceof ApiError) return { problem: make(e.code, e.message, e.extensions), headers: e.headers, unexpected: false };
  if (isAfterimageError(e)) {
    // Core details are for programs; only the ones known safe are passed on.
    const extensions = e.code === "invalid-story" && Array.isArray(e.details.problems) ? { problems: e.details.problems } : {};
    return { problem: make(e.code, e.message, extensions), headers: {}, unexpected: false };
  }
  if (isStoreError(e)) {
    const extensions = e.current !== undefined ? { current: etagOf(e.current) } : {};
    return { problem: make(e.code, e.message, extensions), headers: {}, unexpected: false };
  }
  return { problem: make("internal", "Something went wrong on our side; the request id identifies it in our logs."), headers: {}, unexpected: true };
}

export function problemResponse(result: ProblemResult): Response {
  return new Response(JSON.stringify(result.problem), {
    status: result.problem.status,
    headers: { "Content-Type": "application/problem+json", ...result.headers },
  });
}

export function statusOf(code: ProblemCode): number {
  return PROBLEMS[code].status;
}

export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];
