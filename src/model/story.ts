import type { Position, PositionScale } from "./position.ts";
import type {
  EntityType,
  FactKind,
  Holder,
  NameKind,
  Reality,
  Severity,
  SourceKind,
  StoryFile,
  WorkKind,
} from "./schema.ts";

/** A compiled story: the story file with every position parsed against the work's scale. */
export interface Story {
  readonly file: StoryFile;
  readonly scale: PositionScale;
  readonly work: WorkInfo;
  readonly entities: readonly Entity[];
  /** In shown order: by reveal position, then by their order in the file. */
  readonly facts: readonly Fact[];
  readonly events: readonly StoryEvent[];
  readonly interpretations: readonly Interpretation[];
  readonly sources: readonly Source[];
  readonly disputed: readonly Disputed[];
  readonly entityById: ReadonlyMap<string, Entity>;
  readonly factById: ReadonlyMap<string, Fact>;
  readonly eventById: ReadonlyMap<string, StoryEvent>;
  readonly sourceById: ReadonlyMap<string, Source>;
}

export interface WorkInfo {
  readonly id: string;
  readonly title: string;
  readonly kind: WorkKind;
  readonly year: number;
  readonly logline: string;
  readonly creators: readonly { name: string; role: string }[];
  readonly cast: readonly { actor: string; character: string }[];
  readonly externalIds: { wikidata?: string | undefined; imdb?: string | undefined; tmdb?: string | undefined };
  readonly tags: readonly Tag[];
  readonly basedOn?: string | undefined;
}

export interface Tag {
  readonly name: string;
  readonly spoiler: boolean;
  /** Non-spoiler tags are known from the start. */
  readonly at: Position;
}

export interface EntityName {
  readonly name: string;
  readonly kind: NameKind;
  readonly at: Position;
}

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** Every name including the first one, each with when the audience learns it. */
  readonly names: readonly EntityName[];
  readonly firstSeen: Position;
  readonly facets: readonly { label: string; text: string; at: Position }[];
  readonly relations: readonly { entity: string; label: string; at: Position }[];
}

export interface Fact {
  readonly id: string;
  readonly statement: string;
  readonly at: Position;
  readonly entities: readonly string[];
  readonly kind: FactKind;
  readonly severity: Severity;
  readonly supersedes: readonly string[];
  readonly sources: readonly string[];
  readonly cues: readonly string[];
}

export interface StoryEvent {
  readonly id: string;
  readonly summary: string;
  readonly entities: readonly string[];
  /** Ascending. */
  readonly shown: readonly Position[];
  readonly story?: { readonly order: number; readonly when?: string | undefined; readonly at: Position } | undefined;
  readonly key: boolean;
}

export interface Interpretation {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly heldBy: readonly Holder[];
  readonly at: Position;
  readonly evidence: { readonly facts: readonly string[]; readonly events: readonly string[] };
  readonly reality: ReadonlyMap<string, Reality>;
  readonly sources: readonly string[];
}

export interface Source {
  readonly id: string;
  readonly kind: SourceKind;
  readonly person?: string | undefined;
  readonly role?: string | undefined;
  readonly outlet?: string | undefined;
  readonly interviewer?: string | undefined;
  readonly date: string;
  readonly url?: string | undefined;
  readonly text: string;
  readonly at: Position;
}

export interface Disputed {
  readonly id: string;
  readonly question: string;
  readonly entities: readonly string[];
  readonly at: Position;
  readonly values: readonly { value: string; sources: readonly string[] }[];
}
