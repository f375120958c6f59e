import type { Story } from "../model/story.ts";

/**
 * The narrowest port the HTTP and web adapters need to read works: compiled stories by id.
 * The database-backed catalog caches compiled models by (work, version); this in-memory one
 * serves a fixed set (tests, and the CLI's bundled works).
 */
export interface Catalog {
  works(): Promise<readonly Story[]>;
  work(id: string): Promise<Story | undefined>;
}

export function memoryCatalog(stories: readonly Story[]): Catalog {
  const byId = new Map(stories.map((s) => [s.work.id, s]));
  return {
    works: async () => stories,
    work: async (id) => byId.get(id),
  };
}
