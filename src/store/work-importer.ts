import { loadStory, locateIn, type StoryProblem } from "../model/load.ts";
import type { Story } from "../model/story.ts";
import type { Expectation, ImportedVersion, Store } from "./store.ts";

export interface ImportRequest {
  readonly source: string;
  readonly mediaType: string;
  readonly origin: string;
  /** The id the caller addressed (PUT /v1/works/{id}); the file's work.id must match it. */
  readonly id?: string;
  readonly expect?: Expectation;
  /** Shown in problems' `file`. */
  readonly file?: string;
}

export type ImportResult =
  | { readonly ok: true; readonly version: ImportedVersion; readonly story: Story }
  | { readonly ok: false; readonly problems: readonly StoryProblem[] };

/**
 * Imports a story file: validates and compiles it (every problem located by line, column and
 * field path), then stores it whole as the work's new version in one transaction. Nothing is
 * stored unless the file is valid. StoreErrors (exists, version mismatch) propagate.
 */
export async function importStoryFile(store: Store, request: ImportRequest): Promise<ImportResult> {
  const file = request.file ?? "<request>";
  const loaded = loadStory(request.source, file);
  if (!loaded.ok) return loaded;
  const story = loaded.story;
  if (request.id !== undefined && story.work.id !== request.id) {
    return {
      ok: false,
      problems: locateIn(request.source, file, [{ path: ["work", "id"], message: `the file is the work \`${story.work.id}\`, not \`${request.id}\` as addressed` }]),
    };
  }
  const version = await store.importWork({
    id: story.work.id,
    source: request.source,
    mediaType: request.mediaType,
    origin: request.origin,
    ...(request.expect ? { expect: request.expect } : {}),
  });
  return { ok: true, version, story };
}
