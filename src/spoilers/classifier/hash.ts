/**
 * 32-bit FNV-1a hashing, in steps so that features can be hashed without building strings.
 * Every feature is `mix(namespace seed, parts...)`; the model keeps weights per hash bucket.
 */
export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step over a UTF-16 code unit. */
export function step(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193) >>> 0;
}

/** FNV-1a of a whole string, starting from `seed`. */
export function hashString(s: string, seed: number = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}

/** Combines two 32-bit hashes (order matters), for n-grams of tokens. */
export function combine(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The seed of a feature namespace ("w", "c", "pos"...), so that namespaces do not share buckets. */
export function namespace(name: string): number {
  return hashString(`${name}\u0000`);
}
