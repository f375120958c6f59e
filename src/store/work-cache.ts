import { loadStory, formatProblem } from "../model/load.ts";
import type { Story } from "../model/story.ts";
import type { Catalog } from "./catalog.ts";
import type { Store, WorkHead } from "./store.ts";

/** A compiled version of a work. */
export interface CompiledWork {
  readonly id: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly story: Story;
}

export interface WorkCacheOptions {
  /** How old the list of current versions may get before the next read asks the database again. */
  readonly ttlMs: number;
  /** How many non-current compiled versions to keep (reads of `?version=`). */
  readonly keepOld?: number;
  readonly now?: () => number;
  /** Told about a stored version that no longer compiles; lists skip it, lookups of it fail. */
  readonly onBroken?: (id: string, version: number, error: Error) => void;
}

/**
 * A node's view of the works: compiled models cached by (work, version), plus the list of
 * current versions, re-read from the database once it is older than `ttlMs`. That is all the
 * state a node keeps, and all of it can be rebuilt from the database: nodes behind a load
 * balancer notice each other's imports within ttlMs. A write through this node is seen at once.
 */
export class WorkCache {
  readonly #store: Store;
  readonly #ttl: number;
  readonly #keepOld: number;
  readonly #now: () => number;
  readonly #onBroken: (id: string, version: number, error: Error) => void;
  #heads = new Map<string, WorkHead>();
  #loadedAt = Number.NEGATIVE_INFINITY;
  #refreshing: Promise<void> | undefined;
  /** Bumped by every local write, so that a refresh that started before it cannot undo it. */
  #generation = 0;
  readonly #compiled = new Map<string, Promise<Story>>();

  constructor(store: Store, options: WorkCacheOptions) {
    this.#store = store;
    this.#ttl = options.ttlMs;
    this.#keepOld = options.keepOld ?? 8;
    this.#now = options.now ?? Date.now;
    this.#onBroken = options.onBroken ?? (() => {});
  }

  /** The current head of every work, fresh to within ttlMs. */
  async heads(): Promise<ReadonlyMap<string, WorkHead>> {
    if (this.#now() - this.#loadedAt >= this.#ttl) await this.refresh();
    return this.#heads;
  }

  /** Re-reads the current versions now (single flight: concurrent callers share one query). */
  refresh(): Promise<void> {
    this.#refreshing ??= (async () => {
      const generation = this.#generation;
      const startedAt = this.#now();
      try {
        const heads = await this.#store.workHeads();
        if (generation !== this.#generation) return; // a local write landed meanwhile: read again next time
        this.#heads = new Map(heads.map((h) => [h.id, h]));
        this.#loadedAt = startedAt;
        this.#evict();
      } finally {
        this.#refreshing = undefined;
      }
    })();
    return this.#refreshing;
  }

  /** The current version of a work, compiled; undefined when there is no such work. */
  async current(id: string): Promise<CompiledWork | undefined> {
    const head = (await this.heads()).get(id);
    return head && { id, version: head.version, updatedAt: head.updatedAt, story: await this.#compile(id, head.version) };
  }

  /** A given version; read from the database when this node has not seen it yet. */
  async version(id: string, version: number): Promise<CompiledWork | undefined> {
    const head = (await this.heads()).get(id);
    if (head?.version === version) return this.current(id);
    const key = `${id}@${version}`;
    if (!this.#compiled.has(key)) {
      const stored = await this.#store.workVersion(id, version);
      if (!stored) return undefined;
      this.#compiled.set(key, Promise.resolve(compileStored(id, version, stored.source)));
      this.#evict();
    }
    return { id, version, updatedAt: head?.updatedAt ?? "", story: await this.#compiled.get(key)! };
  }

  /** Every current work, compiled, by id (a version that no longer compiles is left out and reported). */
  async all(): Promise<CompiledWork[]> {
    const heads = [...(await this.heads()).values()];
    const works = await Promise.all(
      heads.map(async (h) => {
        try {
          return { id: h.id, version: h.version, updatedAt: h.updatedAt, story: await this.#compile(h.id, h.version) };
        } catch (e) {
          this.#onBroken(h.id, h.version, e as Error);
          return undefined;
        }
      }),
    );
    return works.filter((w) => w !== undefined);
  }

  /**
   * Records a write made through this node (undefined: deleted), so it reads its own writes;
   * with the story the write compiled, which spares compiling it again.
   */
  noteHead(id: string, head: WorkHead | undefined, story?: Story): void {
    this.#generation++;
    if (head) {
      this.#heads.set(id, head);
      if (story) this.#compiled.set(`${id}@${head.version}`, Promise.resolve(story));
    } else this.#heads.delete(id);
    this.#evict();
  }

  /** The read port for the web pages: current versions only. */
  catalog(): Catalog {
    return {
      works: async () => (await this.all()).map((w) => w.story),
      work: async (id) => (await this.current(id))?.story,
    };
  }

  #compile(id: string, version: number): Promise<Story> {
    const key = `${id}@${version}`;
    let story = this.#compiled.get(key);
    if (!story) {
      story = this.#store.workVersion(id, version).then((stored) => {
        if (!stored) throw new Error(`version ${version} of \`${id}\` vanished from the database`);
        return compileStored(id, version, stored.source);
      });
      story.catch(() => this.#compiled.delete(key));
      this.#compiled.set(key, story);
    }
    return story;
  }

  /** Keeps every current version and the most recently added `keepOld` others. */
  #evict(): void {
    const current = new Set([...this.#heads.values()].map((h) => `${h.id}@${h.version}`));
    const old = [...this.#compiled.keys()].filter((k) => !current.has(k));
    for (const key of old.slice(0, Math.max(0, old.length - this.#keepOld))) this.#compiled.delete(key);
  }
}

function compileStored(id: string, version: number, source: string): Story {
  const loaded = loadStory(source, `${id}@v${version}`);
  if (!loaded.ok) {
    // Only valid files are stored; this means the schema changed under a stored version.
    throw new Error(`stored version ${version} of \`${id}\` no longer compiles:\n${loaded.problems.map(formatProblem).join("\n")}`);
  }
  return loaded.story;
}
