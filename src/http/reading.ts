import { AfterimageError } from "../model/errors.ts";
import type { Position } from "../model/position.ts";
import type { Store } from "../store/store.ts";
import type { CompiledWork, WorkCache } from "../store/work-cache.ts";
import type { AppContext } from "./route.ts";

/**
 * The work a request names, compiled: its current version, or the one `version` asks for.
 * An unknown work's error lists only the ids of the works there are.
 */
export async function workFor(cache: WorkCache, id: string, version?: number): Promise<CompiledWork> {
  const work = version === undefined ? await cache.current(id) : await cache.version(id, version);
  if (work) return work;
  const ids = [...(await cache.heads()).keys()];
  const which = version === undefined ? `no work \`${id}\`` : `no version ${version} of a work \`${id}\``;
  throw new AfterimageError("unknown-work", `${which}; available: ${ids.join(", ") || "none"}`, { work: id });
}

/**
 * Where the reader is: `at` when given (a bad one is an invalid-position error), else the
 * progress saved for this work under the reader token sent, else the start. A saved position
 * the work's current version no longer has falls back to the start, never further.
 */
export async function positionFor(c: AppContext, store: Store, work: CompiledWork, at: string | undefined): Promise<Position> {
  const scale = work.story.scale;
  if (at !== undefined) return scale.parse(at);
  const readerId = c.get("key")?.readerId;
  if (readerId) {
    const saved = (await store.progress(readerId)).find((p) => p.workId === work.id);
    if (saved) {
      try {
        return scale.parse(saved.position);
      } catch {
        return scale.start;
      }
    }
  }
  return scale.start;
}
