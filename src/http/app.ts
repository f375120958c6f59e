import { readFileSync } from "node:fs";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { webRoutes } from "../web/routes.ts";
import { KeyVerifier } from "./auth.ts";
import { DEFAULT_LIMITS, type ApiDeps } from "./deps.ts";
import { openApiDocument } from "./openapi.ts";
import { ApiError, problemResponse, toProblem } from "./problems.ts";
import { RateLimiter } from "./rate-limit.ts";
import { mount, pathMatches, type AppContext, type AppEnv, type Route } from "./route.ts";
import { checkRoutes } from "./routes/check.ts";
import { editorRoutes } from "./routes/editor.ts";
import { explainRoutes } from "./routes/explain.ts";
import { metaRoutes } from "./routes/meta.ts";
import { readerRoutes } from "./routes/readers.ts";
import { workRoutes } from "./routes/works.ts";

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** Every API operation, in the order /openapi.json lists them. */
export function apiRoutes(deps: ApiDeps): Route[] {
  return [...workRoutes(deps), ...explainRoutes(deps), ...checkRoutes(deps), ...editorRoutes(deps), ...readerRoutes(deps), ...metaRoutes(deps)];
}

/**
 * The whole HTTP surface: the JSON API under /v1 (plus /openapi.json, /healthz, /readyz) and
 * the web pages at /. Cross-cutting concerns live here, in order: request id, access log,
 * problem+json for every error, per-IP limit, CORS, body limit, API key, per-key limit.
 */
export function createApp(deps: ApiDeps): Hono<AppEnv> {
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const log = deps.logger;
  const routes = apiRoutes(deps);
  const app = new Hono<AppEnv>();

  app.use(requestId({ limitLength: 128 }));
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const key = c.get("key");
    log.info(
      { reqId: c.get("requestId"), method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((performance.now() - started) * 100) / 100, ...(key ? { key: key.id } : {}) },
      "request",
    );
  });
  app.onError((err, c) => {
    const result = toProblem(err, c.get("requestId"));
    if (result.unexpected) log.error({ reqId: c.get("requestId"), err }, "request failed");
    return problemResponse(result);
  });
  app.notFound((c) => {
    const allowed = routes.filter((r) => pathMatches(r.path, c.req.path)).map((r) => r.method.toUpperCase());
    const error =
      allowed.length > 0
        ? new ApiError("method-not-allowed", `${c.req.method} is not allowed here; use ${allowed.join(", ")}`, {}, { Allow: allowed.join(", ") })
        : new ApiError("not-found", `no such resource: ${c.req.path}`);
    return problemResponse(toProblem(error, c.get("requestId")));
  });

  if (limits.perIp > 0) {
    const perIp = new RateLimiter(limits.perIp, limits.perIp * 2, deps.clock);
    app.use(async (c, next) => {
      limited(perIp.take(clientIp(c, limits.trustProxy)));
      await next();
    });
  }
  app.use("/v1/*", cors({ origin: "*", allowHeaders: ["Authorization", "Content-Type", "If-Match", "If-None-Match", "X-Request-Id"], exposeHeaders: ["ETag", "Location", "X-Request-Id", "Retry-After"] }));
  // A declared Content-Length is checked up front, and the body is then read on the Node
  // adapter's fast path (Node's parser holds it to that length). Any other body (chunked, or
  // undeclared) goes through Hono's bodyLimit, which counts as it reads but costs a full
  // Request object; GET and HEAD bodies are never read.
  const tooLarge = () => new ApiError("payload-too-large", `bodies are limited to ${limits.bodyBytes} bytes`);
  const countStreamed = bodyLimit({
    maxSize: limits.bodyBytes,
    onError: () => {
      throw tooLarge();
    },
  });
  app.use("/v1/*", async (c, next) => {
    const length = c.req.header("content-length");
    if (length === undefined || c.req.header("transfer-encoding") !== undefined) {
      return c.req.method === "GET" || c.req.method === "HEAD" ? next() : countStreamed(c, next);
    }
    if (Number(length) > limits.bodyBytes) throw tooLarge();
    await next();
  });
  const verifier = new KeyVerifier(deps.store, limits.keyCacheMs);
  app.use("/v1/*", async (c, next) => {
    const header = c.req.header("authorization");
    if (header !== undefined) {
      const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
      const verified = token ? await verifier.verify(token) : undefined;
      if (!verified?.ok) {
        throw new ApiError("unauthorized", "the API key is not valid (unknown, revoked or malformed)", {}, { "WWW-Authenticate": 'Bearer realm="afterimage", error="invalid_token"' });
      }
      c.set("key", verified.key);
    }
    await next();
  });
  if (limits.perKey > 0) {
    const perKey = new RateLimiter(limits.perKey, limits.perKey * 2, deps.clock);
    app.use("/v1/*", async (c, next) => {
      const key = c.get("key");
      if (key) limited(perKey.take(key.id));
      await next();
    });
  }

  mount(app, routes);
  let document: object | undefined;
  app.get("/openapi.json", (c) => c.json((document ??= openApiDocument(routes, VERSION))));
  app.route("/", webRoutes({ catalog: deps.cache.catalog() }));
  return app;
}

function limited(result: { ok: true } | { ok: false; retryAfter: number }): void {
  if (!result.ok) throw new ApiError("rate-limited", `slow down: try again in ${result.retryAfter} s`, {}, { "Retry-After": String(result.retryAfter) });
}

/** The client's address: the socket's, or behind a trusted proxy the last X-Forwarded-For hop. */
function clientIp(c: AppContext, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = c.req.header("x-forwarded-for")?.split(",").map((h) => h.trim()).filter(Boolean);
    if (hops && hops.length > 0) return hops[hops.length - 1]!;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? "unknown";
}
