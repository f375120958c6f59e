import { knows, type Position } from "../model/position.ts";
import type { WorkKind } from "../model/schema.ts";
import type { Story } from "../model/story.ts";
import { knownNames } from "./reader.ts";

export interface WorkView {
  readonly id: string;
  readonly title: string;
  readonly kind: WorkKind;
  readonly year: number;
  readonly logline: string;
  readonly basedOn?: string;
  readonly creators: readonly { name: string; role: string }[];
  /** Only characters the reader has met, under the name they know. */
  readonly cast: readonly { actor: string; character: string; name: string }[];
  readonly externalIds: Readonly<Record<string, string>>;
  /** Non-spoiler tags, and spoiler tags once revealed. */
  readonly tags: readonly { name: string; spoiler: boolean }[];
  readonly at: string;
  /** The work's extent in its own syntax: where it starts and ends (public, like a runtime). */
  readonly span: { readonly start: string; readonly end: string };
}

/** A work's metadata as a reader at `at` may see it; at the start it is safe for anyone. */
export function workAt(story: Story, at: Position): WorkView {
  const w = story.work;
  const externalIds = Object.fromEntries(Object.entries(w.externalIds).filter((e): e is [string, string] => typeof e[1] === "string"));
  return {
    id: w.id,
    title: w.title,
    kind: w.kind,
    year: w.year,
    logline: w.logline,
    ...(w.basedOn ? { basedOn: w.basedOn } : {}),
    creators: w.creators,
    cast: w.cast.flatMap((c) => {
      const entity = story.entityById.get(c.character);
      if (!entity || !knows(at, entity.firstSeen)) return [];
      return [{ actor: c.actor, character: c.character, name: knownNames(entity, at)[0]?.name ?? entity.name }];
    }),
    externalIds,
    tags: w.tags.filter((t) => knows(at, t.at)).map((t) => ({ name: t.name, spoiler: t.spoiler })),
    at: at.label,
    span: { start: story.scale.start.label, end: story.scale.end.label },
  };
}
