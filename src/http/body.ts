import type { z } from "zod";
import { ApiError } from "./problems.ts";
import { validate, type AppContext } from "./route.ts";

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/;

/** The request's media type without parameters, lower-cased; undefined when not sent. */
export function mediaTypeOf(c: AppContext): string | undefined {
  return c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase() || undefined;
}

/**
 * Reads a JSON body and validates it: 415 for another media type, invalid-json for a body that
 * does not parse, invalid-input (with each field's path) for one that does not fit the schema.
 */
export async function readJson<S extends z.ZodType>(c: AppContext, schema: S): Promise<z.output<S>> {
  const type = mediaTypeOf(c);
  if (type !== undefined && !JSON_TYPE.test(type)) {
    throw new ApiError("unsupported-media-type", `send the body as application/json, not ${type}`);
  }
  const text = await c.req.text();
  if (text.trim() === "") throw new ApiError("invalid-json", "the body is empty; expected a JSON object");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ApiError("invalid-json", `the body is not valid JSON: ${(e as Error).message}`);
  }
  return validate(schema, value, "body");
}

export const STORY_MEDIA_TYPES = ["application/yaml", "application/x-yaml", "text/yaml", "application/json", "text/plain"] as const;

/** Reads a story file body (YAML or JSON, as text). */
export async function readStoryFile(c: AppContext): Promise<{ source: string; mediaType: string }> {
  const type = mediaTypeOf(c) ?? "application/yaml";
  if (!(STORY_MEDIA_TYPES as readonly string[]).includes(type)) {
    throw new ApiError("unsupported-media-type", `send the story file as ${STORY_MEDIA_TYPES.join(", ")}, not ${type}`);
  }
  const source = await c.req.text();
  if (source.trim() === "") throw new ApiError("invalid-input", "the body is empty; send a story file", { errors: [{ path: "body", message: "empty" }] });
  return { source, mediaType: type === "application/json" ? "application/json" : "application/yaml" };
}
