/**
 * Token buckets by key (a client IP or an API key id): `rate` requests per second on average,
 * bursts of `burst`. Held in this node's memory: behind a load balancer each node limits on
 * its own (docs/deploy.md). Idle buckets are dropped once the map grows.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #rate: number;
  readonly #burst: number;
  readonly #now: () => number;
  readonly #max: number;

  constructor(rate: number, burst = rate * 2, now: () => number = () => performance.now() / 1000, maxBuckets = 100_000) {
    if (burst < 1) throw new Error("a rate limit needs a burst of at least one request");
    this.#rate = rate;
    this.#burst = burst;
    this.#now = now;
    this.#max = maxBuckets;
  }

  /** Takes one token: ok, or how many seconds until one is available. */
  take(key: string): { ok: true } | { ok: false; retryAfter: number } {
    const now = this.#now();
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      if (this.#buckets.size >= this.#max) this.#sweep(now);
      bucket = { tokens: this.#burst, at: now };
      this.#buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#rate);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / this.#rate)) };
  }

  /** Drops buckets that have refilled completely (they behave exactly like new ones). */
  #sweep(now: number): void {
    for (const [key, b] of this.#buckets) {
      if (b.tokens + (now - b.at) * this.#rate >= this.#burst) this.#buckets.delete(key);
    }
  }
}
