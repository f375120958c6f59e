/**
 * Importing works over HTTP, on both databases: editor keys only, validation problems located
 * by line, column and field path, If-Match against lost updates, and a new version per import.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { stringify } from "yaml";
import { parse } from "yaml";
import { apiHarness, type Harness } from "./support/api.ts";
import { DIALECTS } from "../store/support/databases.ts";
import { LIGHTHOUSE, lighthouseAs, lighthouseWith } from "../store/support/stories.ts";

const YAML = { "Content-Type": "application/yaml" };

for (const dialect of DIALECTS) {
  describe(`API: editing works on ${dialect}`, () => {
    let api: Harness;
    before(async () => {
      api = await apiHarness({ dialect, bundled: false });
    });
    after(() => api.done());

    it("POST /v1/works imports a new work: 201, Location, ETag, and it is readable at once", async () => {
      const r = await api.request("POST", "/v1/works", { raw: lighthouseAs("fresh-film"), headers: YAML, token: api.editor });
      assert.equal(r.status, 201);
      assert.equal(r.headers.get("location"), "/v1/works/fresh-film");
      assert.equal(r.headers.get("etag"), '"v1"');
      assert.equal(r.json.work.id, "fresh-film");
      assert.equal(r.json.etag, '"v1"');
      assert.equal((await api.get("/v1/works/fresh-film/known?at=20m")).status, 200);
      assert.ok((await api.cache.catalog().works()).some((s) => s.work.id === "fresh-film"), "the pages' catalog sees it");
    });

    it("an import says, located, where a fact's cue uses a name learned after the fact; it is stored all the same", async () => {
      const early = lighthouseAs("early-name").replace("cues: [shipwreck, sank]", "cues: [shipwreck, sank, Captain Marlowe's ship]");
      const r = await api.request("POST", "/v1/works", { raw: early, headers: YAML, token: api.editor });
      assert.equal(r.status, 201);
      assert.equal(r.json.warnings.length, 1);
      assert.equal(r.json.warnings[0].path, "facts[2].cues[2]");
      assert.ok(r.json.warnings[0].line > 1);
      assert.match(r.json.warnings[0].message, /"Captain Marlowe", a name the audience learns only after this fact/);
      const clean = await api.request("POST", "/v1/works", { raw: lighthouseAs("clean-names"), headers: YAML, token: api.editor });
      assert.deepEqual(clean.json.warnings, []);
    });

    it("POST /v1/works accepts JSON story files too", async () => {
      const json = JSON.stringify(parse(lighthouseAs("json-film")));
      const r = await api.request("POST", "/v1/works", { raw: json, headers: { "Content-Type": "application/json" }, token: api.editor });
      assert.equal(r.status, 201);
      const source = await api.get("/v1/works/json-film/source", { token: api.editor });
      assert.equal(source.text, json);
      assert.match(source.headers.get("content-type")!, /^application\/json/);
    });

    it("POST of an existing work is a 409", async () => {
      await api.request("POST", "/v1/works", { raw: lighthouseAs("twice"), headers: YAML, token: api.editor });
      const again = await api.request("POST", "/v1/works", { raw: lighthouseAs("twice"), headers: YAML, token: api.editor });
      assert.equal(again.status, 409);
      assert.equal(again.json.code, "work-exists");
    });

    it("validation problems come back as problem+json with line, column and field path; nothing is stored", async () => {
      const broken = LIGHTHOUSE.replace("kind: film", "kind: movie").replace("at: 20m\n    entities: [nell, tom]", "at: 200m\n    entities: [nell, tom]");
      const r = await api.request("PUT", "/v1/works/the-lighthouse-keeper", { raw: broken, headers: YAML, token: api.editor });
      assert.equal(r.status, 422);
      assert.equal(r.json.code, "invalid-story");
      assert.match(r.headers.get("content-type")!, /^application\/problem\+json/);
      const kind = r.json.problems.find((p: { path: string }) => p.path === "work.kind");
      assert.ok(kind, JSON.stringify(r.json.problems));
      const line = LIGHTHOUSE.split("\n").findIndex((l) => l.includes("kind: film")) + 1;
      assert.equal(kind.line, line);
      assert.equal(kind.column, 9);
      assert.deepEqual(Object.keys(kind).sort(), ["column", "line", "message", "path"]);
      assert.deepEqual((await api.get("/v1/works/the-lighthouse-keeper/versions")).json.versions.length, 1);
    });

    it("YAML syntax errors are located too", async () => {
      const r = await api.request("POST", "/v1/works", { raw: "work:\n  id: [unclosed\n", headers: YAML, token: api.editor });
      assert.equal(r.status, 422);
      assert.ok(r.json.problems[0].line >= 2);
    });

    it("PUT to an id the file does not name is a 422 at work.id", async () => {
      const r = await api.request("PUT", "/v1/works/another-id", { raw: LIGHTHOUSE, headers: YAML, token: api.editor });
      assert.equal(r.status, 422);
      assert.equal(r.json.problems[0].path, "work.id");
      assert.equal(r.json.problems[0].line, LIGHTHOUSE.split("\n").findIndex((l) => l.includes("id: the-lighthouse-keeper")) + 1);
    });

    it("PUT with If-Match: the current ETag succeeds, a stale one is 412 and stores nothing", async () => {
      const path = "/v1/works/the-lighthouse-keeper";
      const etag = (await api.get(path)).headers.get("etag")!;
      const ok = await api.request("PUT", path, { raw: lighthouseWith("Edited once."), headers: { ...YAML, "If-Match": etag }, token: api.editor });
      assert.equal(ok.status, 200);
      const next = ok.headers.get("etag")!;
      assert.notEqual(next, etag);
      const stale = await api.request("PUT", path, { raw: lighthouseWith("Lost update."), headers: { ...YAML, "If-Match": etag }, token: api.editor });
      assert.equal(stale.status, 412);
      assert.equal(stale.json.code, "version-mismatch");
      assert.equal(stale.json.current, next);
      assert.equal((await api.get(path)).json.logline, "Edited once.");
      const weak = await api.request("PUT", path, { raw: lighthouseWith("Weak."), headers: { ...YAML, "If-Match": `W/${next}` }, token: api.editor });
      assert.equal(weak.status, 412, "a weak ETag never matches If-Match");
      const star = await api.request("PUT", path, { raw: lighthouseWith("Any."), headers: { ...YAML, "If-Match": "*" }, token: api.editor });
      assert.equal(star.status, 200);
      const listed = await api.request("PUT", path, { raw: lighthouseWith("Listed."), headers: { ...YAML, "If-Match": `"v1", ${star.headers.get("etag")}` }, token: api.editor });
      assert.equal(listed.status, 200);
    });

    it("PUT creates with 201; If-None-Match: * refuses to overwrite", async () => {
      const created = await api.request("PUT", "/v1/works/put-made", { raw: lighthouseAs("put-made"), headers: { ...YAML, "If-None-Match": "*" }, token: api.editor });
      assert.equal(created.status, 201);
      const again = await api.request("PUT", "/v1/works/put-made", { raw: lighthouseAs("put-made"), headers: { ...YAML, "If-None-Match": "*" }, token: api.editor });
      assert.equal(again.status, 409);
    });

    it("DELETE removes a work (stale If-Match: 412); a re-import continues its versions", async () => {
      await api.request("POST", "/v1/works", { raw: lighthouseAs("doomed"), headers: YAML, token: api.editor });
      const stale = await api.request("DELETE", "/v1/works/doomed", { headers: { "If-Match": '"v7"' }, token: api.editor });
      assert.equal(stale.status, 412);
      const gone = await api.request("DELETE", "/v1/works/doomed", { headers: { "If-Match": '"v1"' }, token: api.editor });
      assert.equal(gone.status, 204);
      assert.equal((await api.get("/v1/works/doomed")).status, 404);
      assert.equal((await api.request("DELETE", "/v1/works/doomed", { token: api.editor })).status, 404);
      assert.ok(!(await api.get("/v1/works")).json.works.some((w: { id: string }) => w.id === "doomed"));
      const back = await api.request("POST", "/v1/works", { raw: lighthouseAs("doomed"), headers: YAML, token: api.editor });
      assert.equal(back.status, 201);
      assert.equal(back.headers.get("etag"), '"v2"');
    });

    it("GET /source returns the stored file of any version, to editors only", async () => {
      const v1 = await api.get("/v1/works/the-lighthouse-keeper/source?version=1", { token: api.editor });
      assert.equal(v1.text, LIGHTHOUSE);
      assert.equal(v1.headers.get("etag"), '"v1"');
      assert.equal((await api.get("/v1/works/the-lighthouse-keeper/source")).status, 401);
      assert.equal((await api.get("/v1/works/the-lighthouse-keeper/source", { token: api.reader })).status, 403);
      assert.equal((await api.get("/v1/works/the-lighthouse-keeper/source?version=99", { token: api.editor })).status, 404);
    });

    it("writes need an editor key: none is 401, a reader key is 403", async () => {
      const none = await api.request("POST", "/v1/works", { raw: lighthouseAs("nokey"), headers: YAML });
      assert.equal(none.status, 401);
      assert.match(none.headers.get("www-authenticate")!, /^Bearer/);
      assert.equal((await api.request("POST", "/v1/works", { raw: lighthouseAs("nokey"), headers: YAML, token: api.reader })).status, 403);
      assert.equal((await api.request("DELETE", "/v1/works/the-lighthouse-keeper", { token: api.reader })).status, 403);
      assert.equal((await api.get("/v1/works/nokey")).status, 404);
    });

    it("story files only as YAML or JSON", async () => {
      const r = await api.request("POST", "/v1/works", { raw: stringify({ a: 1 }), headers: { "Content-Type": "image/png" }, token: api.editor });
      assert.equal(r.status, 415);
      const empty = await api.request("POST", "/v1/works", { raw: "", headers: YAML, token: api.editor });
      assert.equal(empty.status, 400);
    });
  });
}
