/**
 * The API's spoiler guarantee, end to end: for every bundled work and a spread of positions,
 * no GET response body contains anything the story reveals after the position — later fact
 * statements, names learnt later, spoiler tags, readings, events, facets — in any route.
 * (A later string that also appears in what is known by then is not a leak, and is skipped.)
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Position } from "../../src/model/position.ts";
import type { Story } from "../../src/model/story.ts";
import { apiHarness, type Harness } from "./support/api.ts";

const SAMPLES = 8;

interface Probe {
  readonly text: string;
  readonly what: string;
  /** Names match as whole words, case-sensitively; statements as plain substrings. */
  readonly word: boolean;
}

function revealedAfter(story: Story, q: Position): Probe[] {
  const later = (p: Position) => p.ord > q.ord;
  const probes: Probe[] = [];
  for (const f of story.facts) if (later(f.at)) probes.push({ text: f.statement, what: `fact ${f.id}`, word: false });
  for (const e of story.entities) {
    for (const n of e.names) if (later(n.at)) probes.push({ text: n.name, what: `name of ${e.id}`, word: true });
    for (const f of e.facets) if (later(f.at)) probes.push({ text: f.text, what: `facet of ${e.id}`, word: false });
  }
  for (const t of story.work.tags) if (later(t.at)) probes.push({ text: t.name, what: "spoiler tag", word: true });
  for (const r of story.interpretations) {
    if (!later(r.at)) continue;
    probes.push({ text: r.name, what: `reading ${r.id}`, word: true });
    probes.push({ text: r.summary, what: `reading ${r.id}`, word: false });
  }
  for (const e of story.events) if (later(e.shown[0]!)) probes.push({ text: e.summary, what: `event ${e.id}`, word: false });
  // Whatever is already known at q may legitimately contain the same words.
  const known = [
    story.work.title,
    story.work.logline,
    story.work.basedOn ?? "",
    ...story.work.creators.map((c) => `${c.name} ${c.role}`),
    ...story.work.cast.map((c) => c.actor),
    ...(story.file.work.seasons ?? []).flatMap((s) => s.episodes.map((e) => e.title)),
    ...(story.file.work.chapters ?? []).map((c) => c.title ?? ""),
    ...story.facts.filter((f) => !later(f.at)).map((f) => f.statement),
    ...story.entities.flatMap((e) => [...e.names.filter((n) => !later(n.at)).map((n) => n.name), ...e.facets.filter((f) => !later(f.at)).map((f) => `${f.label} ${f.text}`), ...e.relations.map((r) => r.label)]),
    ...story.work.tags.filter((t) => !later(t.at)).map((t) => t.name),
    ...story.interpretations.filter((r) => !later(r.at)).flatMap((r) => [r.name, r.summary]),
    ...story.events.filter((e) => !later(e.shown[0]!)).flatMap((e) => [e.summary, e.story?.when ?? ""]),
  ].join("\n");
  return probes.filter((p) => !contains(known, p, true));
}

function contains(body: string, probe: Probe, caseInsensitive = false): boolean {
  if (probe.text.trim().length < 3) return false;
  const escaped = probe.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = probe.word ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped;
  return new RegExp(pattern, caseInsensitive ? "iu" : "u").test(body);
}

/** The start, and for a spread of facts the moment each is revealed and (where the scale can say it) the moment before. */
function positions(story: Story): Position[] {
  const facts = story.facts.filter((f) => f.at.ord > 0);
  const n = Math.min(SAMPLES, facts.length);
  const picked = Array.from({ length: n }, (_, i) => facts[Math.floor((i * facts.length) / n)]!);
  const out = new Map<number, Position>([[0, story.scale.start]]);
  for (const f of picked) {
    out.set(f.at.ord, f.at);
    try {
      const before = story.scale.parse(story.scale.format(f.at.ord - 1));
      out.set(before.ord, before);
    } catch {
      // e.g. the second before an episode's end has no label of its own in the series syntax
    }
  }
  return [...out.values()];
}

describe("API: no spoilers in any GET response", () => {
  let api: Harness;
  let stories: Story[];
  before(async () => {
    api = await apiHarness();
    stories = (await api.cache.all()).map((w) => w.story);
  });
  after(() => api.done());

  it("covers every bundled work", () => {
    for (const id of ["all-of-us-strangers", "game-of-thrones", "the-lighthouse-keeper"]) {
      assert.ok(stories.some((s) => s.work.id === id), id);
    }
  });

  it("GET /v1/works (position zero) shows no later string of any work", async () => {
    const body = (await api.get("/v1/works")).text;
    for (const story of stories) {
      for (const probe of revealedAfter(story, story.scale.start)) {
        assert.ok(!contains(body, probe), `/v1/works leaks ${probe.what}: ${probe.text}`);
      }
    }
  });

  it("no read route leaks at any sampled position", async () => {
    let checked = 0;
    for (const story of stories) {
      const id = story.work.id;
      for (const q of positions(story)) {
        const probes = revealedAfter(story, q);
        const at = encodeURIComponent(q.label);
        const met = story.entities.filter((e) => e.firstSeen.ord <= q.ord);
        const laterFacts = story.facts.filter((f) => f.at.ord > q.ord);
        const laterNames = probes.filter((p) => p.word && p.what.startsWith("name of")).slice(0, 5);
        const paths: { path: string; echo?: string }[] = [
          { path: `/v1/works/${id}?at=${at}` },
          { path: `/v1/works/${id}/known?at=${at}` },
          { path: `/v1/works/${id}/characters?at=${at}` },
          ...met.map((e) => ({ path: `/v1/works/${id}/characters/${e.id}?at=${at}` })),
          ...laterNames.map((p) => ({ path: `/v1/works/${id}/characters/${encodeURIComponent(p.text)}?at=${at}`, echo: p.text })),
          { path: `/v1/works/${id}/timeline?at=${at}` },
          { path: `/v1/works/${id}/timeline?at=${at}&order=story` },
          { path: `/v1/works/${id}/reality?at=${at}` },
          { path: `/v1/works/${id}/next?at=${at}` },
          { path: `/v1/works/${id}/explain?at=${at}` },
          { path: `/v1/works/${id}/explain?at=${at}&format=md&length=long` },
          ...laterFacts.slice(0, 3).map((f) => ({ path: `/v1/works/${id}/ask?at=${at}&q=${encodeURIComponent(f.statement)}`, echo: f.statement })),
        ];
        for (const { path, echo } of paths) {
          const r = await api.get(path);
          assert.ok(r.status === 200 || (echo !== undefined && r.status === 404), `${path}: ${r.status} ${r.text.slice(0, 200)}`);
          // The request's own words come back (a question, a name asked about): not a leak.
          const body = echo === undefined ? r.text : r.text.split(JSON.stringify(echo).slice(1, -1)).join("").split(echo).join("");
          for (const probe of probes) {
            assert.ok(!contains(body, probe), `${path} leaks ${probe.what} (revealed after ${q.label}): ${probe.text}`);
          }
          checked++;
        }
      }
    }
    assert.ok(checked > 100, `checked ${checked} responses`);
  });
});
