import type { z } from "zod";
import { findMetEntity } from "../engine/index.ts";
import { knows, type Position } from "../model/position.ts";
import type { WorkVersionInfo } from "../store/store.ts";
import type { CompiledWork } from "../store/work-cache.ts";
import { etagOf } from "./etag.ts";
import type { VersionList, WorkDetail, WorkSummary } from "./schemas.ts";

/**
 * Presenters shape the API's JSON explicitly from core types. A work's own metadata is
 * presented as a reader at a position knows it: spoiler tags, cast of characters not met yet
 * and titles of episodes or chapters not started stay out. Nothing here counts facts.
 */
export function presentSummary(w: CompiledWork): z.output<typeof WorkSummary> {
  const info = w.story.work;
  return { id: info.id, title: info.title, kind: info.kind, year: info.year, logline: info.logline, version: w.version, updatedAt: w.updatedAt };
}

export function presentWork(w: CompiledWork, at: Position): z.output<typeof WorkDetail> {
  const { story } = w;
  const info = story.work;
  const cast = info.cast.flatMap((c) => {
    const entity = findMetEntity(story, c.character, at);
    return entity ? [{ actor: c.actor, character: entity.id, name: entity.name }] : [];
  });
  return {
    ...presentSummary(w),
    at: at.label,
    creators: info.creators.map((c) => ({ name: c.name, role: c.role })),
    cast,
    tags: info.tags.filter((t) => knows(at, t.at)).map((t) => ({ name: t.name, spoiler: t.spoiler })),
    externalIds: { ...info.externalIds },
    ...(info.basedOn ? { basedOn: info.basedOn } : {}),
    positions: { syntax: story.scale.syntax, start: story.scale.start.label, end: story.scale.end.label },
    structure: structureOf(w, at),
  };
}

function structureOf(w: CompiledWork, at: Position): z.output<typeof WorkDetail>["structure"] {
  const { file, scale } = w.story;
  const started = (startText: string) => knows(at, scale.parse(startText));
  const pad = (n: number) => String(n).padStart(2, "0");
  switch (file.work.kind) {
    case "film":
      return { kind: "film", runtime: file.work.runtime ?? 0 };
    case "series":
      return {
        kind: "series",
        seasons: (file.work.seasons ?? []).map((s) => ({
          number: s.number,
          episodes: s.episodes.map((e) => {
            const code = `S${pad(s.number)}E${pad(e.number)}`;
            return {
              number: e.number,
              position: code,
              ...(started(`${code}@0:00`) ? { title: e.title } : {}),
              ...(e.runtime !== undefined ? { runtime: e.runtime } : {}),
            };
          }),
        })),
      };
    case "book":
      return {
        kind: "book",
        chapters: (file.work.chapters ?? []).map((ch) => ({
          number: ch.number,
          position: `ch${ch.number}`,
          ...(ch.title !== undefined && started(`ch${ch.number}@0%`) ? { title: ch.title } : {}),
        })),
      };
  }
}

/** Version numbers for everyone; the file's size and digest only for editors (they are not for readers' eyes). */
export function presentVersions(id: string, versions: readonly WorkVersionInfo[], editor: boolean): z.output<typeof VersionList> {
  return {
    work: id,
    versions: versions.map((v) => ({
      version: v.version,
      etag: etagOf(v.version),
      createdAt: v.createdAt,
      ...(editor ? { bytes: v.bytes, sha256: v.sha256, mediaType: v.mediaType } : {}),
    })),
  };
}
