import { AfterimageError } from "../model/errors.ts";
import { knows, type Position } from "../model/position.ts";
import type { EntityType, NameKind } from "../model/schema.ts";
import type { Story } from "../model/story.ts";
import { findMetEntity, knownNames, metEntities } from "./reader.ts";

export interface CharacterCard {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly names: readonly { name: string; kind: NameKind; at: string }[];
  readonly firstSeen: string;
  readonly facets: readonly { label: string; text: string; at: string }[];
  readonly relations: readonly { entity: string; name: string; label: string; at: string }[];
  readonly facts: readonly { id: string; statement: string; at: string }[];
}

/** An entity's card as a reader at `at` knows it. Unmet entities are unknown, as if absent. */
export function character(story: Story, ref: string, at: Position): CharacterCard {
  const entity = findMetEntity(story, ref, at);
  if (!entity) {
    const met = metEntities(story, at).map((e) => e.id);
    throw new AfterimageError(
      "unknown-entity",
      `no character or thing called \`${ref}\` at ${at.label}; known so far: ${met.join(", ") || "none"}`,
      { entity: ref, known: met },
    );
  }
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    names: knownNames(entity, at).map((n) => ({ name: n.name, kind: n.kind, at: n.at.label })),
    firstSeen: entity.firstSeen.label,
    facets: entity.facets.filter((f) => knows(at, f.at)).map((f) => ({ label: f.label, text: f.text, at: f.at.label })),
    relations: entity.relations
      .filter((r) => knows(at, r.at))
      .map((r) => ({ entity: r.entity, name: story.entityById.get(r.entity)?.name ?? r.entity, label: r.label, at: r.at.label })),
    facts: story.facts
      .filter((f) => knows(at, f.at) && f.entities.includes(entity.id))
      .map((f) => ({ id: f.id, statement: f.statement, at: f.at.label })),
  };
}
