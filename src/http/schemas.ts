import { z } from "zod";
import { EntityType, FactKind, Holder, NameKind, Reality, Severity, WorkKind } from "../model/schema.ts";
import { PROBLEM_CODES } from "./problems.ts";

/**
 * The API's shapes, as zod schemas: requests are validated with them and /openapi.json is
 * generated from them (openapi.ts), so the document cannot drift from what is checked. Each
 * named schema is registered under its component name.
 */
export const components = z.registry<{ id: string }>();
const named = <T extends z.ZodType>(id: string, schema: T): T => {
  components.add(schema, { id });
  return schema;
};

// ---- request parts --------------------------------------------------------------------------

export const WorkId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "work ids are lower-case slugs")
  .describe("A work's id, e.g. `all-of-us-strangers`");

export const At = z
  .string()
  .min(1)
  .max(100)
  .describe(
    "Your position in the work's own syntax: film `47m`, `1:31:00`, `87%`; series `S07E03`, `S07E03@12:30`, `S07`; book `ch12`, `ch12@50%`; `start`, `end`. " +
      "Default: your saved progress when you send a reader token, else the start.",
  );

export const VersionParam = z.coerce.number().int().positive().describe("A version of the work (default: the current one)");

export const WorkParams = z.object({ id: WorkId });
export const AtQuery = z.object({ at: At.optional(), version: VersionParam.optional() });

export const ProgressBody = named("ProgressUpdate", z.object({ at: At.describe("Where you are now, in the work's syntax") }).strict());

// ---- responses --------------------------------------------------------------------------------

/** A place in a story file: line, column, field path, and what is wrong there. */
const Located = z.object({ line: z.number().int(), column: z.number().int(), path: z.string(), message: z.string() }).strict();

export const ProblemBody = named(
  "Problem",
  z
    .object({
      type: z.string().describe("A URI naming the kind of problem"),
      title: z.string(),
      status: z.number().int(),
      code: z.enum(PROBLEM_CODES as [string, ...string[]]).describe("Stable id of the problem"),
      detail: z.string(),
      requestId: z.string().optional(),
      errors: z.array(z.object({ path: z.string(), message: z.string() })).optional().describe("invalid-input: each field that failed"),
      problems: z
        .array(Located)
        .optional()
        .describe("invalid-story: every problem in the story file, located"),
      current: z.string().optional().describe("version-mismatch: the ETag of the work's current version"),
    })
    .describe("RFC 9457 problem details"),
);

export const WorkSummary = named(
  "WorkSummary",
  z
    .object({
      id: z.string(),
      title: z.string(),
      kind: WorkKind,
      year: z.number().int(),
      logline: z.string().describe("Safe at position zero"),
      version: z.number().int(),
      updatedAt: z.string(),
    })
    .strict(),
);

export const WorkList = named("WorkList", z.object({ works: z.array(WorkSummary) }).strict());

const Structure = z.union([
  z.object({ kind: z.literal("film"), runtime: z.number().describe("Minutes") }).strict(),
  z
    .object({
      kind: z.literal("series"),
      seasons: z.array(
        z
          .object({
            number: z.number().int(),
            episodes: z.array(
              z
                .object({
                  number: z.number().int(),
                  position: z.string().describe("The episode's position code"),
                  title: z.string().optional().describe("Only for episodes you have started"),
                  runtime: z.number().optional(),
                })
                .strict(),
            ),
          })
          .strict(),
      ),
    })
    .strict(),
  z
    .object({
      kind: z.literal("book"),
      chapters: z.array(
        z
          .object({
            number: z.number().int(),
            position: z.string(),
            title: z.string().optional().describe("Only for chapters you have started"),
          })
          .strict(),
      ),
    })
    .strict(),
]);

export const WorkDetail = named(
  "WorkDetail",
  WorkSummary.extend({
    at: z.string().describe("The position this description is safe at"),
    creators: z.array(z.object({ name: z.string(), role: z.string() }).strict()),
    cast: z.array(z.object({ actor: z.string(), character: z.string(), name: z.string() }).strict()).describe("Only characters met by `at`"),
    tags: z.array(z.object({ name: z.string(), spoiler: z.boolean() }).strict()).describe("Spoiler tags only once revealed"),
    externalIds: z.object({ wikidata: z.string().optional(), imdb: z.string().optional(), tmdb: z.string().optional() }).strict(),
    basedOn: z.string().optional(),
    positions: z.object({ syntax: z.string(), start: z.string(), end: z.string() }).strict().describe("How to write positions in this work"),
    structure: Structure,
  }).strict(),
);

