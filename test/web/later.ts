import { knows, type Position } from "../../src/model/position.ts";
import type { Story } from "../../src/model/story.ts";

/**
 * What a page at `at` must not contain: every string the story reveals only after `at` —
 * fact statements and ids, event summaries and ids, names and facets, spoiler tags, placement
 * `when`s, readings, source texts, disputed questions. A string that is also revealed by `at`
 * through something else (two events share a `when`, a word in a known statement equals a
 * later id) is left out, since its presence could not tell anything.
 */
export interface Secret {
  readonly text: string;
  readonly what: string;
  readonly at: string;
}

const cache = new WeakMap<Story, Map<string, Secret[]>>();

export function laterStrings(story: Story, at: Position, alsoKnown = ""): Secret[] {
  let byAt = cache.get(story);
  if (!byAt) cache.set(story, (byAt = new Map()));
  const key = `${at.ord}\u0000${alsoKnown}`;
  let found = byAt.get(key);
  if (!found) byAt.set(key, (found = computeLater(story, at, alsoKnown)));
  return found;
}

function computeLater(story: Story, at: Position, alsoKnown: string): Secret[] {
  const entries: { text: string; ord: number; what: string; label: string }[] = [];
  const add = (text: string | undefined, p: Position, what: string) => {
    if (text && text.trim().length >= 3) entries.push({ text: text.trim(), ord: p.ord, what, label: p.label });
  };
  const start = story.scale.start;
  add(story.work.title, start, "title");
  add(story.work.logline, start, "logline");
  for (const t of story.work.tags) add(t.name, t.at, t.spoiler ? "spoiler tag" : "tag");
  for (const c of story.work.creators) add(c.name, start, "creator");
  for (const f of story.facts) {
    add(f.statement, f.at, `fact ${f.id}`);
    add(f.id, f.at, `fact id`);
  }
  for (const e of story.events) {
    const first = e.shown[0]!;
    add(e.summary, first, `event ${e.id}`);
    add(e.id, first, "event id");
    if (e.story?.when) add(e.story.when, e.story.at.ord > first.ord ? e.story.at : first, `when of ${e.id}`);
  }
  for (const e of story.entities) {
    add(e.id, e.firstSeen, "entity id");
    for (const n of e.names) add(n.name, n.at, `name of ${e.id}`);
    for (const f of e.facets) add(f.text, f.at, `facet of ${e.id}`);
  }
  for (const r of story.interpretations) {
    add(r.name, r.at, `reading ${r.id}`);
    add(r.summary, r.at, `reading ${r.id}`);
    add(r.id, r.at, "reading id");
  }
  for (const s of story.sources) add(s.text, s.at, `source ${s.id}`);
  for (const d of story.disputed) {
    add(d.question, d.at, `disputed ${d.id}`);
    add(d.id, d.at, "disputed id");
  }

  const known = entries.filter((e) => knows(at, { ord: e.ord, approx: false, label: "" })).map((e) => e.text.toLowerCase());
  const knownCorpus = `${known.join("\n")}\n${alsoKnown}`;
  const earliest = new Map<string, (typeof entries)[number]>();
  for (const e of entries) {
    const key = e.text.toLowerCase();
    const seen = earliest.get(key);
    if (!seen || e.ord < seen.ord) earliest.set(key, e);
  }
  return [...earliest.values()]
    .filter((e) => e.ord > at.ord)
    .filter((e) => !containsWord(knownCorpus, e.text, true))
    .map((e) => ({ text: e.text, what: e.what, at: e.label }));
}

/** Every text a reader at `at` has been given (for pages that show several works at once). */
export function knownTexts(story: Story, at: Position): string {
  return [story.work.title, story.work.logline, ...story.work.tags.filter((t) => knows(at, t.at)).map((t) => t.name), ...story.work.creators.map((c) => c.name),
    ...story.facts.filter((f) => knows(at, f.at)).map((f) => f.statement)].join("\n");
}

/** Whole-word containment; case-sensitive unless `ignoreCase` (story text appears verbatim when it leaks). */
export function containsWord(haystack: string, needle: string, ignoreCase = false): boolean {
  const h = ignoreCase ? haystack.toLowerCase() : haystack;
  const n = ignoreCase ? needle.toLowerCase() : needle;
  if (n.length === 0) return false;
  for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + 1)) {
    if (!isWordChar(h.codePointAt(i - 1)) && !isWordChar(h.codePointAt(i + n.length))) {
      // A needle that starts or ends with punctuation has its own boundary there.
      return true;
    }
  }
  return false;
}

const WORD = /[\p{L}\p{N}]/u;
function isWordChar(code: number | undefined): boolean {
  return code !== undefined && WORD.test(String.fromCodePoint(code));
}

/**
 * Positions worth checking: the start, quarters, just before and at every fact that overturns
 * another or is a twist, and the end. Labels are the scale's own, so they are valid URLs.
 */
export function probePositions(story: Story, limit = 14): Position[] {
  const s = story.scale;
  const ords = new Set<number>([s.start.ord, s.end.ord]);
  for (const q of [0.25, 0.5, 0.75]) ords.add(Math.round(s.end.ord * q));
  const turns = story.facts.filter((f) => f.kind === "twist" || f.kind === "death" || f.kind === "identity" || f.supersedes.length > 0);
  for (const f of turns) {
    ords.add(f.at.ord);
    if (f.at.ord > 0) ords.add(f.at.ord - 1);
  }
  const valid: Position[] = [];
  for (const ord of [...ords].sort((a, b) => a - b)) {
    let p = tryParse(story, s.format(ord));
    if (!p || p.ord > ord) p = previousValid(story, ord);
    if (p && !valid.some((v) => v.ord === p.ord)) valid.push(p);
  }
  if (valid.length <= limit) return valid;
  // Keep start and end, and an even spread of the rest (twists first).
  const keep = new Set([valid[0]!, valid.at(-1)!]);
  const step = (valid.length - 2) / (limit - 2);
  for (let i = 0; i < limit - 2; i++) keep.add(valid[1 + Math.floor(i * step)]!);
  return [...keep].sort((a, b) => a.ord - b.ord);
}

function tryParse(story: Story, label: string): Position | undefined {
  try {
    return story.scale.parse(label);
  } catch {
    return undefined;
  }
}

/** For series: ord - 1 of an episode's end is not a writable position; use the episode before. */
function previousValid(story: Story, ord: number): Position | undefined {
  for (let o = ord; o >= 0; o -= 1000) {
    const p = tryParse(story, story.scale.format(o));
    if (p && p.ord <= ord) return p;
  }
  return story.scale.start;
}
