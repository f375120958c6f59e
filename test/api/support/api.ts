import assert from "node:assert/strict";
import type { Hono } from "hono";
import { createApp, apiRoutes } from "../../../src/http/app.ts";
import type { ApiDeps, Limits } from "../../../src/http/deps.ts";
import { createLogger } from "../../../src/http/logging.ts";
import { pathMatches, type AppEnv, type Route } from "../../../src/http/route.ts";
import { ProblemBody } from "../../../src/http/schemas.ts";
import { createApiKey } from "../../../src/store/api-keys.ts";
import { seedBundled } from "../../../src/store/seed.ts";
import type { Store } from "../../../src/store/store.ts";
import { WorkCache } from "../../../src/store/work-cache.ts";
import { importStoryFile } from "../../../src/store/work-importer.ts";
import { freshStore, type Dialect } from "../../store/support/databases.ts";
import { LIGHTHOUSE } from "../../store/support/stories.ts";

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed body when it is JSON (or problem+json). */
  readonly json: any;
}

export interface RequestOptions {
  readonly body?: unknown;
  /** Sent as is (a string) instead of JSON. */
  readonly raw?: string;
  readonly headers?: Record<string, string>;
  /** A bearer token. */
  readonly token?: string;
  /** The client address the server sees. */
  readonly ip?: string;
}

export interface Harness {
  readonly app: Hono<AppEnv>;
  readonly store: Store;
  readonly cache: WorkCache;
  readonly editor: string;
  readonly reader: string;
  readonly readerId: string;
  request(method: string, path: string, options?: RequestOptions): Promise<Reply>;
  get(path: string, options?: RequestOptions): Promise<Reply>;
  done(): Promise<void>;
}

export interface HarnessOptions {
  readonly dialect?: Dialect;
  readonly limits?: Partial<Limits>;
  /** Seed the bundled works (default true) and the lighthouse test film (always). */
  readonly bundled?: boolean;
  readonly store?: (store: Store) => Store;
  readonly clock?: () => number;
}

const STACK = /\n\s+at .+:\d+:\d+/;

/**
 * An in-process API on a fresh database with the bundled works, the lighthouse test film, an
 * editor key and a reader key. Every reply is checked against the contract: JSON bodies parse
 * with the schema the route declares for that status, problems are problem+json with a code
 * the route documents, and nothing looks like a stack trace.
 */
export async function apiHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fresh = await freshStore(options.dialect ?? "sqlite");
  const store = options.store ? options.store(fresh.store) : fresh.store;
  if (options.bundled !== false) await seedBundled(fresh.store);
  assert.ok((await importStoryFile(fresh.store, { source: LIGHTHOUSE, mediaType: "application/yaml", origin: "test" })).ok);
  const editor = await createApiKey(fresh.store, "editor", "test editor");
  const reader = await createApiKey(fresh.store, "reader", "test reader");
  const cache = new WorkCache(store, { ttlMs: 0 });
  const deps: ApiDeps = {
    store,
    cache,
    logger: createLogger("silent"),
    limits: { perIp: 0, perKey: 0, keyCacheMs: 60_000, ...options.limits },
    ...(options.clock ? { clock: options.clock } : {}),
  };
  const app = createApp(deps);
  const routes = apiRoutes(deps);

  const request = async (method: string, path: string, o: RequestOptions = {}): Promise<Reply> => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers.Authorization = `Bearer ${o.token}`;
    let body: string | undefined = o.raw;
    if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers["Content-Type"] ??= "application/json";
    }
    const env = { incoming: { socket: { remoteAddress: o.ip ?? "127.0.0.1" } } };
    const res = await app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) }, env);
    const text = await res.text();
    const type = res.headers.get("content-type") ?? "";
    const json = /json/.test(type) && text !== "" ? JSON.parse(text) : undefined;
    checkContract(routes, method, path, res.status, type, json, text);
    return { status: res.status, headers: res.headers, text, json };
  };

  return {
    app,
    store,
    cache,
    editor: editor.token,
    reader: reader.token,
    readerId: reader.key.readerId!,
    request,
    get: (path, o) => request("GET", path, o),
    done: fresh.done,
  };
}

function checkContract(routes: readonly Route[], method: string, url: string, status: number, type: string, json: unknown, text: string): void {
  assert.doesNotMatch(text, STACK, `${method} ${url}: looks like a stack trace`);
  const path = new URL(url, "http://x").pathname;
  const route = routes.find((r) => r.method === method.toLowerCase() && pathMatches(r.path, path));
  if (type.startsWith("application/problem+json")) {
    const problem = ProblemBody.parse(json);
    assert.equal(problem.status, status, `${method} ${url}: problem status`);
    if (route) {
      const documented = [...route.problems, "rate-limited", "internal"];
      assert.ok(documented.includes(problem.code), `${method} ${url}: ${problem.code} is not documented for ${route.operationId}`);
    }
    return;
  }
  if (!route || status >= 300) return;
  const declared = route.responses[status];
  assert.ok(declared, `${method} ${url}: status ${status} is not documented for ${route.operationId}`);
  if (declared.schema && type.startsWith("application/json")) {
    const parsed = declared.schema.safeParse(json);
    assert.ok(parsed.success, `${method} ${url}: the body does not match its schema: ${parsed.success ? "" : parsed.error.message}`);
  }
}
