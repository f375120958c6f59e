import { z } from "zod";

/**
 * The story file schema: the single source for the TypeScript types, validation and the
 * exported JSON Schema (schema/story.schema.json). Positions are strings in the work's own
 * syntax ("~92m", "S07E03@12:30", "ch2@50%"); they are parsed against the work in compile.ts.
 */

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lower-case slugs: letters, digits and hyphens")
  .describe("A lower-case slug, unique within its list");

const POSITION_SYNTAX =
  "A position in the work's own syntax: film `91m`, `1:31:00`, `87%`, `end`; series `S07E03`, `S07E03@12:30`, `S07`; book `ch12`, `ch12@50%`, `45%`. Prefix `~` for approximate.";

/** A position field; `what` says which moment it is. */
const position = (what: string) => z.string().min(1).describe(`${what}. ${POSITION_SYNTAX}`);

export const WorkKind = z.enum(["film", "series", "book"]);

export const Tag = z
  .object({
    name: z.string().min(1),
    spoiler: z.boolean().default(false).describe("A spoiler tag stays hidden until `at` (default: the end)"),
    at: position("When a spoiler tag becomes visible (default: the end)").optional(),
  })
  .strict();

export const CastMember = z
  .object({ actor: z.string().min(1), character: Id.describe("An entity id") })
  .strict();

export const Episode = z
  .object({
    number: z.number().int().positive(),
    title: z.string().min(1),
    runtime: z.number().positive().optional().describe("Minutes"),
  })
  .strict();

export const Season = z
  .object({ number: z.number().int().positive(), episodes: z.array(Episode).min(1) })
  .strict();

export const Chapter = z
  .object({
    number: z.number().int().positive(),
    title: z.string().optional(),
    length: z.number().positive().optional().describe("Relative length (words or pages); equal when absent"),
  })
  .strict();

export const ExternalIds = z
  .object({
    wikidata: z.string().regex(/^Q\d+$/).optional(),
    imdb: z.string().regex(/^tt\d+$/).optional(),
    tmdb: z.string().optional(),
  })
  .strict();

export const Work = z
  .object({
    id: Id,
    title: z.string().min(1),
    kind: WorkKind,
    year: z.number().int(),
    creators: z.array(z.object({ name: z.string().min(1), role: z.string().min(1) }).strict()).default([]),
    cast: z.array(CastMember).default([]),
    runtime: z.number().positive().optional().describe("Film: minutes"),
    seasons: z.array(Season).optional().describe("Series: seasons and their episodes"),
    chapters: z.array(Chapter).optional().describe("Book: chapters (or sections) in order"),
    external_ids: ExternalIds.default({}),
    tags: z.array(Tag).default([]),
    logline: z.string().min(1).describe("Safe at position zero: no spoilers"),
    based_on: z.string().optional(),
  })
  .strict();

export const NameKind = z.enum(["name", "alias", "nickname", "fan", "title", "secret-identity"]);

export const EntityName = z
  .object({
    name: z.string().min(1),
    kind: NameKind.default("alias"),
    at: position("When the audience learns this name; default: the entity's first appearance").optional(),
  })
  .strict();

export const Facet = z
  .object({ label: z.string().min(1), text: z.string().min(1), at: position("Where this facet is revealed") })
  .strict();

export const Relation = z
  .object({ entity: Id, label: z.string().min(1), at: position("Where this relation is revealed") })
  .strict();

export const EntityType = z.enum(["character", "place", "object", "group"]);

export const Entity = z
  .object({
    id: Id,
    type: EntityType.default("character"),
    name: z.string().min(1).describe("The name the audience first knows"),
    names: z.array(EntityName).default([]),
    first_seen: position("Where the audience first meets it"),
    facets: z.array(Facet).default([]),
    relations: z.array(Relation).default([]),
  })
  .strict();

