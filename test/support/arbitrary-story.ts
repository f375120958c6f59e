/**
 * Property-test generators: random valid story files of every work kind, in which every string
 * the reader could be shown carries a unique token (`q<kind><n>q`), so a leak is a substring.
 * `secretsAfter` lists the tokens revealed after a position; `truncate` is an independent oracle
 * that removes everything revealed after a position from the story file itself.
 */
import fc from "fast-check";
import { compile } from "../../src/model/compile.ts";
import type { Position } from "../../src/model/position.ts";
import { bookScale } from "../../src/model/scales/book.ts";
import type { StoryFile } from "../../src/model/schema.ts";
import type { Story } from "../../src/model/story.ts";

type Kind = "film" | "series" | "book";

/** Positions a story may use, as labels in the work's syntax, for each kind's shape. */
function candidatePositions(kind: Kind, shape: number[]): string[] {
  if (kind === "film") {
    const runtime = shape[0]!;
    return ["start", ...Array.from({ length: 12 }, (_, i) => `${Math.round(((i + 1) * runtime) / 13)}m`), "~" + `${runtime - 2}m`, "end"];
  }
  if (kind === "series") {
    return [
      "start",
      ...shape.flatMap((episodes, s) =>
        Array.from({ length: episodes }, (_, e) => {
          const code = `S${String(s + 1).padStart(2, "0")}E${String(e + 1).padStart(2, "0")}`;
          return [`${code}@05:00`, `${code}@30:00`, code];
        }).flat(),
      ),
    ];
  }
  const labels = ["start", ...shape.flatMap((_, c) => [`ch${c + 1}@25%`, `ch${c + 1}@70%`, `ch${c + 1}`]), "50%"];
  const scale = bookScale(shape.map((length, c) => ({ number: c + 1, length })));
  return labels.sort((a, b) => scale.parse(a).ord - scale.parse(b).ord);
}

function workFor(kind: Kind, shape: number[]): StoryFile["work"] {
  const base = {
    id: "generated-work",
    title: "A Generated Work",
    kind,
    year: 2001,
    creators: [],
    cast: [],
    external_ids: {},
    logline: "A story generated for property tests.",
  };
  if (kind === "film") return { ...base, runtime: shape[0]!, tags: [] };
  if (kind === "series") {
    return {
      ...base,
      tags: [],
      seasons: shape.map((episodes, s) => ({
        number: s + 1,
        episodes: Array.from({ length: episodes }, (_, e) => ({ number: e + 1, title: `Episode ${e + 1}`, runtime: 50 })),
      })),
    };
  }
  return { ...base, tags: [], chapters: shape.map((length, c) => ({ number: c + 1, length })) };
}

const shapeOf: Record<Kind, fc.Arbitrary<number[]>> = {
  film: fc.integer({ min: 80, max: 160 }).map((r) => [r]),
  series: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
  book: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 }),
};

export interface GeneratedStory {
  readonly file: StoryFile;
  readonly story: Story;
  /** Labels valid for this work, ascending; readers are placed at these. */
  readonly positions: readonly string[];
}

/** Picks an index into `positions` at or after `min`. */
const after = (min: number, count: number) => fc.integer({ min, max: count - 1 });

