import { knows, type Position } from "../model/position.ts";
import type { Entity, EntityName, Story } from "../model/story.ts";

/** The entities a reader at `at` has met, in the order they first appear. */
export function metEntities(story: Story, at: Position): Entity[] {
  return story.entities.filter((e) => knows(at, e.firstSeen)).sort((a, b) => a.firstSeen.ord - b.firstSeen.ord);
}

/** The names of an entity a reader at `at` knows, first-known first. */
export function knownNames(entity: Entity, at: Position): EntityName[] {
  return entity.names.filter((n) => knows(at, n.at));
}

/**
 * Finds an entity the reader has met by id or by any name they know (case-insensitive).
 * Undefined for entities not met yet, so that a lookup never confirms a later character exists.
 */
export function findMetEntity(story: Story, ref: string, at: Position): Entity | undefined {
  const wanted = ref.trim().toLowerCase();
  return metEntities(story, at).find(
    (e) => e.id === wanted || knownNames(e, at).some((n) => n.name.toLowerCase() === wanted),
  );
}
