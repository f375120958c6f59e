import assert from "node:assert/strict";
import { test } from "node:test";
import { combine, hashString, namespace, step, FNV_OFFSET } from "./hash.ts";

test("FNV-1a matches the published value and stays unsigned", () => {
  // FNV-1a 32-bit of "a" is 0xe40c292c
  assert.equal(hashString("a"), 0xe40c292c);
  assert.equal(step(FNV_OFFSET, 97), 0xe40c292c);
  assert.ok(hashString("some longer text") >= 0);
});

test("combine depends on order, namespaces differ", () => {
  const a = hashString("she");
  const b = hashString("dies");
  assert.notEqual(combine(a, b), combine(b, a));
  assert.equal(combine(a, b), combine(a, b));
  assert.ok(combine(a, b) >= 0);
  assert.notEqual(namespace("w"), namespace("b"));
});
