import assert from "node:assert/strict";
import { test } from "node:test";
import { at, lighthouse } from "../../test/support/fixtures.ts";
import { ask } from "./ask.ts";

const story = lighthouse();

test("a question answered later says where, never what", () => {
  const answer = ask(story, "Is Nell dead?", at(story, "30m"));
  assert.deepEqual(answer.later, { at: "~90m" });
  assert.ok(!JSON.stringify(answer).match(/drown|ghost/i));
});

test("once known, the answer is given from the facts", () => {
  const answer = ask(story, "Is Nell dead?", at(story, "end"));
  assert.equal(answer.later, undefined);
  assert.equal(answer.answers[0]?.id, "nell-dead-all-along");
});

test("an overturned belief ranks below what overturned it", () => {
  const answer = ask(story, "Is Nell alive?", at(story, "end"));
  assert.equal(answer.answers[0]?.id, "nell-dead-all-along");
});

test("a question about nothing in the story gets no answer and no 'later'", () => {
  const answer = ask(story, "What colour is the bicycle?", at(story, "end"));
  assert.deepEqual(answer.answers, []);
  assert.equal(answer.later, undefined);
});

test("a vague question about a character gets what is known, not a hint of later", () => {
  const answer = ask(story, "Where is Nell?", at(story, "30m"));
  assert.ok(answer.answers.length > 0);
  assert.ok(answer.answers.every((a) => story.scale.parse(a.at).ord <= at(story, "30m").ord));
});
