import type { Context, Hono } from "hono";
import type { HttpBindings } from "@hono/node-server";
import type { z } from "zod";
import type { ApiKey, Scope } from "../store/store.ts";
import { ApiError, type ProblemCode } from "./problems.ts";

export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: { requestId: string; key?: ApiKey };
}
export type AppContext = Context<AppEnv>;

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface RouteResponse {
  readonly description: string;
  /** A schema registered in schemas.ts `components`; absent for an empty body. */
  readonly schema?: z.ZodType;
  /** Another media type than JSON (e.g. the stored story file). */
  readonly mediaType?: string;
  /** Text media types the same operation can also answer with (?format=). */
  readonly also?: readonly string[];
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * One API operation: what it accepts and answers, declared once with zod schemas, used both to
 * validate the request and to write /openapi.json. Handlers stay thin: they get validated
 * input, call the core or a command, and present the result.
 */
export interface Route<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject> {
  readonly method: "get" | "post" | "put" | "delete";
  /** OpenAPI style: /v1/works/{id}. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  /** The scope a key must have; absent: open to anyone (a key is still checked when sent). */
  readonly auth?: Scope;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: { readonly schema: z.ZodType; readonly mediaTypes: readonly string[]; readonly description?: string };
  /** Extra request headers worth documenting (If-Match…). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly responses: Readonly<Record<number, RouteResponse>>;
  /** The problems this operation can answer with (besides 429 and 500, which any can). */
  readonly problems: readonly ProblemCode[];
  readonly handler: (c: AppContext, input: { params: z.output<P>; query: z.output<Q> }) => Response | Promise<Response>;
}

/** Declares a route with its types inferred from its schemas. */
export function route<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject>(r: Route<P, Q>): Route {
  return r as unknown as Route;
}

/** Registers routes on a Hono app: auth check, then path and query validation, then the handler. */
export function mount(app: Hono<AppEnv>, routes: readonly Route[]): void {
  for (const r of routes) {
    const honoPath = r.path.replace(/\{(\w+)\}/g, ":$1");
    app.on(r.method.toUpperCase(), honoPath, async (c) => {
      if (r.auth) requireScope(c, r.auth);
      const params = r.params ? validate(r.params, c.req.param(), "path") : {};
      const query = r.query ? validate(r.query, c.req.query(), "query") : {};
      return r.handler(c, { params, query });
    });
  }
}

export function requireScope(c: AppContext, scope: Scope): ApiKey {
  const key = c.get("key");
  if (!key) {
    throw new ApiError("unauthorized", `send an API key with the ${scope} scope as \`Authorization: Bearer <key>\``, {}, { "WWW-Authenticate": 'Bearer realm="afterimage"' });
  }
  if (key.scope !== scope) throw new ApiError("forbidden", `this operation needs a key with the ${scope} scope; this key has the ${key.scope} scope`);
  return key;
}

/** Parses a value with a schema, or throws invalid-input listing each failing field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => ({
    path: [where, ...i.path.filter((p) => typeof p !== "symbol")].join("."),
    message: i.message,
  }));
  throw new ApiError("invalid-input", errors.map((e) => `${e.path}: ${e.message}`).join("; "), { errors });
}

/** Whether an OpenAPI path template (/v1/works/{id}) matches a concrete path. */
export function pathMatches(template: string, path: string): boolean {
  const pattern = template
    .split("/")
    .map((segment) => (/^\{\w+\}$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${pattern}$`).test(path);
}