export const FactKind = z.enum(["premise", "plot", "identity", "death", "relationship", "backstory", "twist", "ending"]);
export const Severity = z.enum(["minor", "major"]);

export const Fact = z
  .object({
    id: Id,
    statement: z.string().min(1).describe("The fact in plain words"),
    at: position("Where the story reveals it"),
    entities: z.array(Id).default([]),
    kind: FactKind,
    severity: Severity.default("major"),
    supersedes: z.array(Id).default([]).describe("Facts the audience believed until this one overturned them"),
    sources: z.array(Id).default([]),
    cues: z.array(z.string().min(1)).default([]).describe("Words and phrases people use when they talk about this fact"),
  })
  .strict();

export const StoryPlacement = z
  .object({
    order: z.number().describe("Place in story chronology: smaller happens earlier"),
    when: z.string().optional().describe("A reader-facing date or moment, e.g. 'the night Harry knocked'"),
    at: position("Where the story reveals this placement"),
  })
  .strict();

export const Event = z
  .object({
    id: Id,
    summary: z.string().min(1),
    entities: z.array(Id).default([]),
    shown: z.array(position("A moment the work shows it")).min(1).describe("Where the work shows it"),
    story: StoryPlacement.optional().describe("Absent: its chronology is never revealed"),
    key: z.boolean().default(false).describe("A key event gets a row in the reality table"),
  })
  .strict();

export const Reality = z.enum(["real", "imagined", "ghost", "dream", "lie", "ambiguous"]);
export const Holder = z.enum(["creator", "critics", "fans"]);

export const Interpretation = z
  .object({
    id: Id,
    name: z.string().min(1),
    summary: z.string().min(1),
    held_by: z.array(Holder).min(1),
    at: position("Where this reading becomes available (usually the end)"),
    evidence: z.object({ facts: z.array(Id).default([]), events: z.array(Id).default([]) }).strict().default({ facts: [], events: [] }),
    reality: z.record(z.string(), Reality).describe("Event id to its reality under this reading"),
    sources: z.array(Id).default([]),
  })
  .strict();

export const SourceKind = z.enum(["quote", "paraphrase", "report"]);

export const Source = z
  .object({
    id: Id,
    kind: SourceKind.describe("quote: the person's words; paraphrase: their point in our words; report: a secondary source"),
    person: z.string().min(1).optional(),
    role: z.string().optional(),
    outlet: z.string().min(1).optional(),
    interviewer: z.string().optional(),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "dates are YYYY, YYYY-MM or YYYY-MM-DD"),
    url: z.url().optional(),
    text: z.string().min(1).describe("For a paraphrase, the point in our own words; for a quote, the exact words"),
    at: position("What it spoils; default: the end").optional(),
  })
  .strict();

export const DisputedValue = z
  .object({ value: z.string().min(1), sources: z.array(Id).min(1) })
  .strict();

export const Disputed = z
  .object({
    id: Id,
    question: z.string().min(1),
    entities: z.array(Id).default([]),
    at: position("Where the disputed detail comes up"),
    values: z.array(DisputedValue).min(2),
  })
  .strict();

export const StoryFile = z
  .object({
    $schema: z.string().optional(),
    work: Work,
    entities: z.array(Entity).default([]),
    facts: z.array(Fact).default([]),
    events: z.array(Event).default([]),
    interpretations: z.array(Interpretation).default([]),
    sources: z.array(Source).default([]),
    disputed: z.array(Disputed).default([]),
  })
  .strict();

export type StoryFile = z.infer<typeof StoryFile>;
export type WorkKind = z.infer<typeof WorkKind>;
export type FactKind = z.infer<typeof FactKind>;
export type Severity = z.infer<typeof Severity>;
export type Reality = z.infer<typeof Reality>;
export type Holder = z.infer<typeof Holder>;
export type NameKind = z.infer<typeof NameKind>;
export type EntityType = z.infer<typeof EntityType>;
export type SourceKind = z.infer<typeof SourceKind>;
