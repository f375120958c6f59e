import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { cli } from "../support/cli.ts";

test("known at 45m lists what a viewer knows, with no trace of Harry's death", () => {
  const run = cli(["known", "all-of-us-strangers", "--at", "45m"]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /whisky/);
  assert.doesNotMatch(run.stdout, /body|decompos|died that night|ghost|imagin/i);
  assert.match(run.stdout, /Next reveal at ~47m/);
});

test("known at the end has the twist, marks the overturned belief, and --json parses", () => {
  const run = cli(["known", "all-of-us-strangers", "--at", "end", "--json"]);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as { facts: { kind: string; believedUntil?: unknown }[] };
  assert.ok(result.facts.some((f) => f.kind === "twist"));
  assert.ok(result.facts.some((f) => f.believedUntil !== undefined));
});

test("timeline in story order places Harry's death at the end, not at 60m", () => {
  const end = cli(["timeline", "all-of-us-strangers", "--at", "end", "--order", "story"]);
  assert.match(end.stdout, /Harry dies/);
  const at60 = cli(["timeline", "all-of-us-strangers", "--at", "60m", "--order", "story"]);
  assert.equal(at60.status, 0, at60.stderr);
  assert.doesNotMatch(at60.stdout, /Harry dies/);
});

test("ask says a question is answered later, and where, without the answer", () => {
  const run = cli(["ask", "all-of-us-strangers", "is Harry dead?", "--at", "30m"]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /answered later, at ~9\dm/);
  assert.doesNotMatch(run.stdout, /body|decompos|ghost/i);
});

test("character and reality follow the position", () => {
  const card = cli(["character", "all-of-us-strangers", "harry", "--at", "10m"]);
  assert.equal(card.status, 0, card.stderr);
  assert.match(card.stdout, /^Harry/);
  const before = cli(["reality", "all-of-us-strangers", "--at", "60m"]);
  assert.match(before.stdout, /No readings/);
  const after = cli(["reality", "all-of-us-strangers", "--at", "end", "--json"]);
  assert.equal((JSON.parse(after.stdout) as { readings: unknown[] }).readings.length, 4);
});

test("unknown work, entity or position: one line naming what exists, exit 2", () => {
  const work = cli(["known", "no-such-film", "--at", "10m"]);
  assert.equal(work.status, 2);
  assert.match(work.stderr, /^afterimage: no work `no-such-film`; available: .*all-of-us-strangers/);
  assert.equal(work.stderr.trim().split("\n").length, 1);
  const position = cli(["known", "all-of-us-strangers", "--at", "S07E03"]);
  assert.equal(position.status, 2);
  assert.match(position.stderr, /not a film position; expected a time in the film \(runtime 105 min\)/);
  const past = cli(["known", "all-of-us-strangers", "--at", "200m"]);
  assert.match(past.stderr, /past the end of the film \(105 min\)/);
  const entity = cli(["character", "all-of-us-strangers", "nobody", "--at", "start"]);
  assert.equal(entity.status, 2);
  assert.match(entity.stderr, /known so far: /);
  assert.doesNotMatch(cli(["character", "all-of-us-strangers", "nobody", "--at", "90m"]).stderr, /Traceback|at .*\.ts:\d+/);
});

test("validate prints file:line:column problems for a broken file and exits 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "afterimage-"));
  const file = join(dir, "broken.yaml");
  const good = readFileSync(new URL("../fixtures/lighthouse.yaml", import.meta.url), "utf8");
  writeFileSync(file, good.replace("entities: [tom, island]", "entities: [tom, harbour]").replace("at: 40m\n", "at: 400m\n"));
  const run = cli(["validate", file]);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /broken\.yaml:\d+:\d+: facts\[0\]\.entities\[1\]: unknown entity `harbour`/);
  assert.match(run.stderr, /broken\.yaml:\d+:\d+: facts\[2\]\.at: `400m` is past the end/);
  assert.match(run.stderr, /nothing loaded/);
  const ok = cli(["validate"]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /ok {2}all-of-us-strangers/);
});

test("validate warns, at file:line:column, of a fact's cue that uses a name learned after the fact, and still exits 0", () => {
  const dir = mkdtempSync(join(tmpdir(), "afterimage-"));
  const file = join(dir, "early.yaml");
  const good = readFileSync(new URL("../fixtures/lighthouse.yaml", import.meta.url), "utf8");
  writeFileSync(file, good.replace("cues: [shipwreck, sank]", "cues: [shipwreck, sank, Captain Marlowe's ship]"));
  const run = cli(["validate", file]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /early\.yaml:\d+:\d+: warning: facts\[2\]\.cues\[2\]: uses "Captain Marlowe", a name the audience learns only after this fact \(40m\)/);
  const json = JSON.parse(cli(["validate", file, "--json"]).stdout) as { ok: boolean; warnings: { path: string; line: number }[] };
  assert.equal(json.ok, true);
  assert.deepEqual(json.warnings.map((w) => w.path), ["facts[2].cues[2]"]);
});

test("works lists the bundled works with their safe loglines", () => {
  const run = cli(["works", "--json"]);
  const works = JSON.parse(run.stdout) as { id: string; logline: string }[];
  assert.ok(works.some((w) => w.id === "an-occurrence-at-owl-creek-bridge"));
});
