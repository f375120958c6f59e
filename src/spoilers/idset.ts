/**
 * A set of small ids (entity, concept or fact indexes below a fixed bound) that is emptied in
 * constant time: a member is an id stamped with the current generation, and clearing starts a
 * new one. The checker builds evidence for every paragraph and sentence it reads and collects
 * candidate facts for each; reusing these instead of allocating and hashing Sets is most of
 * what makes a short text cheap.
 */
export class IdSet implements Iterable<number> {
  private readonly stamps: Uint32Array;
  private generation = 1;
  /** The ids, in the order they were added. */
  readonly members: number[] = [];

  constructor(bound: number) {
    this.stamps = new Uint32Array(bound);
  }

  get size(): number {
    return this.members.length;
  }

  has(id: number): boolean {
    return this.stamps[id] === this.generation;
  }

  add(id: number): void {
    if (this.stamps[id] === this.generation) return;
    this.stamps[id] = this.generation;
    this.members.push(id);
  }

  clear(): void {
    this.members.length = 0;
    if (++this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  [Symbol.iterator](): Iterator<number> {
    return this.members[Symbol.iterator]();
  }
}