export function arbitraryStory(): fc.Arbitrary<GeneratedStory> {
  return fc
    .constantFrom<Kind>("film", "series", "book")
    .chain((kind) => shapeOf[kind].map((shape) => ({ kind, shape })))
    .chain(({ kind, shape }) => {
      const positions = candidatePositions(kind, shape);
      const n = positions.length;
      const entity = fc.record({
        seen: after(0, n),
        names: fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }),
        facets: fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 2 }),
      });
      const fact = fc.record({
        at: fc.integer({ min: 0, max: n - 1 }),
        entityPick: fc.array(fc.nat(), { maxLength: 2 }),
        supersedePick: fc.array(fc.nat(), { maxLength: 2 }),
        minor: fc.boolean(),
      });
      const event = fc.record({
        shown: fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: 3 }),
        placedAfter: fc.option(fc.nat({ max: n - 1 }), { nil: undefined }),
        order: fc.integer({ min: -50, max: 50 }),
        key: fc.boolean(),
      });
      const reading = fc.record({
        at: fc.integer({ min: 0, max: n - 1 }),
        statuses: fc.array(fc.constantFrom("real", "imagined", "ghost", "dream", "lie", "ambiguous" as const), { maxLength: 6 }),
      });
      return fc
        .record({
          entities: fc.array(entity, { minLength: 1, maxLength: 5 }),
          facts: fc.array(fact, { minLength: 1, maxLength: 12 }),
          events: fc.array(event, { maxLength: 6 }),
          readings: fc.array(reading, { maxLength: 3 }),
          spoilerTags: fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }),
        })
        .map((g) => build(kind, shape, positions, g));
    });
}

interface Genes {
  entities: { seen: number; names: number[]; facets: number[] }[];
  facts: { at: number; entityPick: number[]; supersedePick: number[]; minor: boolean }[];
  events: { shown: number[]; placedAfter: number | undefined; order: number; key: boolean }[];
  readings: { at: number; statuses: ("real" | "imagined" | "ghost" | "dream" | "lie" | "ambiguous")[] }[];
  spoilerTags: number[];
}

function build(kind: Kind, shape: number[], positions: string[], g: Genes): GeneratedStory {
  const p = (i: number) => positions[Math.min(i, positions.length - 1)]!;
  const entities = g.entities.map((e, i) => ({
    id: `qe${i}q`,
    type: "character" as const,
    name: `Qname${i}q`,
    first_seen: p(e.seen),
    names: e.names.map((at, j) => ({ name: `Qalias${i}x${j}q`, kind: "alias" as const, at: p(Math.max(at, e.seen)) })),
    facets: e.facets.map((at, j) => ({ label: `qfacetlabel${i}x${j}q`, text: `Qfacet${i}x${j}q`, at: p(at) })),
    relations: [],
  }));
  // Facts sorted by position so supersedes may only point backwards (as compile requires).
  const order = g.facts.map((f, i) => ({ f, i })).sort((a, b) => a.f.at - b.f.at);
  const facts = order.map(({ f }, k) => {
    const involved = [...new Set(f.entityPick.map((x) => x % entities.length))].filter((e) => g.entities[e]!.seen <= f.at);
    const earlier = order.slice(0, k).filter((o) => o.f.at <= f.at);
    const supersedes = earlier.length === 0 ? [] : [...new Set(f.supersedePick.map((x) => `qf${earlier[x % earlier.length]!.i}q`))];
    return {
      id: `qf${order[k]!.i}q`,
      statement: `Qstatement${order[k]!.i}q happens.`,
      at: p(f.at),
      entities: involved.map((e) => `qe${e}q`),
      kind: "plot" as const,
      severity: f.minor ? ("minor" as const) : ("major" as const),
      supersedes,
      sources: [],
      cues: [`qcue${order[k]!.i}q`],
    };
  });
  const events = g.events.map((e, i) => {
    const first = Math.min(...e.shown);
    return {
      id: `qv${i}q`,
      summary: `Qevent${i}q occurs.`,
      entities: [],
      shown: e.shown.map(p),
      ...(e.placedAfter === undefined
        ? {}
        : { story: { order: e.order, when: `qwhen${i}q`, at: p(Math.max(first, e.placedAfter)) } }),
      key: e.key,
    };
  });
  const interpretations = g.readings.map((r, i) => ({
    id: `qr${i}q`,
    name: `Qreading${i}q`,
    summary: `Qreadingsummary${i}q`,
    held_by: ["critics" as const],
    at: p(r.at),
    evidence: { facts: [], events: [] },
    reality: Object.fromEntries(r.statuses.slice(0, events.length).map((s, j) => [`qv${j}q`, s])),
    sources: [],
  }));
  const file: StoryFile = {
    work: {
      ...workFor(kind, shape),
      tags: [{ name: "public tag", spoiler: false }, ...g.spoilerTags.map((at, i) => ({ name: `qtag${i}q`, spoiler: true, at: p(at) }))],
    },
    entities,
    facts,
    events,
    interpretations,
    sources: [],
    disputed: [],
  };
  const compiled = compile(file);
  if (!compiled.ok) throw new Error(`generator built an invalid story: ${JSON.stringify(compiled.problems)}`);
  return { file, story: compiled.story, positions };
}

