import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { Hono } from "hono";
import { loadStory } from "../model/load.ts";
import { memoryCatalog } from "../store/catalog.ts";
import { webRoutes } from "./routes.ts";

const loaded = loadStory(readFileSync(new URL("../../test/fixtures/lighthouse.yaml", import.meta.url), "utf8"));
if (!loaded.ok) throw new Error("fixture");
const story = loaded.story;
const app = webRoutes({ catalog: memoryCatalog([story]) });
const ID = "the-lighthouse-keeper";

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const text = async (path: string, headers: Record<string, string> = {}) => (await get(path, headers)).text();

describe("web routes", () => {
  test("the library lists works with their safe-at-zero details and public tags only", async () => {
    const res = await get("/");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/html/);
    const body = await res.text();
    assert.match(body, /The Lighthouse Keeper/);
    assert.match(body, /A keeper on a remote island waits for the relief boat\./);
    assert.match(body, /mystery/);
    assert.doesNotMatch(body, /ghost twist|unreliable narrator/);
  });

  test("an empty library says so", async () => {
    const empty = webRoutes({ catalog: memoryCatalog([]) });
    const body = await (await empty.request("/")).text();
    assert.match(body, /The library is empty/);
  });

  test("pages send a strict content security policy and no inline script", async () => {
    const res = await get(`/works/${ID}?at=start`);
    const csp = res.headers.get("content-security-policy") ?? "";
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    const body = await res.text();
    assert.doesNotMatch(body, /<script(?![^>]*\bsrc=)[^>]*>/);
    assert.doesNotMatch(body, /\sstyle="/);
    assert.doesNotMatch(body, /https?:\/\/(?!127\.0\.0\.1)/, "nothing is loaded from elsewhere");
  });

  test("a work without a position goes to the start, or to where the reader said they are", async () => {
    const first = await get(`/works/${ID}`);
    assert.equal(first.status, 302);
    assert.equal(first.headers.get("location"), `/works/${ID}?at=start`);
    const remembered = await get(`/works/${ID}/timeline`, { Cookie: `at-${ID}=40m` });
    assert.equal(remembered.headers.get("location"), `/works/${ID}/timeline?at=40m`);
  });

  test("the progress control remembers the position and redirects to a clean, shareable URL", async () => {
    const res = await get(`/works/${ID}?set=1&was=start&at=25m&stop=0`);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get("location"), `/works/${ID}?at=25m`);
    assert.match(res.headers.get("set-cookie") ?? "", new RegExp(`at-${ID}=25m`));
    assert.match(res.headers.get("set-cookie") ?? "", /HttpOnly/);
  });

  test("without JavaScript the slider's stop wins when the exact box was left as it was", async () => {
    const res = await get(`/works/${ID}?set=1&was=start&at=start&stop=30`);
    assert.equal(res.headers.get("location"), `/works/${ID}?at=30m`);
  });

  test("a non-canonical position is redirected to its canonical label", async () => {
    const res = await get(`/works/${ID}?at=${encodeURIComponent("0:40:00")}`);
    assert.equal(res.status, 302);
    assert.equal(res.headers.get("location"), `/works/${ID}?at=40m`);
  });

  test("opening a shared link never changes the remembered position", async () => {
    const res = await get(`/works/${ID}?at=40m`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("set-cookie"), null);
  });

  test("a link further than the reader's remembered position asks first and shows nothing from there", async () => {
    const body = await text(`/works/${ID}?at=end`, { Cookie: `at-${ID}=20m` });
    assert.match(body, /This link goes further than you are/);
    assert.doesNotMatch(body, /drowned|Marlowe|ghost/i);
    const once = await text(`/works/${ID}?at=end&go=1`, { Cookie: `at-${ID}=20m` });
    assert.match(once, /Nell drowned in the storm/);
  });

  test("an unreadable position is a 400 page with the syntax, not a crash", async () => {
    const res = await get(`/works/${ID}?at=200m`);
    assert.equal(res.status, 400);
    const body = await res.text();
    assert.match(body, /could not be read/);
    assert.match(body, /past the end of the film/);
    assert.match(body, /role="alert"/);
  });

  test("unknown works and paths get a helpful 404 page", async () => {
    const work = await get("/works/nope?at=start");
    assert.equal(work.status, 404);
    assert.match(await work.text(), /We don’t have that work[\s\S]*The Lighthouse Keeper/);
    const path = await get("/no/such/page");
    assert.equal(path.status, 404);
    assert.match(await path.text(), /There is no page here/);
  });

  test("the 404 page escapes what was asked for", async () => {
    const body = await text(`/works/${encodeURIComponent("<img src=x onerror=alert(1)>")}?at=start`);
    assert.doesNotMatch(body, /<img src=x/);
    assert.match(body, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  test("the work page follows the position: facts, names, tags, what-you-believed notes", async () => {
    const early = await text(`/works/${ID}?at=30m`);
    assert.match(early, /Nell rows out to visit her brother Tom\./);
    assert.match(early, /Next reveal/);
    assert.match(early, /40m/);
    assert.doesNotMatch(early, /Captain Marlowe|storm|ghost/i);
    const late = await text(`/works/${ID}?at=end`);
    assert.match(late, /Captain Marlowe/);
    assert.match(late, /What you believed until ~90m/);
    assert.match(late, /ghost twist/);
    assert.match(late, /You have reached the end/);
  });

  test("the ending is shut before the end and explained at it", async () => {
    const before = await text(`/works/${ID}/ending?at=60m`);
    assert.match(before, /opens only once you have reached the end/);
    assert.doesNotMatch(before, /drowned/);
    const atEnd = await text(`/works/${ID}/ending?at=end`);
    assert.match(atEnd, /Spoiler warning/);
    assert.match(atEnd, /Nell drowned/);
    assert.match(atEnd, /<table/);
  });

  test("ask answers from what is known and points forward without saying what", async () => {
    const body = await text(`/works/${ID}/ask?at=30m&q=${encodeURIComponent("Is Nell dead?")}`);
    assert.match(body, /answered <strong>at ~90m<\/strong>|comes <strong>at ~90m<\/strong>/);
    assert.doesNotMatch(body, /drowned/);
  });

  test("check works as a plain form post", async () => {
    const form = new URLSearchParams({ at: "30m", text: "Nell drowned in the storm, she is a ghost all along.", sensitivity: "high" });
    const res = await app.request(`/works/${ID}/check`, { method: "POST", body: form, headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.match(body, /would spoil it/);
    assert.match(body, /class="hidden-text"/);
    assert.match(body, /\|\|/);
    assert.doesNotMatch(body, /nell-dead-all-along/, "fact ids are never shown");
  });

  test("assets are served with a content hash and long caching", async () => {
    const page = await text("/");
    const css = /href="(\/assets\/app\.css\?v=[0-9a-f]+)"/.exec(page)?.[1];
    assert.ok(css);
    const res = await get(css);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("cache-control") ?? "", /immutable/);
    assert.equal((await get("/assets/nope.css")).status, 404);
  });

  test("mounted next to an API, API paths fall through to the API's own 404", async () => {
    const parent = new Hono();
    parent.get("/v1/works", (c) => c.json([]));
    parent.notFound((c) => c.json({ error: "api-not-found" }, 404));
    parent.route("/", webRoutes({ catalog: memoryCatalog([story]) }));
    assert.equal((await parent.request("/v1/works")).status, 200);
    const api404 = await parent.request("/v1/nothing");
    assert.equal(api404.status, 404);
    assert.deepEqual(await api404.json(), { error: "api-not-found" });
    const web404 = await parent.request("/nothing");
    assert.match(await web404.text(), /There is no page here/);
  });

  test("forgetting a work clears its cookie, from this site only", async () => {
    const post = (headers: Record<string, string>) =>
      app.request("/reader/forget", { method: "POST", body: new URLSearchParams({ work: ID }), headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers } });
    const res = await post({ "Sec-Fetch-Site": "same-origin" });
    assert.equal(res.status, 303);
    assert.match(res.headers.get("set-cookie") ?? "", /Max-Age=0/);
    const forged = await post({ "Sec-Fetch-Site": "cross-site", Origin: "https://evil.example" });
    assert.equal(forged.status, 403);
    assert.equal(forged.headers.get("set-cookie"), null);
  });
});
