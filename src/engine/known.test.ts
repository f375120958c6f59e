import assert from "node:assert/strict";
import { test } from "node:test";
import { at, lighthouse } from "../../test/support/fixtures.ts";
import { known } from "./known.ts";

const story = lighthouse();
const ids = (p: string) => known(story, at(story, p)).facts.map((f) => f.id);

test("a fact is known exactly from its reveal position on", () => {
  assert.ok(!ids("39m").includes("storm-sinks-ship"));
  assert.ok(ids("40m").includes("storm-sinks-ship"));
});

test("a superseded belief is marked only once the twist itself is known", () => {
  const before = known(story, at(story, "89m")).facts.find((f) => f.id === "nell-alive")!;
  assert.equal(before.believedUntil, undefined);
  const after = known(story, at(story, "end")).facts.find((f) => f.id === "nell-alive")!;
  assert.deepEqual(after.believedUntil, { fact: "nell-dead-all-along", at: "~90m" });
  const twist = known(story, at(story, "end")).facts.find((f) => f.id === "nell-dead-all-along")!;
  assert.deepEqual(twist.overturns, ["nell-alive"]);
});

test("facts come in shown order", () => {
  assert.deepEqual(ids("end"), ["keeper-waits", "nell-visits", "nell-alive", "storm-sinks-ship", "tom-is-marlowe", "nell-dead-all-along"]);
});
