/** Reader profiles: a reader token carries progress per work, and reads default to it. */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { apiHarness, type Harness } from "./support/api.ts";
import { LIGHTHOUSE_ID as ID } from "../store/support/stories.ts";

describe("API: readers", () => {
  let api: Harness;
  before(async () => {
    api = await apiHarness();
  });
  after(() => api.done());

  it("POST /v1/readers makes a reader and a token shown once", async () => {
    const r = await api.request("POST", "/v1/readers");
    assert.equal(r.status, 201);
    assert.match(r.json.token, /^aik_/);
    const me = await api.get("/v1/readers/me", { token: r.json.token });
    assert.deepEqual(me.json, { id: r.json.reader.id, createdAt: r.json.reader.createdAt, progress: [] });
  });

  it("PUT progress saves a checked, canonical position; GET reads it back", async () => {
    const put = await api.request("PUT", `/v1/readers/me/progress/${ID}`, { body: { at: "1:10:00" }, token: api.reader });
    assert.equal(put.status, 200);
    assert.equal(put.json.at, "70m");
    const got = await api.get(`/v1/readers/me/progress/${ID}`, { token: api.reader });
    assert.equal(got.json.at, "70m");
    const me = await api.get("/v1/readers/me", { token: api.reader });
    assert.deepEqual(me.json.progress.map((p: { work: string; at: string }) => [p.work, p.at]), [[ID, "70m"]]);
  });

  it("reads default to the saved position; an explicit `at` still wins", async () => {
    await api.request("PUT", `/v1/readers/me/progress/${ID}`, { body: { at: "30m" }, token: api.reader });
    const known = await api.get(`/v1/works/${ID}/known`, { token: api.reader });
    assert.equal(known.json.at, "30m");
    assert.deepEqual(known.json.facts.map((f: { id: string }) => f.id), ["keeper-waits", "nell-visits", "nell-alive"]);
    assert.equal((await api.get(`/v1/works/${ID}/known?at=start`, { token: api.reader })).json.at, "start");
    assert.equal((await api.get(`/v1/works/${ID}/known`)).json.at, "start", "without a token: the start");
  });

  it("progress follows the reader across works and is private to them", async () => {
    await api.request("PUT", "/v1/readers/me/progress/game-of-thrones", { body: { at: "S02E03" }, token: api.reader });
    const other = (await api.request("POST", "/v1/readers")).json.token;
    assert.equal((await api.get("/v1/readers/me/progress/game-of-thrones", { token: other })).status, 404);
    assert.equal((await api.get("/v1/works/game-of-thrones/known", { token: api.reader })).json.at, "S02E03");
  });

  it("refuses bad positions, unknown works, missing and wrong tokens", async () => {
    const bad = await api.request("PUT", `/v1/readers/me/progress/${ID}`, { body: { at: "S01E01" }, token: api.reader });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.code, "invalid-position");
    const unknown = await api.request("PUT", "/v1/readers/me/progress/no-such-work", { body: { at: "10m" }, token: api.reader });
    assert.equal(unknown.status, 404);
    assert.equal((await api.request("PUT", `/v1/readers/me/progress/${ID}`, { body: { at: "10m" } })).status, 401);
    assert.equal((await api.request("PUT", `/v1/readers/me/progress/${ID}`, { body: { at: "10m" }, token: api.editor })).status, 403);
    assert.equal((await api.request("PUT", `/v1/readers/me/progress/${ID}`, { body: { where: "10m" }, token: api.reader })).status, 400);
  });
});
