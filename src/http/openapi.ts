import { z } from "zod";
import { StoryFile } from "../model/schema.ts";
import { statusOf, type ProblemCode } from "./problems.ts";
import type { Route } from "./route.ts";
import { components } from "./schemas.ts";

type Json = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** The component name of a registered schema; inline schemas are not allowed for bodies. */
function refOf(schema: z.ZodType): Json {
  if (schema === StoryFile) return ref("StoryFile");
  const id = components.get(schema)?.id;
  if (!id) throw new Error("a request or response body schema must be registered in schemas.ts");
  return ref(id);
}

function strip(schema: Json): Json {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/**
 * OpenAPI 3.1 for the routes, generated from the same zod schemas that validate requests:
 * components from the registry in schemas.ts (JSON Schema 2020-12, OpenAPI 3.1's dialect), the
 * story file from the model's own schema, and each route's parameters from its path and query
 * schemas.
 */
export function openApiDocument(routes: readonly Route[], version: string): Json {
  const registered = z.toJSONSchema(components, { target: "draft-2020-12", io: "output", uri: (id) => `#/components/schemas/${id}` });
  const schemas: Record<string, Json> = {};
  for (const [id, s] of Object.entries(registered.schemas)) schemas[id] = strip(s as Json);
  schemas.StoryFile = strip(z.toJSONSchema(StoryFile, { target: "draft-2020-12", io: "input" }) as Json);

  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    (paths[r.path] ??= {})[r.method] = operation(r);
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Afterimage API",
      version,
      description:
        "Spoiler-safe story knowledge. Every fact is anchored to where the story reveals it; every answer is what a reader at `at` knows, and nothing after it. Errors are RFC 9457 problem+json.",
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "works", description: "Works and what a reader knows of them at a position" },
      { name: "checking", description: "Spoiler checks of texts" },
      { name: "editing", description: "Importing story files (editor keys)" },
      { name: "readers", description: "Reader profiles and their progress" },
      { name: "operations", description: "Health and readiness" },
    ],
    paths,
    components: {
      schemas,
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key: `afterimage keys create --scope editor|reader`, or POST /v1/readers" } },
    },
  };
}

function operation(r: Route): Json {
  const parameters = [
    ...parametersOf(r.params, "path"),
    ...parametersOf(r.query, "query"),
    ...Object.entries(r.headers ?? {}).map(([name, description]) => ({ name, in: "header", required: false, description, schema: { type: "string" } })),
  ];
  const responses: Json = {};
  for (const [status, res] of Object.entries(r.responses)) {
    responses[status] = {
      description: res.description,
      ...(res.headers ? { headers: Object.fromEntries(Object.entries(res.headers).map(([h, d]) => [h, { description: d, schema: { type: "string" } }])) } : {}),
      ...(res.schema || res.mediaType
        ? {
            content: {
              ...(res.schema ? { "application/json": { schema: refOf(res.schema) } } : {}),
              ...Object.fromEntries([...(res.mediaType ? [res.mediaType] : []), ...(res.also ?? [])].map((t) => [t, { schema: { type: "string" } }])),
            },
          }
        : {}),
    };
  }
  const problems = new Map<number, ProblemCode[]>();
  for (const code of [...r.problems, "rate-limited", "internal"] as ProblemCode[]) {
    const status = statusOf(code);
    problems.set(status, [...(problems.get(status) ?? []), code]);
  }
  for (const [status, codes] of problems) {
    responses[String(status)] = {
      description: `Problem: ${codes.join(", ")}`,
      content: { "application/problem+json": { schema: ref("Problem") } },
    };
  }
  return {
    operationId: r.operationId,
    summary: r.summary,
    ...(r.description ? { description: r.description } : {}),
    tags: [r.tag],
    security: r.auth ? [{ apiKey: [] }] : [{}, { apiKey: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(r.body
      ? {
          requestBody: {
            required: true,
            ...(r.body.description ? { description: r.body.description } : {}),
            content: Object.fromEntries(r.body.mediaTypes.map((t) => [t, { schema: refOf(r.body!.schema) }])),
          },
        }
      : {}),
    responses,
  };
}

function parametersOf(schema: z.ZodObject<z.ZodRawShape> | undefined, where: "path" | "query"): Json[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = strip(z.toJSONSchema(field as z.ZodType, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Json);
    const { description, ...fieldSchema } = json;
    const optional = (field as z.ZodType).safeParse(undefined).success;
    return { name, in: where, required: where === "path" || !optional, ...(description ? { description } : {}), schema: fieldSchema };
  });
}
