/** POST /v1/check and /v1/check/batch: where a text spoils, never what (fact ids to editors only). */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { apiHarness, type Harness } from "./support/api.ts";
import { LIGHTHOUSE_ID as ID } from "../store/support/stories.ts";

describe("API: spoiler checks", () => {
  let api: Harness;
  before(async () => {
    api = await apiHarness();
  });
  after(() => api.done());

  const SPOILER = "Turns out Nell drowned in the storm and the visits are her ghost.";

  it("flags a text that reveals a later fact, saying where it is revealed", async () => {
    const r = await api.request("POST", "/v1/check", { body: { work: ID, at: "30m", text: SPOILER } });
    assert.equal(r.status, 200);
    assert.equal(r.json.work, ID);
    assert.equal(r.json.at, "30m");
    assert.equal(r.json.spoiler, true);
    assert.ok(r.json.reveals.some((x: { at: string }) => x.at === "~90m"));
    assert.ok(r.json.reveals.every((x: { fact?: string }) => x.fact === undefined), "no fact ids without an editor key");
    assert.ok(!r.text.includes("nell-dead-all-along"));
    assert.equal(r.json.spans[0].start, 0);
  });

  it("lets the same text through for a reader who has seen it", async () => {
    const r = await api.request("POST", "/v1/check", { body: { work: ID, at: "end", text: SPOILER } });
    assert.equal(r.json.spoiler, false);
    assert.deepEqual(r.json.spans, []);
  });

  it("redacts in the requested markup", async () => {
    const r = await api.request("POST", "/v1/check", { body: { work: ID, at: "30m", text: `Great film. ${SPOILER}`, redact: "discord" } });
    assert.match(r.json.redacted, /\|\|.*ghost.*\|\|/);
    assert.ok(r.json.redacted.startsWith("Great film."));
  });

  it("shows fact ids to editors", async () => {
    const r = await api.request("POST", "/v1/check", { body: { work: ID, at: "30m", text: SPOILER }, token: api.editor });
    assert.ok(r.json.reveals.some((x: { fact?: string }) => x.fact === "nell-dead-all-along"));
    assert.ok(r.json.spans[0].facts.includes("nell-dead-all-along"));
  });

  it("uses the reader's saved position when `at` is not given", async () => {
    await api.request("PUT", `/v1/readers/me/progress/${ID}`, { body: { at: "end" }, token: api.reader });
    const r = await api.request("POST", "/v1/check", { body: { work: ID, text: SPOILER }, token: api.reader });
    assert.equal(r.json.at, "end");
    assert.equal(r.json.spoiler, false);
    const anonymous = await api.request("POST", "/v1/check", { body: { work: ID, text: SPOILER } });
    assert.equal(anonymous.json.at, "start");
    assert.equal(anonymous.json.spoiler, true);
  });

  it("checks a batch in order, with shared options", async () => {
    const texts = ["The keeper waits for the boat.", SPOILER, "Lovely lighthouse photography."];
    const r = await api.request("POST", "/v1/check/batch", { body: { work: ID, at: "30m", texts, redact: "plain" } });
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.results.map((x: { spoiler: boolean }) => x.spoiler), [false, true, false]);
    assert.equal(r.json.results[0].redacted, texts[0]);
  });

  it("takes up to 1,000 texts per batch", async () => {
    const ok = await api.request("POST", "/v1/check/batch", { body: { work: ID, at: "30m", texts: Array.from({ length: 1000 }, (_, i) => `text ${i}`) } });
    assert.equal(ok.status, 200);
    assert.equal(ok.json.results.length, 1000);
    const over = await api.request("POST", "/v1/check/batch", { body: { work: ID, texts: Array.from({ length: 1001 }, () => "x") } });
    assert.equal(over.status, 400);
    assert.equal(over.json.code, "invalid-input");
    assert.equal((await api.request("POST", "/v1/check/batch", { body: { work: ID, texts: [] } })).status, 400);
  });

  it("without a work, the generic classifier alone scores each sentence: no facts, no positions", async () => {
    const r = await api.request("POST", "/v1/check", { body: { text: "I can't believe the main character dies at the end, what a twist. Anyway, nice weather today." } });
    assert.equal(r.status, 200);
    assert.equal(r.json.work, undefined);
    assert.equal(r.json.at, undefined);
    assert.deepEqual(r.json.reveals, []);
    for (const span of r.json.spans) assert.deepEqual(span.by, ["classifier"]);
    const batch = await api.request("POST", "/v1/check/batch", { body: { texts: ["Lovely day.", "Turns out he was dead all along!"] } });
    assert.equal(batch.json.results.length, 2);
    const noWork = await api.request("POST", "/v1/check", { body: { at: "10m", text: "x" } });
    assert.equal(noWork.status, 400);
    assert.equal(noWork.json.code, "invalid-input");
  });

  it("can leave the classifier out and use the story model alone", async () => {
    const r = await api.request("POST", "/v1/check", { body: { work: ID, at: "30m", text: SPOILER, classifier: false } });
    assert.equal(r.json.spoiler, true);
    assert.ok(r.json.spans.every((s: { by: string[] }) => !s.by.includes("classifier")));
  });

  it("checks against the Game of Thrones model", async () => {
    const r = await api.request("POST", "/v1/check", { body: { work: "game-of-thrones", at: "S01E01", text: "Can't believe they cut off Ned Stark's head in the Sept of Baelor." } });
    assert.equal(r.status, 200);
    assert.equal(r.json.spoiler, true);
  });
});