export const VersionList = named(
  "VersionList",
  z
    .object({
      work: z.string(),
      versions: z.array(
        z
          .object({
            version: z.number().int(),
            etag: z.string(),
            createdAt: z.string(),
            bytes: z.number().int().optional().describe("Editor keys only"),
            sha256: z.string().optional().describe("Editor keys only"),
            mediaType: z.string().optional().describe("Editor keys only"),
          })
          .strict(),
      ),
    })
    .strict(),
);

export const Imported = named(
  "Imported",
  z
    .object({
      work: WorkSummary,
      etag: z.string(),
      warnings: z.array(Located).describe("Remarks on the stored file, as `afterimage validate` gives them: a fact's words that use a name learned only after the fact"),
    })
    .strict()
    .describe("The work as imported (its metadata safe at position zero)"),
);

const Labelled = z.object({ id: z.string(), statement: z.string(), at: z.string() }).strict();

export const KnownBody = named(
  "Known",
  z
    .object({
      at: z.string(),
      facts: z.array(
        z
          .object({
            id: z.string(),
            statement: z.string(),
            at: z.string(),
            kind: FactKind,
            severity: Severity,
            entities: z.array(z.string()),
            believedUntil: z.object({ fact: z.string(), at: z.string() }).strict().optional().describe("What you believed until the fact that overturned it"),
            overturns: z.array(z.string()).optional(),
          })
          .strict(),
      ),
    })
    .strict(),
);

export const CharacterList = named(
  "CharacterList",
  z
    .object({
      at: z.string(),
      characters: z.array(z.object({ id: z.string(), type: EntityType, name: z.string(), names: z.array(z.string()), firstSeen: z.string() }).strict()),
    })
    .strict(),
);

export const CharacterCard = named(
  "CharacterCard",
  z
    .object({
      id: z.string(),
      type: EntityType,
      name: z.string(),
      names: z.array(z.object({ name: z.string(), kind: NameKind, at: z.string() }).strict()),
      firstSeen: z.string(),
      facets: z.array(z.object({ label: z.string(), text: z.string(), at: z.string() }).strict()),
      relations: z.array(z.object({ entity: z.string(), name: z.string(), label: z.string(), at: z.string() }).strict()),
      facts: z.array(Labelled),
    })
    .strict(),
);

const TimelineEvent = z
  .object({
    id: z.string(),
    summary: z.string(),
    entities: z.array(z.string()),
    shown: z.array(z.string()),
    storyRank: z.number().int().optional(),
    when: z.string().optional(),
  })
  .strict();

export const TimelineBody = named(
  "Timeline",
  z.object({ at: z.string(), order: z.enum(["shown", "story"]), events: z.array(TimelineEvent), unplaced: z.array(TimelineEvent) }).strict(),
);

export const RealityBody = named(
  "Reality",
  z
    .object({
      at: z.string(),
      readings: z.array(
        z
          .object({
            id: z.string(),
            name: z.string(),
            summary: z.string(),
            heldBy: z.array(Holder),
            at: z.string(),
            evidence: z.object({ facts: z.array(z.string()), events: z.array(z.string()) }).strict(),
            events: z.array(z.object({ id: z.string(), summary: z.string(), status: Reality }).strict()),
            sources: z.array(z.string()),
          })
          .strict(),
      ),
    })
    .strict(),
);

export const AnswerBody = named(
  "Answer",
  z
    .object({
      question: z.string(),
      at: z.string(),
      answers: z.array(Labelled),
      later: z.object({ at: z.string() }).strict().optional().describe("Set when the question is answered later: where, never what"),
    })
    .strict(),
);

export const NextBody = named(
  "NextReveal",
  z.object({ at: z.string(), next: z.object({ at: z.string() }).strict().nullable().describe("Where the next reveal comes, without its content") }).strict(),
);

export const ReaderBody = named(
  "Reader",
  z
    .object({
      id: z.string(),
      createdAt: z.string(),
      progress: z.array(z.object({ work: z.string(), at: z.string(), updatedAt: z.string() }).strict()),
    })
    .strict(),
);

export const NewReader = named(
  "NewReader",
  z.object({ reader: z.object({ id: z.string(), createdAt: z.string() }).strict(), token: z.string().describe("Your reader token: shown once") }).strict(),
);

export const ProgressEntry = named("Progress", z.object({ work: z.string(), at: z.string(), updatedAt: z.string() }).strict());

export const HealthBody = named("Health", z.object({ status: z.enum(["ok", "ready"]) }).strict());
