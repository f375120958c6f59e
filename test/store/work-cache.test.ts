/** The node's cache of compiled works: by (work, version), refreshed after the TTL, read-your-writes. */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Store } from "../../src/store/store.ts";
import { WorkCache } from "../../src/store/work-cache.ts";
import { importStoryFile } from "../../src/store/work-importer.ts";
import { freshStore } from "./support/databases.ts";
import { LIGHTHOUSE, LIGHTHOUSE_ID as ID, lighthouseWith } from "./support/stories.ts";

describe("WorkCache", () => {
  let store: Store;
  let done: () => Promise<void>;
  let now = 0;
  before(async () => {
    ({ store, done } = await freshStore("sqlite"));
    await importStoryFile(store, { source: LIGHTHOUSE, mediaType: "application/yaml", origin: "test" });
  });
  after(() => done());

  const save = (logline: string) => importStoryFile(store, { source: lighthouseWith(logline), mediaType: "application/yaml", origin: "test" });

  it("compiles a version once and serves it until the TTL passes", async () => {
    const cache = new WorkCache(store, { ttlMs: 1000, now: () => now });
    const first = await cache.current(ID);
    assert.equal(first?.version, 1);
    assert.equal((await cache.current(ID))?.story, first?.story, "the same compiled model");
    await save("Another node wrote this.");
    now += 999;
    assert.equal((await cache.current(ID))?.version, 1, "within the TTL: the version it knew");
    now += 1;
    const next = await cache.current(ID);
    assert.equal(next?.version, 2);
    assert.equal(next?.story.work.logline, "Another node wrote this.");
  });

  it("reads its own writes at once, and a refresh in flight cannot undo them", async () => {
    const cache = new WorkCache(store, { ttlMs: 0, now: () => now });
    await cache.heads();
    const result = await save("Written here.");
    assert.ok(result.ok);
    const refreshing = cache.refresh();
    cache.noteHead(ID, { id: ID, version: result.version.version, updatedAt: result.version.createdAt }, result.story);
    await refreshing;
    assert.equal((await cache.current(ID))?.story, result.story);
    cache.noteHead(ID, undefined);
    assert.deepEqual([...(await cache.heads()).keys()], [ID], "a TTL of 0 re-reads the truth");
  });

  it("serves any stored version, and undefined for unknown ones", async () => {
    const cache = new WorkCache(store, { ttlMs: 60_000, now: () => now });
    assert.equal((await cache.version(ID, 1))?.story.work.logline, "A keeper on a remote island waits for the relief boat.");
    assert.equal(await cache.version(ID, 99), undefined);
    assert.equal(await cache.current("nothing"), undefined);
  });

  it("keeps a bounded number of old versions", async () => {
    const cache = new WorkCache(store, { ttlMs: 60_000, keepOld: 1, now: () => now });
    const v1 = await cache.version(ID, 1);
    await cache.version(ID, 2);
    assert.notEqual((await cache.version(ID, 1))?.story, v1?.story, "version 1 was evicted and compiled again");
  });

  it("leaves a stored version that no longer compiles out of lists, and reports it", async () => {
    await store.importWork({ id: "rotten", source: "work: {}\n", mediaType: "application/yaml", origin: "test" });
    const broken: string[] = [];
    const cache = new WorkCache(store, { ttlMs: 0, onBroken: (id, version) => broken.push(`${id}@${version}`) });
    assert.deepEqual((await cache.all()).map((w) => w.id), [ID]);
    assert.deepEqual(broken, ["rotten@1"]);
    await assert.rejects(cache.current("rotten"), /no longer compiles/);
    await store.deleteWork("rotten");
  });

  it("gives the web pages a catalog of current works", async () => {
    const catalog = new WorkCache(store, { ttlMs: 0 }).catalog();
    assert.deepEqual((await catalog.works()).map((s) => s.work.id), [ID]);
    assert.equal((await catalog.work(ID))?.work.id, ID);
    assert.equal(await catalog.work("nothing"), undefined);
  });
});
