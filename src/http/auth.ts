import { createHash } from "node:crypto";
import { verifyApiKey, type Verified } from "../store/api-keys.ts";
import type { Store } from "../store/store.ts";

/**
 * Verifies presented API keys. scrypt makes a check cost tens of milliseconds on purpose, so a
 * key that verified is remembered (by a SHA-256 of the token, never the token) for `ttlMs`;
 * a revoked key stops working on every node within that time. Failures are never remembered.
 */
export class KeyVerifier {
  readonly #store: Store;
  readonly #ttl: number;
  readonly #max: number;
  readonly #verified = new Map<string, { result: Verified & { ok: true }; until: number }>();

  constructor(store: Store, ttlMs: number, max = 10_000) {
    this.#store = store;
    this.#ttl = ttlMs;
    this.#max = max;
  }

  async verify(token: string): Promise<Verified> {
    const digest = createHash("sha256").update(token).digest("base64url");
    const hit = this.#verified.get(digest);
    if (hit && hit.until > Date.now()) return hit.result;
    this.#verified.delete(digest);
    const result = await verifyApiKey(this.#store, token);
    if (result.ok) {
      if (this.#ttl > 0) {
        if (this.#verified.size >= this.#max) this.#verified.delete(this.#verified.keys().next().value!);
        this.#verified.set(digest, { result, until: Date.now() + this.#ttl });
      }
      void this.#store.touchKey(result.key.id).catch(() => {});
    }
    return result;
  }
}
