import assert from "node:assert/strict";
import { test } from "node:test";
import { at, lighthouse } from "../../test/support/fixtures.ts";
import { character } from "./character.ts";

const story = lighthouse();

test("a secret identity is not on the card, nor a way to find it, before its reveal", () => {
  const card = character(story, "Tom", at(story, "60m"));
  assert.deepEqual(card.names.map((n) => n.name), ["Tom", "the keeper"]);
  assert.ok(!JSON.stringify(card).includes("Marlowe"));
  const message = (ref: string) => {
    try {
      character(story, ref, at(story, "60m"));
    } catch (e) {
      return (e as Error).message.replace(ref, "REF");
    }
    return "found";
  };
  assert.equal(message("Captain Marlowe"), message("Nobody At All"));
});

test("after the reveal the alias finds the character and the facet appears", () => {
  const card = character(story, "captain marlowe", at(story, "~70m"));
  assert.equal(card.id, "tom");
  assert.deepEqual(card.facets.map((f) => f.label), ["job", "past"]);
});

test("an entity not met yet is unknown, and the error lists only those met", () => {
  assert.throws(() => character(story, "nell", at(story, "10m")), (e: Error) => {
    assert.match(e.message, /no character or thing called `nell` at 10m; known so far: tom, island/);
    return true;
  });
});

test("relations appear when revealed", () => {
  assert.deepEqual(character(story, "tom", at(story, "19m")).relations, []);
  assert.deepEqual(character(story, "tom", at(story, "20m")).relations.map((r) => r.name), ["Nell"]);
});