/** Every token in the generated story that a reader at `at` must not see. */
export function secretsAfter(story: Story, at: Position): string[] {
  const later = (p: Position) => p.ord > at.ord;
  const out: string[] = [];
  for (const f of story.facts) if (later(f.at)) out.push(f.id, token(f.statement), ...f.cues);
  for (const e of story.entities) {
    if (later(e.firstSeen)) out.push(e.id, e.name);
    for (const n of e.names) if (later(n.at)) out.push(n.name);
    for (const f of e.facets) if (later(f.at)) out.push(f.text, f.label);
  }
  for (const e of story.events) {
    if (later(e.shown[0]!)) out.push(e.id, token(e.summary));
    if (e.story?.when && later(e.story.at)) out.push(e.story.when);
  }
  for (const r of story.interpretations) if (later(r.at)) out.push(r.id, r.name, r.summary);
  for (const t of story.work.tags) if (later(t.at)) out.push(t.name);
  return out;
}

/** The unique token at the start of a generated sentence. */
const token = (text: string) => text.split(" ")[0]!;

/** The story file with everything revealed after `at` removed: what a reader at `at` has seen. */
export function truncate(story: Story, at: Position): Story {
  const ok = (label: string) => story.scale.parse(label).ord <= at.ord;
  const f = story.file;
  const met = new Set(f.entities.filter((e) => ok(e.first_seen)).map((e) => e.id));
  const onlyMet = (ids: readonly string[]) => ids.filter((id) => met.has(id));
  const entities = f.entities
    .filter((e) => met.has(e.id))
    .map((e) => ({
      ...e,
      names: e.names.filter((n) => n.at === undefined || ok(n.at)),
      facets: e.facets.filter((x) => ok(x.at)),
      relations: e.relations.filter((r) => ok(r.at) && met.has(r.entity)),
    }));
  const facts = f.facts.filter((x) => ok(x.at)).map((x) => ({ ...x, entities: onlyMet(x.entities) }));
  const events = f.events
    .filter((e) => e.shown.some(ok))
    .map((e) => {
      const { story: placement, ...rest } = e;
      return { ...rest, entities: onlyMet(e.entities), shown: e.shown.filter(ok), ...(placement && ok(placement.at) ? { story: placement } : {}) };
    });
  const eventIds = new Set(events.map((e) => e.id));
  const factIds = new Set(facts.map((x) => x.id));
  const interpretations = f.interpretations
    .filter((r) => ok(r.at))
    .map((r) => ({
      ...r,
      evidence: { facts: r.evidence.facts.filter((id) => factIds.has(id)), events: r.evidence.events.filter((id) => eventIds.has(id)) },
      reality: Object.fromEntries(Object.entries(r.reality).filter(([id]) => eventIds.has(id))),
    }));
  const file: StoryFile = {
    ...f,
    work: { ...f.work, cast: f.work.cast.filter((c) => met.has(c.character)), tags: f.work.tags.filter((t) => !t.spoiler || ok(t.at ?? "end")) },
    entities,
    facts,
    events,
    interpretations,
    disputed: f.disputed.filter((d) => ok(d.at)),
  };
  const compiled = compile(file);
  if (!compiled.ok) throw new Error(`truncation built an invalid story: ${JSON.stringify(compiled.problems)}`);
  return compiled.story;
}
