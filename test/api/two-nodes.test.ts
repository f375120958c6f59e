/**
 * The scale-out story: two API processes on one PostgreSQL, no state of their own. A work
 * imported or updated through one is served by the other once it notices the new version
 * (within AFTERIMAGE_CACHE_TTL_MS), and a stale write through either is refused.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createApiKey } from "../../src/store/api-keys.ts";
import { openStore } from "../../src/store/open.ts";
import { freshDatabase, type TestDatabase } from "../store/support/databases.ts";
import { eventually, startServer, type ServerProcess } from "../store/support/processes.ts";
import { LIGHTHOUSE, LIGHTHOUSE_ID as ID, lighthouseWith } from "../store/support/stories.ts";

describe("two API nodes on one PostgreSQL", () => {
  let db: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  let token: string;
  before(async () => {
    db = await freshDatabase("postgres");
    const env = { AFTERIMAGE_DATABASE_URL: db.url, AFTERIMAGE_CACHE_TTL_MS: "100", AFTERIMAGE_RATE_LIMIT_IP: "0" };
    // Both start at once: they migrate and seed the same database concurrently.
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
    const store = await openStore(db.url);
    token = (await createApiKey(store, "editor", "two-nodes")).token;
    await store.close();
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db.drop();
  });

  const put = (node: ServerProcess, source: string, ifMatch?: string) =>
    fetch(`${node.url}/v1/works/${ID}`, {
      method: "PUT",
      body: source,
      headers: { "Content-Type": "application/yaml", Authorization: `Bearer ${token}`, ...(ifMatch ? { "If-Match": ifMatch } : {}) },
    });
  const versionOn = async (node: ServerProcess) => {
    const res = await fetch(`${node.url}/v1/works/${ID}`);
    return res.status === 200 ? ((await res.json()) as { version: number; logline: string }) : undefined;
  };

  it("both nodes serve the seeded works once each", async () => {
    for (const node of [a, b]) {
      const works = (await (await fetch(`${node.url}/v1/works`)).json()) as { works: { id: string; version: number }[] };
      const got = works.works.find((w) => w.id === "game-of-thrones");
      assert.equal(got?.version, 1, "seeded once, not once per node");
    }
  });

  it("a work imported through one node appears on the other", async () => {
    assert.equal((await fetch(`${b.url}/v1/works/${ID}`)).status, 404);
    assert.equal((await put(a, LIGHTHOUSE)).status, 201);
    const seen = await eventually(() => versionOn(b));
    assert.equal(seen.version, 1);
  });

  it("an update through one node is served by the other, in the API and in the pages", async () => {
    const res = await put(a, lighthouseWith("Updated through node A."), '"v1"');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("etag"), '"v2"');
    const seen = await eventually(async () => {
      const w = await versionOn(b);
      return w && w.version === 2 ? w : undefined;
    });
    assert.equal(seen.logline, "Updated through node A.");
    const page = await eventually(async () => {
      const html = await (await fetch(`${b.url}/works/${ID}`)).text();
      return html.includes("Updated through node A.") ? html : undefined;
    });
    assert.ok(page);
  });

  it("a stale write through the other node is refused, whatever that node has cached", async () => {
    const stale = await put(b, lighthouseWith("Lost update through node B."), '"v1"');
    assert.equal(stale.status, 412);
    assert.equal(((await stale.json()) as { current: string }).current, '"v2"');
    assert.equal((await versionOn(a))?.logline, "Updated through node A.");
  });

  it("both stop cleanly on SIGTERM", async () => {
    assert.deepEqual(await Promise.all([a.stop(), b.stop()]), [0, 0]);
  });
});
