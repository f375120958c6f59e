import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { RateLimiter } from "./rate-limit.ts";

describe("RateLimiter", () => {
  it("allows a burst, then one request per 1/rate seconds", () => {
    let now = 0;
    const limiter = new RateLimiter(2, 4, () => now);
    for (let i = 0; i < 4; i++) assert.deepEqual(limiter.take("a"), { ok: true });
    assert.deepEqual(limiter.take("a"), { ok: false, retryAfter: 1 });
    now = 0.5;
    assert.deepEqual(limiter.take("a"), { ok: true });
    assert.equal(limiter.take("a").ok, false);
    assert.deepEqual(limiter.take("b"), { ok: true }, "buckets are per key");
  });

  it("never holds more than the burst", () => {
    let now = 0;
    const limiter = new RateLimiter(1, 2, () => now);
    now = 1000;
    assert.ok(limiter.take("a").ok && limiter.take("a").ok);
    assert.equal(limiter.take("a").ok, false);
  });

  it("drops full buckets when the map is full, keeping ones that are still draining", () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1, () => now, 2);
    limiter.take("a");
    now = 10;
    limiter.take("b");
    limiter.take("c"); // sweeps: a has refilled and goes; b is empty and stays
    assert.equal(limiter.take("b").ok, false);
  });
});
