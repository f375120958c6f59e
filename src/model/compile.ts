import { isAfterimageError } from "./errors.ts";
import type { Position, PositionScale } from "./position.ts";
import { bookScale } from "./scales/book.ts";
import { filmScale } from "./scales/film.ts";
import { seriesScale } from "./scales/series.ts";
import type { StoryFile } from "./schema.ts";
import type { Entity, Fact, Story, StoryEvent } from "./story.ts";

export type FieldPath = readonly (string | number)[];

/** A problem found in a story file, located by its field path (load.ts adds file:line:column). */
export interface PathProblem {
  readonly path: FieldPath;
  readonly message: string;
}

export type Compiled = { ok: true; story: Story } | { ok: false; problems: PathProblem[] };

/**
 * Turns a schema-valid story file into a Story, checking what the schema cannot: positions
 * against the work, references, duplicate ids, alias timing and supersedes cycles. Every
 * problem is collected; nothing is returned unless there are none.
 */
export function compile(file: StoryFile): Compiled {
  const problems: PathProblem[] = [];
  const report = (path: FieldPath, message: string) => problems.push({ path, message });

  const scale = scaleFor(file, report);
  if (!scale) return { ok: false, problems };

  const pos = (text: string, path: FieldPath): Position => {
    try {
      return scale.parse(text);
    } catch (e) {
      if (!isAfterimageError(e)) throw e;
      report(path, e.message);
      return scale.end;
    }
  };
  const optionalPos = (text: string | undefined, fallback: Position, path: FieldPath) =>
    text === undefined ? fallback : pos(text, path);

  const ids = (list: readonly { id: string }[], where: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) report([where, i, "id"], `duplicate id \`${item.id}\` in ${where}`);
      seen.add(item.id);
    });
    return seen;
  };
  const entityIds = ids(file.entities, "entities");
  const factIds = ids(file.facts, "facts");
  const eventIds = ids(file.events, "events");
  const sourceIds = ids(file.sources, "sources");
  ids(file.interpretations, "interpretations");
  ids(file.disputed, "disputed");
  const refs = (list: readonly string[], known: Set<string>, what: string, path: FieldPath) =>
    list.forEach((id, i) => {
      if (!known.has(id)) report([...path, i], `unknown ${what} \`${id}\``);
    });

  const w = file.work;
  w.cast.forEach((c, i) => refs([c.character], entityIds, "entity", ["work", "cast", i, "character"]));

  const entities: Entity[] = file.entities.map((e, i) => {
    const firstSeen = pos(e.first_seen, ["entities", i, "first_seen"]);
    const names = [
      { name: e.name, kind: "name" as const, at: firstSeen },
      ...e.names.map((n, j) => {
        const at = optionalPos(n.at, firstSeen, ["entities", i, "names", j, "at"]);
        if (at.ord < firstSeen.ord) {
          report(["entities", i, "names", j, "at"], `the name \`${n.name}\` is revealed at ${at.label}, before \`${e.id}\` first appears (${firstSeen.label})`);
        }
        return { name: n.name, kind: n.kind, at };
      }),
    ];
    e.relations.forEach((r, j) => refs([r.entity], entityIds, "entity", ["entities", i, "relations", j, "entity"]));
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      names,
      firstSeen,
      facets: e.facets.map((f, j) => ({ label: f.label, text: f.text, at: pos(f.at, ["entities", i, "facets", j, "at"]) })),
      relations: e.relations.map((r, j) => ({ entity: r.entity, label: r.label, at: pos(r.at, ["entities", i, "relations", j, "at"]) })),
    };
  });

  const factsInFileOrder: Fact[] = file.facts.map((f, i) => {
    refs(f.entities, entityIds, "entity", ["facts", i, "entities"]);
    refs(f.supersedes, factIds, "fact", ["facts", i, "supersedes"]);
    refs(f.sources, sourceIds, "source", ["facts", i, "sources"]);
    return { ...f, at: pos(f.at, ["facts", i, "at"]) };
  });
  checkSupersedes(factsInFileOrder, report);
  // A fact the reader learns names only entities they have met by then; otherwise its entity
  // list would hand a reader the id of someone the story has not introduced yet.
  const firstSeen = new Map(entities.map((e) => [e.id, e.firstSeen]));
  factsInFileOrder.forEach((f, i) =>
    f.entities.forEach((id, j) => {
      const seen = firstSeen.get(id);
      if (seen && seen.ord > f.at.ord) {
        report(["facts", i, "entities", j], `\`${f.id}\` (at ${f.at.label}) involves \`${id}\`, who first appears later (${seen.label})`);
      }
    }),
  );

  const events: StoryEvent[] = file.events.map((e, i) => {
    refs(e.entities, entityIds, "entity", ["events", i, "entities"]);
    const shown = e.shown.map((s, j) => pos(s, ["events", i, "shown", j])).sort((a, b) => a.ord - b.ord);
    const story = e.story && { order: e.story.order, when: e.story.when, at: pos(e.story.at, ["events", i, "story", "at"]) };
    return { id: e.id, summary: e.summary, entities: e.entities, shown, story, key: e.key };
  });

  const interpretations = file.interpretations.map((r, i) => {
    refs(r.evidence.facts, factIds, "fact", ["interpretations", i, "evidence", "facts"]);
    refs(r.evidence.events, eventIds, "event", ["interpretations", i, "evidence", "events"]);
    refs(Object.keys(r.reality), eventIds, "event", ["interpretations", i, "reality"]);
    refs(r.sources, sourceIds, "source", ["interpretations", i, "sources"]);
    return {
      id: r.id,
      name: r.name,
      summary: r.summary,
      heldBy: r.held_by,
      at: pos(r.at, ["interpretations", i, "at"]),
      evidence: r.evidence,
      reality: new Map(Object.entries(r.reality)),
      sources: r.sources,
    };
  });

  const sources = file.sources.map((s, i) => ({ ...s, at: optionalPos(s.at, scale.end, ["sources", i, "at"]) }));

  const disputed = file.disputed.map((d, i) => {
    refs(d.entities, entityIds, "entity", ["disputed", i, "entities"]);
    d.values.forEach((v, j) => refs(v.sources, sourceIds, "source", ["disputed", i, "values", j, "sources"]));
    return { ...d, at: pos(d.at, ["disputed", i, "at"]) };
  });

  const tags = w.tags.map((t, i) => ({
    name: t.name,
    spoiler: t.spoiler,
    at: t.spoiler ? optionalPos(t.at, scale.end, ["work", "tags", i, "at"]) : scale.start,
  }));

  if (problems.length > 0) return { ok: false, problems };

  const facts = factsInFileOrder.map((f, i) => ({ f, i })).sort((a, b) => a.f.at.ord - b.f.at.ord || a.i - b.i).map(({ f }) => f);
  const story: Story = {
    file,
    scale,
    work: {
      id: w.id,
      title: w.title,
      kind: w.kind,
      year: w.year,
      logline: w.logline,
      creators: w.creators,
      cast: w.cast,
      externalIds: w.external_ids,
      tags,
      basedOn: w.based_on,
    },
    entities,
    facts,
    events,
    interpretations,
    sources,
    disputed,
    entityById: new Map(entities.map((e) => [e.id, e])),
    factById: new Map(facts.map((f) => [f.id, f])),
    eventById: new Map(events.map((e) => [e.id, e])),
    sourceById: new Map(sources.map((s) => [s.id, s])),
  };
  return { ok: true, story };
}

