import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import type { ApiKey, Scope, Store } from "./store.ts";

/**
 * API keys look like `aik_<id>_<secret>`: the id finds the row, the secret is checked against
 * its scrypt hash. The secret is shown once, at creation, and never stored.
 */
const PREFIX = "aik";
const SCRYPT: ScryptOptions = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;
const TOKEN = /^aik_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export interface CreatedKey {
  readonly key: ApiKey;
  /** The whole token to hand to the client: shown once. */
  readonly token: string;
}

/** Creates a key; a reader key also creates the reader profile it speaks for. */
export async function createApiKey(store: Store, scope: Scope, name = ""): Promise<CreatedKey> {
  const id = randomId();
  const secret = randomBytes(32).toString("base64url");
  const readerId = scope === "reader" ? (await store.createReader()).id : undefined;
  const key = await store.createKey({ id, name, scope, secretHash: await hashSecret(secret), ...(readerId ? { readerId } : {}) });
  return { key, token: `${PREFIX}_${id}_${secret}` };
}

export type Verified = { ok: true; key: ApiKey } | { ok: false; reason: "malformed" | "unknown" | "revoked" | "mismatch" };

/** Checks a presented token against the store: the row must exist, be unrevoked and match. */
export async function verifyApiKey(store: Store, token: string): Promise<Verified> {
  const m = TOKEN.exec(token);
  if (!m) return { ok: false, reason: "malformed" };
  const key = await store.key(m[1]!);
  if (!key) return { ok: false, reason: "unknown" };
  if (!(await secretMatches(m[2]!, key.secretHash))) return { ok: false, reason: "mismatch" };
  if (key.revokedAt) return { ok: false, reason: "revoked" };
  return { ok: true, key };
}

export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(secret, salt, SCRYPT);
  return ["scrypt", SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString("base64url"), hash.toString("base64url")].join("$");
}

export async function secretMatches(secret: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split("$");
  if (alg !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await derive(secret, Buffer.from(salt, "base64url"), { N: Number(n), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem! });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function derive(secret: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(secret, salt, KEY_LENGTH, options, (e, key) => (e ? reject(e) : resolve(key))));
}

function randomId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return [...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join("");
}
