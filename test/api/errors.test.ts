/** Every error path answers RFC 9457 problem+json with a stable code, and never a stack trace. */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createApp } from "../../src/http/app.ts";
import { createLogger } from "../../src/http/logging.ts";
import { createApiKey } from "../../src/store/api-keys.ts";
import type { Store } from "../../src/store/store.ts";
import { apiHarness, type Harness } from "./support/api.ts";
import { LIGHTHOUSE_ID as ID } from "../store/support/stories.ts";

describe("API: errors", () => {
  let api: Harness;
  before(async () => {
    api = await apiHarness({ limits: { keyCacheMs: 0 } });
  });
  after(() => api.done());

  const problem = (r: { status: number; json: { code: string; status: number; type: string; title: string; detail: string; requestId?: string }; headers: Headers }, status: number, code: string) => {
    assert.equal(r.status, status, JSON.stringify(r.json));
    assert.equal(r.json.code, code);
    assert.equal(r.json.type, `https://afterimage.dev/problems/${code}`);
    assert.ok(r.json.title && r.json.detail);
    assert.equal(r.json.requestId, r.headers.get("x-request-id"));
    assert.match(r.headers.get("content-type")!, /^application\/problem\+json/);
  };

  it("bad JSON is 400 invalid-json; an empty body too", async () => {
    const body = { work: ID, text: "x" };
    problem(await api.request("POST", "/v1/check", { raw: "{not json", headers: { "Content-Type": "application/json" } }), 400, "invalid-json");
    problem(await api.request("POST", "/v1/check", { raw: "", headers: { "Content-Type": "application/json" } }), 400, "invalid-json");
    problem(await api.request("PUT", `/v1/readers/me/progress/${ID}`, { raw: "[", headers: { "Content-Type": "application/json" }, token: api.reader }), 400, "invalid-json");
    assert.equal((await api.request("POST", "/v1/check", { body })).status, 200);
  });

  it("a body that does not fit the schema is 400 invalid-input, naming each field", async () => {
    const r = await api.request("POST", "/v1/check", { body: { work: ID, text: 5, sensitivity: "extreme", extra: true } });
    problem(r, 400, "invalid-input");
    const paths = (r.json as unknown as { errors: { path: string }[] }).errors.map((e) => e.path).sort();
    assert.deepEqual(paths, ["body", "body.sensitivity", "body.text"]);
  });

  it("a non-JSON media type on a JSON route is 415", async () => {
    problem(await api.request("POST", "/v1/check", { raw: "text=x", headers: { "Content-Type": "application/x-www-form-urlencoded" } }), 415, "unsupported-media-type");
  });

  it("an unknown work is 404 and the detail lists only work ids", async () => {
    const r = await api.get("/v1/works/no-such-work/known?at=10m");
    problem(r, 404, "unknown-work");
    assert.match(r.json.detail, /^no work `no-such-work`; available: [a-z0-9-]+(, [a-z0-9-]+)*$/);
    for (const path of ["/v1/works/no-such-work", "/v1/works/no-such-work/versions", "/v1/works/no-such-work/explain", "/v1/works/no-such-work/characters/tom"]) {
      problem(await api.get(path), 404, "unknown-work");
    }
    problem(await api.request("POST", "/v1/check", { body: { work: "no-such-work", text: "hello" } }), 404, "unknown-work");
  });

  it("a malformed work id is 400 invalid-input", async () => {
    problem(await api.get("/v1/works/NOT_A_SLUG"), 400, "invalid-input");
  });

  it("a bad position is 400 invalid-position, explaining the syntax", async () => {
    const r = await api.get(`/v1/works/${ID}/known?at=S01E01`);
    problem(r, 400, "invalid-position");
    assert.match(r.json.detail, /expected a time in the film/);
    problem(await api.get(`/v1/works/${ID}/known?at=500m`), 400, "invalid-position");
    problem(await api.get(`/v1/works/game-of-thrones/timeline?at=S09E01`), 400, "invalid-position");
    problem(await api.request("POST", "/v1/check", { body: { work: ID, at: "tomorrow", text: "x" } }), 400, "invalid-position");
  });

  it("bad query values are 400 invalid-input", async () => {
    problem(await api.get(`/v1/works/${ID}/timeline?order=sideways`), 400, "invalid-input");
    problem(await api.get(`/v1/works/${ID}/ask?at=10m`), 400, "invalid-input");
    problem(await api.get(`/v1/works/${ID}?version=zero`), 400, "invalid-input");
    problem(await api.get(`/v1/works/${ID}/explain?format=pdf`), 400, "invalid-input");
  });

  it("an unknown entity is 404 and names only entities met by `at`", async () => {
    const r = await api.get(`/v1/works/${ID}/characters/nell?at=10m`);
    problem(r, 404, "unknown-entity");
    assert.equal(r.json.detail, "no character or thing called `nell` at 10m; known so far: tom, island");
    const byLaterName = await api.get(`/v1/works/${ID}/characters/${encodeURIComponent("Captain Marlowe")}?at=40m`);
    problem(byLaterName, 404, "unknown-entity");
  });

  it("a wrong key is 401 on every route, even open ones; the right one works", async () => {
    const headers = (token: string) => ({ Authorization: `Bearer ${token}` });
    problem(await api.get("/v1/works", { headers: headers("not-a-key") }), 401, "unauthorized");
    problem(await api.get("/v1/works", { headers: headers(`aik_zzzzzzzzzzzz_${"A".repeat(43)}`) }), 401, "unauthorized");
    problem(await api.get("/v1/works", { headers: { Authorization: "Basic dXNlcjpwYXNz" } }), 401, "unauthorized");
    const forged = `${api.editor.slice(0, -2)}${api.editor.endsWith("AA") ? "BB" : "AA"}`;
    problem(await api.request("DELETE", `/v1/works/${ID}`, { token: forged }), 401, "unauthorized");
    assert.equal((await api.get("/v1/works", { token: api.editor })).status, 200);
  });

  it("a revoked key is 401", async () => {
    const { key, token } = await createApiKey(api.store, "editor", "to revoke");
    assert.equal((await api.get("/v1/works", { token })).status, 200);
    await api.store.revokeKey(key.id);
    problem(await api.get("/v1/works", { token }), 401, "unauthorized");
  });

  it("a body over 1 MB is 413, declared or streamed; a text over 100 KB is 400", async () => {
    const big = "x".repeat(1024 * 1024 + 1);
    problem(await api.request("POST", "/v1/works", { raw: big, headers: { "Content-Type": "application/yaml" }, token: api.editor }), 413, "payload-too-large");
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode("y".repeat(64 * 1024)));
        controller.close();
      },
    });
    const streamed = await api.app.request("/v1/check", { method: "POST", body: stream, headers: { "Content-Type": "application/json" }, duplex: "half" } as RequestInit);
    assert.equal(streamed.status, 413);
    const long = await api.request("POST", "/v1/check", { body: { work: ID, text: "é".repeat(60 * 1024) } });
    problem(long, 400, "invalid-input");
    assert.match(long.json.detail, /100 KB/);
  });

  it("an unknown path is 404, a known path with another method 405 with Allow", async () => {
    problem(await api.get("/v1/nothing-here"), 404, "not-found");
    const r = await api.request("PATCH", `/v1/works/${ID}`);
    problem(r, 405, "method-not-allowed");
    assert.equal(r.headers.get("allow"), "GET, PUT, DELETE");
  });

  it("/readyz is 503 while draining and when the database does not answer", async () => {
    const draining = createApp({ store: api.store, cache: api.cache, logger: createLogger("silent"), accepting: () => false });
    const r = await draining.request("/readyz");
    assert.equal(r.status, 503);
    assert.equal(((await r.json()) as { code: string }).code, "unavailable");
    const offline = new Proxy(api.store, { get: (t, p, rcv) => (p === "ping" ? async () => { throw new Error("down"); } : Reflect.get(t, p, rcv)) }) as Store;
    const noDatabase = createApp({ store: offline, cache: api.cache, logger: createLogger("silent") });
    assert.equal((await noDatabase.request("/readyz")).status, 503);
    assert.equal((await noDatabase.request("/healthz")).status, 200, "alive all the same");
  });

  it("an unexpected failure is a bare 500: no stack, no message from inside", async () => {
    const failing = await apiHarness({
      bundled: false,
      store: (store) =>
        new Proxy(store, {
          get: (target, prop, receiver) =>
            prop === "workHeads" ? async () => { throw new Error("secret internal detail at /srv/db.ts:12:3"); } : Reflect.get(target, prop, receiver),
        }) as Store,
    });
    try {
      const r = await failing.get("/v1/works");
      problem(r, 500, "internal");
      assert.ok(!r.text.includes("secret internal detail"));
      const ready = await failing.get("/readyz");
      assert.equal(ready.status, 200, "readiness only needs the database to answer");
    } finally {
      await failing.done();
    }
  });
});
