/** The read routes: works, their metadata at a position, and what a reader at a position knows. */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { apiHarness, type Harness } from "./support/api.ts";
import { LIGHTHOUSE_ID as ID, lighthouseWith } from "../store/support/stories.ts";

describe("API: reading works", () => {
  let api: Harness;
  before(async () => {
    api = await apiHarness();
  });
  after(() => api.done());

  it("GET /v1/works lists every work with metadata safe at position zero", async () => {
    const r = await api.get("/v1/works");
    assert.equal(r.status, 200);
    const ids = r.json.works.map((w: { id: string }) => w.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.ok(ids.includes(ID) && ids.includes("game-of-thrones") && ids.includes("all-of-us-strangers"));
    const lighthouse = r.json.works.find((w: { id: string }) => w.id === ID);
    assert.deepEqual(Object.keys(lighthouse).sort(), ["id", "kind", "logline", "title", "updatedAt", "version", "year"]);
  });

  it("GET /v1/works/{id} without `at` is safe at position zero: no spoiler tags, no unmet cast", async () => {
    const r = await api.get(`/v1/works/${ID}`);
    assert.equal(r.status, 200);
    assert.equal(r.json.at, "start");
    assert.deepEqual(r.json.tags, [{ name: "mystery", spoiler: false }, { name: "coastal", spoiler: false }]);
    assert.deepEqual(r.json.cast, [{ actor: "Sam Player", character: "tom", name: "Tom" }]);
    assert.deepEqual(r.json.structure, { kind: "film", runtime: 100 });
    assert.equal(r.json.positions.end, "end");
    assert.equal(r.headers.get("etag"), '"v1"');
  });

  it("GET /v1/works/{id}?at= shows spoiler tags once revealed", async () => {
    const at60 = await api.get(`/v1/works/${ID}?at=60m`);
    assert.deepEqual(at60.json.tags.map((t: { name: string }) => t.name), ["mystery", "coastal", "unreliable narrator"]);
    const atEnd = await api.get(`/v1/works/${ID}?at=end`);
    assert.ok(atEnd.json.tags.some((t: { name: string }) => t.name === "ghost twist"));
  });

  it("series metadata names only the episodes a reader has started", async () => {
    const r = await api.get("/v1/works/game-of-thrones?at=S01E02");
    const season1 = r.json.structure.seasons[0];
    assert.ok(season1.episodes[0].title && season1.episodes[1].title, "started episodes have titles");
    assert.equal(season1.episodes[2].title, undefined);
    assert.equal(r.json.structure.seasons[1].episodes[0].title, undefined);
    assert.equal(season1.episodes[2].position, "S01E03");
  });

  it("GET /known: only facts revealed by `at`, and overturned beliefs marked", async () => {
    const at30 = await api.get(`/v1/works/${ID}/known?at=30m`);
    assert.equal(at30.status, 200);
    assert.deepEqual(at30.json.facts.map((f: { id: string }) => f.id), ["keeper-waits", "nell-visits", "nell-alive"]);
    const atEnd = await api.get(`/v1/works/${ID}/known?at=end`);
    const alive = atEnd.json.facts.find((f: { id: string }) => f.id === "nell-alive");
    assert.deepEqual(alive.believedUntil, { fact: "nell-dead-all-along", at: "~90m" });
    const start = await api.get(`/v1/works/${ID}/known`);
    assert.equal(start.json.at, "start");
    assert.deepEqual(start.json.facts.map((f: { id: string }) => f.id), ["keeper-waits"]);
  });

  it("GET /characters lists met entities with the names known so far", async () => {
    const r = await api.get(`/v1/works/${ID}/characters?at=30m`);
    assert.deepEqual(r.json.characters.map((c: { id: string }) => c.id), ["tom", "island", "nell"]);
    const tom = r.json.characters[0];
    assert.deepEqual(tom.names, ["Tom", "the keeper"]);
  });

  it("GET /characters/{entity} by id or by a known name; later names stay out", async () => {
    const byName = await api.get(`/v1/works/${ID}/characters/the%20keeper?at=40m`);
    assert.equal(byName.status, 200);
    assert.equal(byName.json.id, "tom");
    assert.ok(!byName.text.includes("Marlowe"));
    const later = await api.get(`/v1/works/${ID}/characters/tom?at=end`);
    assert.ok(later.json.names.some((n: { name: string }) => n.name === "Captain Marlowe"));
  });

  it("GET /timeline in shown and story order", async () => {
    const shown = await api.get(`/v1/works/${ID}/timeline?at=50m`);
    assert.equal(shown.json.order, "shown");
    assert.deepEqual(shown.json.events.map((e: { id: string }) => e.id), ["nell-visit", "storm"]);
    const story = await api.get(`/v1/works/${ID}/timeline?at=50m&order=story`);
    assert.deepEqual(story.json.events.map((e: { id: string; storyRank: number }) => [e.id, e.storyRank]), [["storm", 1]]);
    assert.deepEqual(story.json.unplaced.map((e: { id: string }) => e.id), ["nell-visit"]);
  });

  it("GET /reality: no readings before the end, both at the end", async () => {
    assert.deepEqual((await api.get(`/v1/works/${ID}/reality?at=95m`)).json.readings, []);
    const end = await api.get(`/v1/works/${ID}/reality?at=end`);
    assert.deepEqual(end.json.readings.map((r: { id: string }) => r.id), ["ghost", "guilt"]);
  });

  it("GET /ask answers from what is known, and says only where a later answer comes", async () => {
    const early = await api.get(`/v1/works/${ID}/ask?q=${encodeURIComponent("is Nell dead?")}&at=30m`);
    assert.equal(early.status, 200);
    assert.ok(!early.text.includes("drowned"));
    if (early.json.later) assert.equal(early.json.later.at, "~90m");
    const late = await api.get(`/v1/works/${ID}/ask?q=${encodeURIComponent("is Nell dead?")}&at=end`);
    assert.ok(late.json.answers.some((a: { id: string }) => a.id === "nell-dead-all-along"));
  });

  it("GET /next says where the next reveal is, without its content", async () => {
    const r = await api.get(`/v1/works/${ID}/next?at=50m`);
    assert.deepEqual(r.json, { at: "50m", next: { at: "~70m" } });
    assert.deepEqual((await api.get(`/v1/works/${ID}/next?at=end`)).json, { at: "end", next: null });
  });

  it("GET /explain as JSON, Markdown and HTML", async () => {
    const json = await api.get(`/v1/works/${ID}/explain?at=30m`);
    assert.equal(json.status, 200);
    assert.equal(json.json.kind, "recap");
    const md = await api.get(`/v1/works/${ID}/explain?at=end&format=md`);
    assert.match(md.headers.get("content-type")!, /^text\/markdown/);
    const html = await api.get(`/v1/works/${ID}/explain?at=30m&format=html&length=short`);
    assert.match(html.headers.get("content-type")!, /^text\/html/);
    assert.ok(!html.text.includes("drowned"));
  });

  it("reads an earlier version with ?version= after a new one is imported", async () => {
    const put = await api.request("PUT", `/v1/works/${ID}`, { raw: lighthouseWith("A new logline."), headers: { "Content-Type": "application/yaml" }, token: api.editor });
    assert.equal(put.status, 200);
    assert.equal((await api.get(`/v1/works/${ID}`)).json.logline, "A new logline.");
    const old = await api.get(`/v1/works/${ID}?version=1`);
    assert.equal(old.json.version, 1);
    assert.equal(old.json.logline, "A keeper on a remote island waits for the relief boat.");
    assert.equal(old.headers.get("etag"), '"v1"');
    const versions = await api.get(`/v1/works/${ID}/versions`);
    assert.deepEqual(versions.json.versions.map((v: { version: number; etag: string }) => [v.version, v.etag]), [[2, '"v2"'], [1, '"v1"']]);
    assert.equal(versions.json.versions[0].sha256, undefined, "sizes and digests are for editors");
    const forEditors = await api.get(`/v1/works/${ID}/versions`, { token: api.editor });
    assert.match(forEditors.json.versions[0].sha256, /^[0-9a-f]{64}$/);
    assert.equal((await api.get(`/v1/works/${ID}?version=9`)).status, 404);
  });

  it("answers HEAD like GET without a body, and echoes a sane X-Request-Id", async () => {
    const head = await api.request("HEAD", "/v1/works");
    assert.equal(head.status, 200);
    assert.equal(head.text, "");
    const r = await api.get("/healthz", { headers: { "X-Request-Id": "trace-123" } });
    assert.equal(r.headers.get("x-request-id"), "trace-123");
    assert.match((await api.get("/healthz")).headers.get("x-request-id")!, /^[0-9a-f-]{36}$/);
  });

  it("/healthz and /readyz", async () => {
    assert.deepEqual((await api.get("/healthz")).json, { status: "ok" });
    assert.deepEqual((await api.get("/readyz")).json, { status: "ready" });
  });
});
