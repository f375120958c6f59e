import { knows, type Position } from "../model/position.ts";
import type { FactKind, Severity } from "../model/schema.ts";
import type { Story } from "../model/story.ts";

export interface KnownFact {
  readonly id: string;
  readonly statement: string;
  readonly at: string;
  readonly kind: FactKind;
  readonly severity: Severity;
  readonly entities: readonly string[];
  /** Present once the fact that overturned this one is itself known: "what you believed until …". */
  readonly believedUntil?: { readonly fact: string; readonly at: string };
  /** The earlier beliefs this fact overturns (only ones the reader has seen). */
  readonly overturns?: readonly string[];
}

export interface Known {
  readonly at: string;
  readonly facts: readonly KnownFact[];
}

/** What a reader at `at` knows, in shown order, with superseded beliefs marked once overturned. */
export function known(story: Story, at: Position): Known {
  const facts = story.facts.filter((f) => knows(at, f.at));
  const overturnedBy = new Map<string, { fact: string; at: string }>();
  for (const f of facts) for (const s of f.supersedes) overturnedBy.set(s, { fact: f.id, at: f.at.label });
  return {
    at: at.label,
    facts: facts.map((f) => {
      const until = overturnedBy.get(f.id);
      return {
        id: f.id,
        statement: f.statement,
        at: f.at.label,
        kind: f.kind,
        severity: f.severity,
        entities: f.entities,
        ...(until ? { believedUntil: until } : {}),
        ...(f.supersedes.length > 0 ? { overturns: f.supersedes } : {}),
      };
    }),
  };
}
