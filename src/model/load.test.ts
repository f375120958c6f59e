import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { formatProblem, loadStory } from "./load.ts";

const fixture = readFileSync(new URL("../../test/fixtures/lighthouse.yaml", import.meta.url), "utf8");

function problems(text: string): string[] {
  const loaded = loadStory(text, "story.yaml");
  assert.equal(loaded.ok, false, "expected the story to be invalid");
  return loaded.ok ? [] : loaded.problems.map(formatProblem);
}

/** The 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

test("the fixture loads and its facts are in shown order", () => {
  const loaded = loadStory(fixture, "lighthouse.yaml");
  assert.ok(loaded.ok);
  const ords = loaded.story.facts.map((f) => f.at.ord);
  assert.deepEqual([...ords].sort((a, b) => a - b), ords);
});

test("bad YAML is reported with its line and column", () => {
  const [p] = problems("work:\n  id: x\n  title: [unclosed\n");
  assert.match(p!, /^story\.yaml:\d+:\d+: YAML: /);
});

test("a schema error names the line, column and field path", () => {
  const text = fixture.replace("kind: premise", "kind: prologue");
  const [p] = problems(text);
  assert.equal(p!.split(":")[1], String(lineOf(text, "kind: prologue")));
  assert.match(p!, /facts\[0\]\.kind: /);
});

test("an unknown field points at the field itself", () => {
  const text = fixture.replace("    kind: premise", "    kind: premise\n    colour: blue");
  const [p] = problems(text);
  assert.match(p!, new RegExp(`^story\\.yaml:${lineOf(text, "colour: blue")}:5: facts\\[0\\]\\.colour: unknown field \`colour\``));
});

test("unknown ids, positions past the end, early aliases, cycles and duplicate ids are all reported", () => {
  const text = fixture
    .replace("entities: [tom, island]", "entities: [tom, lighthouse]")
    .replace("at: 40m\n    entities: [island]", "at: 140m\n    entities: [island]")
    .replace("{ name: the keeper, kind: nickname }", "{ name: the keeper, kind: nickname }\n      - { name: Nelly, at: 10m }")
    .replace("  - id: nell\n    name: Nell\n    first_seen: 20m", "  - id: nell\n    name: Nell\n    first_seen: 20m\n    names: [{ name: Sis, at: 10m }]")
    .replace("  - id: island\n", "  - id: tom\n    name: Twin\n    first_seen: start\n  - id: island\n")
    .replace("supersedes: [nell-alive]", "supersedes: [nell-alive]")
    .replace("    kind: plot\n    severity: minor", "    kind: plot\n    severity: minor\n    supersedes: [nell-visits]");
  const found = problems(text).join("\n");
  assert.match(found, /facts\[0\]\.entities\[1\]: unknown entity `lighthouse`/);
  assert.match(found, /`140m` is past the end of the film \(100 min\)/);
  assert.match(found, /the name `Sis` is revealed at 10m, before `nell` first appears \(20m\)/);
  assert.match(found, /duplicate id `tom` in entities/);
  assert.match(found, /supersedes cycle: nell-visits → nell-visits/);
});

test("a supersedes loop across facts is a cycle", () => {
  const text = fixture
    .replace("    kind: plot\n    severity: minor", "    kind: plot\n    severity: minor\n    supersedes: [keeper-waits]")
    .replace("    kind: premise", "    kind: premise\n    supersedes: [nell-visits]")
    .replace("at: start\n    entities: [tom, island]", "at: 20m\n    entities: [tom, island]");
  assert.match(problems(text).join("\n"), /supersedes cycle: (keeper-waits → nell-visits → keeper-waits|nell-visits → keeper-waits → nell-visits)/);
});

test("a fact cannot overturn one revealed after it", () => {
  const text = fixture.replace("    kind: premise", "    kind: premise\n    supersedes: [nell-visits]");
  assert.match(problems(text).join("\n"), /cannot supersede `nell-visits`, which is revealed later \(20m\)/);
});

test("a fact cannot involve an entity before it first appears", () => {
  const text = fixture.replace("statement: Tom waits on Gull Rock for a relief boat that is late.\n    at: start\n    entities: [tom, island]", "statement: Tom waits on Gull Rock for a relief boat that is late.\n    at: start\n    entities: [tom, nell]");
  assert.match(problems(text).join("\n"), /facts\[0\]\.entities\[1\]: `keeper-waits` \(at start\) involves `nell`, who first appears later \(20m\)/);
});

test("a work without its extent is reported", () => {
  assert.match(problems(fixture.replace("  runtime: 100\n", "")).join("\n"), /work\.runtime: a film needs `runtime`/);
});
