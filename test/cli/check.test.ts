import assert from "node:assert/strict";
import { test } from "node:test";
import { cli } from "../support/cli.ts";

const WORK = ["--work", "all-of-us-strangers"];

interface Line {
  id: unknown;
  spoiler?: boolean;
  score?: number;
  reveals?: { fact: string; at: string }[];
  spans?: { start: number; end: number; facts: string[]; by: string[] }[];
  error?: string;
}

const lines = (stdout: string) => stdout.trim().split("\n").map((l) => JSON.parse(l) as Line);

test("check --jsonl: one result line per input line, in order, with UTF-16 offsets", () => {
  const input = [
    { id: "a", text: "Fine film 😀. Adam finds Harry's body in his flat." },
    { id: "b", text: "The night Harry turned up with a bottle of Japanese whisky." },
    { id: 3, text: "" },
  ].map((l) => JSON.stringify(l)).join("\n");
  const run = cli(["check", ...WORK, "--at", "60m", "--jsonl"], `${input}\n`);
  assert.equal(run.status, 0, run.stderr);
  const [a, b, c] = lines(run.stdout);
  assert.equal(a?.id, "a");
  assert.equal(a?.spoiler, true);
  assert.deepEqual(a?.reveals, [{ fact: "harry-body-found", at: "~92m" }]);
  assert.deepEqual(a?.spans, [{ start: 14, end: 50, facts: ["harry-body-found"], by: ["story"] }]);
  assert.deepEqual(b, { id: "b", spoiler: false, score: 0, reveals: [], spans: [] });
  assert.deepEqual(c, { id: 3, spoiler: false, score: 0, reveals: [], spans: [] });
});

test("check --jsonl: a malformed line gets an error naming its line number, and the batch goes on", () => {
  const input = ['{"id":"1","text":"fine"}', "not json", '{"id":"3"}', "[1,2]", "", '{"id":"6","text":"Harry was dead all along."}'].join("\n");
  const run = cli(["check", ...WORK, "--at", "50m", "--jsonl"], input);
  assert.equal(run.status, 0, run.stderr);
  const out = lines(run.stdout);
  assert.equal(out.length, 5, "blank lines are skipped");
  assert.deepEqual(out[1], { id: null, error: "line 2: not valid JSON" });
  assert.deepEqual(out[2], { id: "3", error: 'line 3: "text" must be a string' });
  assert.match(out[3]!.error!, /^line 4: expected an object/);
  assert.equal(out[4]?.id, "6");
  assert.equal(out[4]?.spoiler, true);
  assert.match(run.stderr, /line 2: not valid JSON/);
  assert.match(run.stderr, /line 3:/);
});

test("check --jsonl --strict stops at the first malformed line with exit code 2", () => {
  const input = ['{"id":"1","text":"fine"}', "oops", '{"id":"3","text":"fine"}'].join("\n");
  const run = cli(["check", ...WORK, "--at", "50m", "--jsonl", "--strict"], input);
  assert.equal(run.status, 2);
  assert.equal(lines(run.stdout).length, 1);
  assert.match(run.stderr, /line 2: not valid JSON/);
});

test("check with a text argument highlights the passage and says where, not what", () => {
  const run = cli(["check", ...WORK, "--at", "60m", "Harry knocked that night. Later Adam finds his body."]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Spoiler/);
  assert.match(run.stdout, /reveals something from ~92m/);
  assert.doesNotMatch(run.stdout, /harry-body-found|decompos|dead/i);
  const clean = cli(["check", ...WORK, "--at", "end", "Later Adam finds his body."]);
  assert.match(clean.stdout, /No spoilers/);
});

test("check --redact hides the passage in the chosen markup", () => {
  const run = cli(["check", ...WORK, "--at", "60m", "--redact", "discord", "Nice film. Adam finds Harry's body in his flat."]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, "Nice film. ||Adam finds Harry's body in his flat.||\n");
  const plain = cli(["check", ...WORK, "--at", "60m", "--redact", "plain"], "Adam finds Harry's body in his flat.");
  assert.equal(plain.stdout, "[spoiler: something from ~92m]\n");
});

test("bad input exits 2 with one line on stderr", () => {
  for (const args of [
    ["check", "--work", "no-such-work", "--at", "1m", "x"],
    ["check", ...WORK, "--at", "999m", "x"],
    ["check", ...WORK, "x"],
    ["check", ...WORK, "--at", "10m", "--redact", "bbcode", "x"],
    ["check", ...WORK, "--at", "10m", "--sensitivity", "medium", "x"],
  ]) {
    const run = cli(args);
    assert.equal(run.status, 2, args.join(" "));
    assert.match(run.stderr, /^afterimage: /);
    assert.equal(run.stderr.trim().split("\n").length, 1);
  }
});

test("check --jsonl without --work scores sentences with the generic classifier: same contract, no facts", () => {
  const run = cli(["check", "--jsonl"], '{"id":"1","text":"It turns out the detective was the killer all along."}\n');
  assert.equal(run.status, 0, run.stderr);
  const [line] = lines(run.stdout);
  assert.equal(line?.id, "1");
  assert.equal(typeof line?.spoiler, "boolean");
  assert.deepEqual(line?.reveals, []);
  for (const s of line?.spans ?? []) {
    assert.deepEqual(s.facts, []);
    assert.deepEqual(s.by, ["classifier"]);
  }
  assert.equal(cli(["check", "--at", "S01E01", "x"]).status, 2, "--at without --work is bad input");
});
