/**
 * The store suite: the same tests on every adapter (SQLite and PostgreSQL), each on a fresh
 * database. PostgreSQL must be reachable (see .ci/run); the suite fails rather than skips.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { createApiKey, verifyApiKey } from "../../src/store/api-keys.ts";
import { openStore } from "../../src/store/open.ts";
import { MIGRATIONS } from "../../src/store/sql/migrations.ts";
import { migrate } from "../../src/store/sql/migrator.ts";
import type { SqlStore } from "../../src/store/sql/sql-store.ts";
import { isStoreError, type Store } from "../../src/store/store.ts";
import { DIALECTS, freshDatabase, freshStore } from "./support/databases.ts";

const storyV = (n: number) => `work:\n  id: w\n  logline: version ${n} — é ✓\n`;
const put = (store: Store, id: string, source: string, expect?: Parameters<Store["importWork"]>[0]["expect"]) =>
  store.importWork({ id, source, mediaType: "application/yaml", origin: "test", ...(expect ? { expect } : {}) });

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    assert.ok(isStoreError(e), `expected a StoreError, got ${String(e)}`);
    assert.equal(e.code, code);
    return e;
  }
  assert.fail(`expected StoreError ${code}`);
}

for (const dialect of DIALECTS) {
  describe(`store on ${dialect}`, () => {
    let store: Store;
    let done: () => Promise<void>;
    let url: string;
    before(async () => {
      const fresh = await freshStore(dialect);
      ({ store, done } = fresh);
      url = fresh.db.url;
    });
    after(() => done());

    describe("migrations", () => {
      it("are idempotent: a second run applies nothing", async () => {
        const again = await store.migrate();
        assert.deepEqual(again.applied, []);
        assert.equal(again.version, Math.max(...MIGRATIONS.map((m) => m.id)));
      });

      it("apply once when several nodes start at once", async () => {
        const db = await freshDatabase(dialect);
        const nodes = await Promise.all([1, 2, 3].map(() => openStore(db.url)));
        try {
          // SQLite nodes are processes on one file, taking turns on its lock; in one process
          // better-sqlite3's blocking wait would stall the very event loop it waits for.
          const reports =
            dialect === "postgres"
              ? await Promise.all(nodes.map((n) => n.migrate()))
              : [await nodes[0]!.migrate(), await nodes[1]!.migrate(), await nodes[2]!.migrate()];
          assert.equal(reports.filter((r) => r.applied.length > 0).length, 1);
          assert.deepEqual(await nodes[0]!.workHeads(), []);
        } finally {
          await Promise.all(nodes.map((n) => n.close()));
          await db.drop();
        }
      });

      it("roll back whole when one fails, and refuse a database from a newer release", async () => {
        const db = await freshDatabase(dialect);
        const node = (await openStore(db.url)) as SqlStore;
        try {
          const broken = [
            ...MIGRATIONS,
            { id: 1000, name: "half-done", up: async (k: SqlStore["db"]) => {
              await k.schema.createTable("half").addColumn("x", "integer").execute();
              throw new Error("boom");
            } },
          ];
          await assert.rejects(migrate(node.db, dialect, broken), /boom/);
          const schema = new URL(db.url.replace(/^sqlite:/, "sqlite://x/")).searchParams.get("schema");
          const tables = (await node.db.introspection.getTables())
            .filter((t) => schema === null || t.schema === schema)
            .map((t) => t.name);
          assert.ok(!tables.includes("works") && !tables.includes("half"), `nothing applied, found ${tables.join(", ")}`);

          const future = [...MIGRATIONS, { id: 1001, name: "from-the-future", up: async () => {} }];
          await migrate(node.db, dialect, future);
          await assert.rejects(node.migrate(), /newer release/);
        } finally {
          await node.close();
          await db.drop();
        }
      });
    });

    describe("works", () => {
      it("stores whole versions; every import makes a new one and the previous stays readable", async () => {
        const v1 = await put(store, "versions", storyV(1));
        const v2 = await put(store, "versions", storyV(2));
        assert.equal(v1.version, 1);
        assert.equal(v2.version, 2);
        assert.equal((await store.workVersion("versions"))?.source, storyV(2));
        assert.equal((await store.workVersion("versions", 1))?.source, storyV(1));
        assert.deepEqual((await store.workVersions("versions")).map((v) => v.version), [2, 1]);
        const head = (await store.workHeads()).find((h) => h.id === "versions");
        assert.equal(head?.version, 2);
      });

      it("records bytes, sha256, media type and origin", async () => {
        const v = await store.importWork({ id: "meta", source: "é", mediaType: "application/json", origin: "key:abc" });
        assert.equal(v.bytes, 2);
        assert.equal(v.sha256, createHash("sha256").update("é").digest("hex"));
        const stored = await store.workVersion("meta");
        assert.equal(stored?.mediaType, "application/json");
        assert.equal(stored?.origin, "key:abc");
      });

      it("round-trips a source near the 1 MB body limit", async () => {
        const big = `# ${"x".repeat(1_000_000)}\n`;
        await put(store, "big", big);
        assert.equal((await store.workVersion("big"))?.source, big);
      });

      it("guards writes with the head the caller expects", async () => {
        await put(store, "guarded", storyV(1), { kind: "absent" });
        await rejectsWith(put(store, "guarded", storyV(2), { kind: "absent" }), "work-exists");
        const stale = (await rejectsWith(put(store, "guarded", storyV(2), { kind: "version", version: 7 }), "version-mismatch")) as { current?: number };
        assert.equal(stale.current, 1);
        const ok = await put(store, "guarded", storyV(2), { kind: "version", version: 1 });
        assert.equal(ok.version, 2);
        await rejectsWith(put(store, "nobody", storyV(1), { kind: "version", version: 1 }), "version-mismatch");
        assert.equal(await store.workVersion("nobody"), undefined);
      });

      it("lets exactly one of several concurrent writers with the same expectation win", async () => {
        await put(store, "race", storyV(1));
        const results = await Promise.allSettled([2, 3, 4, 5].map((n) => put(store, "race", storyV(n), { kind: "version", version: 1 })));
        assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
        assert.equal((await store.workVersions("race")).length, 2);
        const creators = await Promise.allSettled([1, 2, 3].map((n) => put(store, "race-new", storyV(n), { kind: "absent" })));
        assert.equal(creators.filter((r) => r.status === "fulfilled").length, 1);
      });

      it("numbers concurrent unguarded imports without gaps or duplicates", async () => {
        await Promise.all([1, 2, 3, 4, 5, 6].map((n) => put(store, "many", storyV(n))));
        assert.deepEqual((await store.workVersions("many")).map((v) => v.version), [6, 5, 4, 3, 2, 1]);
      });

      it("deletes: the work leaves lists and lookups, and a re-import continues its numbering", async () => {
        await put(store, "gone", storyV(1));
        await put(store, "gone", storyV(2));
        await rejectsWith(store.deleteWork("gone", { kind: "version", version: 1 }), "version-mismatch");
        await store.deleteWork("gone", { kind: "version", version: 2 });
        assert.equal(await store.workVersion("gone"), undefined);
        assert.equal(await store.workVersion("gone", 1), undefined);
        assert.deepEqual(await store.workVersions("gone"), []);
        assert.ok(!(await store.workHeads()).some((h) => h.id === "gone"));
        const deleted = (await store.workHeads({ includeDeleted: true })).find((h) => h.id === "gone");
        assert.equal(deleted?.version, 2);
        assert.equal(deleted?.deleted, true);
        await rejectsWith(store.deleteWork("gone"), "unknown-work");
        await rejectsWith(store.deleteWork("never-was"), "unknown-work");
        const again = await put(store, "gone", storyV(3), { kind: "absent" });
        assert.equal(again.version, 3);
        assert.deepEqual((await store.workVersions("gone")).map((v) => v.version), [3, 2, 1]);
      });
    });

    describe("readers", () => {
      it("keep one position per work, updated in place", async () => {
        const reader = await store.createReader();
        const other = await store.createReader();
        assert.notEqual(reader.id, other.id);
        await store.setProgress(reader.id, "b-work", "S01E02");
        await store.setProgress(reader.id, "a-work", "40m");
        await store.setProgress(reader.id, "b-work", "S01E03");
        assert.deepEqual(
          (await store.progress(reader.id)).map((p) => [p.workId, p.position]),
          [["a-work", "40m"], ["b-work", "S01E03"]],
        );
        assert.deepEqual(await store.progress(other.id), []);
      });
    });

    describe("API keys", () => {
      it("are stored hashed and verified, and stop working once revoked", async () => {
        const { key, token } = await createApiKey(store, "editor", "ci");
        assert.match(token, /^aik_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
        const stored = await store.key(key.id);
        const secret = token.slice("aik_".length + key.id.length + 1); // base64url: it may hold "_" itself
        assert.equal(secret.length, 43);
        assert.ok(stored && !stored.secretHash.includes(secret), "the secret is not stored");
        assert.match(stored.secretHash, /^scrypt\$/);
        assert.deepEqual(await verifyApiKey(store, token), { ok: true, key: stored });
        assert.deepEqual(await verifyApiKey(store, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`), { ok: false, reason: "mismatch" });
        assert.deepEqual(await verifyApiKey(store, "aik_zzzzzzzzzzzz_" + "A".repeat(43)), { ok: false, reason: "unknown" });
        assert.deepEqual(await verifyApiKey(store, "hello"), { ok: false, reason: "malformed" });
        assert.equal(await store.revokeKey(key.id), true);
        assert.deepEqual(await verifyApiKey(store, token), { ok: false, reason: "revoked" });
        assert.equal(await store.revokeKey("nosuchkey000"), false);
      });

      it("list with their scope; a reader key brings its reader profile", async () => {
        const { key } = await createApiKey(store, "reader");
        assert.ok(key.readerId);
        await store.setProgress(key.readerId, "w", "10m");
        await store.touchKey(key.id);
        const listed = (await store.keys()).find((k) => k.id === key.id);
        assert.equal(listed?.scope, "reader");
        assert.ok(listed?.lastUsedAt);
      });
    });

    it("answers ping", async () => {
      await store.ping();
      assert.ok(url.length > 0);
    });
  });
}