function scaleFor(file: StoryFile, report: (path: FieldPath, message: string) => void): PositionScale | undefined {
  const w = file.work;
  switch (w.kind) {
    case "film":
      if (w.runtime === undefined) return void report(["work", "runtime"], "a film needs `runtime` (minutes)");
      return filmScale(w.runtime);
    case "series":
      if (!w.seasons?.length) return void report(["work", "seasons"], "a series needs `seasons` with their episodes");
      return seriesScale(w.seasons);
    case "book":
      if (!w.chapters?.length) return void report(["work", "chapters"], "a book needs `chapters`");
      return bookScale(w.chapters);
  }
}

/** A fact may only overturn facts revealed no later than itself, and supersession never loops. */
function checkSupersedes(facts: readonly Fact[], report: (path: FieldPath, message: string) => void): void {
  const index = new Map(facts.map((f, i) => [f.id, i]));
  facts.forEach((f, i) => {
    f.supersedes.forEach((target, j) => {
      const t = facts[index.get(target) ?? -1];
      if (t && t.at.ord > f.at.ord) {
        report(["facts", i, "supersedes", j], `\`${f.id}\` (at ${f.at.label}) cannot supersede \`${target}\`, which is revealed later (${t.at.label})`);
      }
    });
  });
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      report(["facts", index.get(id)!, "supersedes"], `supersedes cycle: ${cycle.join(" → ")}`);
      return;
    }
    state.set(id, "visiting");
    for (const next of facts[index.get(id)!]?.supersedes ?? []) if (index.has(next)) visit(next, [...trail, id]);
    state.set(id, "done");
  };
  for (const f of facts) visit(f.id, []);
}
