/**
 * The scoring half of the model: a table of feature weights keyed by 32-bit feature hash
 * (open addressing, linear probing, each slot's key, weight and stamp side by side for cache
 * locality) and Platt calibration of the summed score.
 */
export interface WeightTable {
  /**
   * Sums weight x value over the distinct feature hashes fed to `add` since the last `begin`;
   * a hash that comes again counts once, with its first value (as in training).
   */
  begin(): void;
  add(hash: number, value: number): void;
  readonly sum: number;
  readonly size: number;
}

/** Platt scaling: probability = sigmoid(a * score + b). */
export interface Calibration {
  readonly a: number;
  readonly b: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function calibrate(score: number, c: Calibration): number {
  return sigmoid(c.a * score + c.b);
}

/** Slot layout: [key, weight, stamp] as 32-bit words; key 0 marks an empty slot. */
const STRIDE = 3;

/** Builds the table from parallel arrays of distinct feature hashes and their weights. */
export function createWeightTable(hashes: Uint32Array, weights: Float32Array): WeightTable {
  if (hashes.length !== weights.length) throw new Error("hashes and weights differ in length");
  let capacity = 16;
  while (capacity < hashes.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const buffer = new ArrayBuffer(capacity * STRIDE * 4);
  const u32 = new Uint32Array(buffer);
  const f32 = new Float32Array(buffer);
  // hash 0 cannot be a key (it marks empty slots): it gets a slot of its own
  let zeroWeight = 0;
  let zeroStamp = 0;
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!;
    if (h === 0) {
      zeroWeight = weights[i]!;
      continue;
    }
    let slot = mix(h) & mask;
    while (u32[slot * STRIDE] !== 0) {
      if (u32[slot * STRIDE] === h) throw new Error(`duplicate feature hash ${h}`);
      slot = (slot + 1) & mask;
    }
    u32[slot * STRIDE] = h;
    f32[slot * STRIDE + 1] = weights[i]!;
  }
  let generation = 0;
  // a typed cell, so that adding to the running sum allocates nothing
  const acc = new Float64Array(1);
  return {
    begin() {
      generation++;
      if (generation === 0xffffffff) {
        for (let s = 0; s < capacity; s++) u32[s * STRIDE + 2] = 0;
        zeroStamp = 0;
        generation = 1;
      }
      acc[0] = 0;
    },
    add(hash, value) {
      const h = hash >>> 0;
      if (h === 0) {
        if (zeroStamp !== generation) {
          zeroStamp = generation;
          acc[0] = acc[0]! + zeroWeight * value;
        }
        return;
      }
      let at = (mix(h) & mask) * STRIDE;
      for (;;) {
        const key = u32[at]!;
        if (key === h) {
          if (u32[at + 2] !== generation) {
            u32[at + 2] = generation;
            acc[0] = acc[0]! + f32[at + 1]! * value;
          }
          return;
        }
        if (key === 0) return;
        at += STRIDE;
        if (at >= capacity * STRIDE) at = 0;
      }
    },
    get sum() {
      return acc[0]!;
    },
    size: hashes.length,
  };
}

/** Spreads a hash over the table's low bits (murmur3 finaliser). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
