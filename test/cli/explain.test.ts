import assert from "node:assert/strict";
import { test } from "node:test";
import { cli } from "../support/cli.ts";

const AOUS = "all-of-us-strangers";

test("explain at the end: an ending-explained article in Markdown by default", () => {
  const run = cli(["explain", AOUS, "--at", "end"]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^# All of Us Strangers ending explained: /);
  for (const title of ["Spoiler warning", "The premise", "What happened", "The twist", "What happened, in story order", "What is real and what is not", "What the creators said", "Disputed details", "The questions readers ask"]) {
    assert.match(run.stdout, new RegExp(`^## ${title}$`, "m"));
  }
  assert.match(run.stdout, /\| Key event \| Grief made visible \|/);
});

test("explain before the end: a recap within its budget that never says what comes later", () => {
  const run = cli(["explain", AOUS, "--at", "47m", "--length", "short", "--format", "json"]);
  assert.equal(run.status, 0, run.stderr);
  const article = JSON.parse(run.stdout) as { kind: string; words: number; headline: string; sections: { id: string }[] };
  assert.equal(article.kind, "recap");
  assert.ok(article.words <= 80);
  assert.equal(article.sections.at(-1)?.id, "next");
  assert.doesNotMatch(run.stdout, /dead|died|body|ghost|twist|harry-died/i);
});

test("explain --format html: a full document, every model string escaped", () => {
  const run = cli(["explain", AOUS, "--at", "end", "--format", "html"]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^<!doctype html>/);
  assert.match(run.stdout, /<title>All of Us Strangers ending explained: [^<]*<\/title>/);
  assert.match(run.stdout, /&quot;The Power of Love&quot;/);
});

test("explain: bad input exits 2 with one line on stderr", () => {
  for (const args of [
    ["explain", "no-such-work"],
    ["explain", AOUS, "--at", "300m"],
    ["explain", AOUS, "--format", "pdf"],
    ["explain", AOUS, "--length", "epic"],
  ]) {
    const run = cli(args);
    assert.equal(run.status, 2, args.join(" "));
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /^afterimage: .+\n$/);
  }
});
