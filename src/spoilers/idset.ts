/**
 * A set of small ids (entity, concept or fact indexes below a fixed bound) that is emptied in
 * constant time: a member is an id stamped with the current generation, and clearing starts a
 * new one. The checker builds evidence for every paragraph and sentence it reads and collects
 * candidate facts for each; reusing these instead of allocating and hashing Sets (or growing
 * arrays again after each clear) is most of what makes a short text cheap.
 */
export class IdSet implements Iterable<number> {
  private readonly stamps: Uint32Array;
  private generation = 1;
  /** The members in the order they were added: ids[0, size). Each id is added once, so `bound` slots suffice. */
  private readonly ids: Int32Array;
  size = 0;

  constructor(bound: number) {
    this.stamps = new Uint32Array(bound);
    this.ids = new Int32Array(bound);
  }

  has(id: number): boolean {
    return this.stamps[id] === this.generation;
  }

  add(id: number): void {
    if (this.stamps[id] === this.generation) return;
    this.stamps[id] = this.generation;
    this.ids[this.size++] = id;
  }

  /** The i-th member added (0 <= i < size). */
  at(i: number): number {
    return this.ids[i]!;
  }

  clear(): void {
    this.size = 0;
    if (++this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  [Symbol.iterator](): Iterator<number> {
    return this.ids.subarray(0, this.size)[Symbol.iterator]();
  }
}

/** Adds every member of `from` to `into`. */
export function addAll(into: IdSet, from: IdSet): void {
  for (let i = 0; i < from.size; i++) into.add(from.at(i));
}
