/** Per-IP and per-key rate limits answer 429 with Retry-After (a frozen clock: no timing). */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { apiHarness, type Harness } from "./support/api.ts";

describe("API: rate limits", () => {
  let api: Harness;
  let behindProxy: Harness;
  before(async () => {
    api = await apiHarness({ bundled: false, limits: { perIp: 2, perKey: 1 }, clock: () => 0 });
    behindProxy = await apiHarness({ bundled: false, limits: { perIp: 1, trustProxy: true }, clock: () => 0 });
  });
  after(async () => {
    await api.done();
    await behindProxy.done();
  });

  it("per IP: a burst of twice the rate, then 429 with Retry-After; other IPs unaffected", async () => {
    for (let i = 0; i < 4; i++) assert.equal((await api.get("/v1/works", { ip: "10.0.0.1" })).status, 200);
    const limited = await api.get("/v1/works", { ip: "10.0.0.1" });
    assert.equal(limited.status, 429);
    assert.equal(limited.json.code, "rate-limited");
    assert.equal(limited.headers.get("retry-after"), "1");
    assert.equal((await api.get("/v1/works", { ip: "10.0.0.2" })).status, 200);
  });

  it("per key: a key is limited wherever it comes from", async () => {
    assert.equal((await api.get("/v1/works", { ip: "10.1.0.1", token: api.editor })).status, 200);
    assert.equal((await api.get("/v1/works", { ip: "10.1.0.2", token: api.editor })).status, 200);
    assert.equal((await api.get("/v1/works", { ip: "10.1.0.3", token: api.editor })).status, 429);
    assert.equal((await api.get("/v1/works", { ip: "10.1.0.4", token: api.reader })).status, 200);
  });

  it("behind a trusted proxy, the client is the last X-Forwarded-For hop", async () => {
    const from = (client: string) => ({ ip: "192.0.2.1", headers: { "X-Forwarded-For": `198.51.100.9, ${client}` } });
    assert.equal((await behindProxy.get("/healthz", from("203.0.113.1"))).status, 200);
    assert.equal((await behindProxy.get("/healthz", from("203.0.113.1"))).status, 200);
    assert.equal((await behindProxy.get("/healthz", from("203.0.113.1"))).status, 429);
    assert.equal((await behindProxy.get("/healthz", from("203.0.113.2"))).status, 200);
  });
});
