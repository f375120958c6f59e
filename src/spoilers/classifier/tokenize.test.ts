import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { tokenize } from "./tokenize.ts";

test("splits words, numbers and punctuation, lower-cased", () => {
  const tokens = tokenize("In Season 3, Walt's half-brother didn't die!");
  assert.deepEqual(
    tokens.map((t) => t.text),
    ["in", "season", "3", ",", "walt", "'s", "half-brother", "didn't", "die", "!"],
  );
  assert.deepEqual(
    tokens.map((t) => t.kind),
    ["word", "word", "number", "punct", "word", "word", "word", "word", "word", "punct"],
  );
});

test("marks capitals and shouting", () => {
  const [even, cia, walt] = tokenize("EVEN CIA Walt");
  assert.equal(even?.shouting, true);
  assert.equal(cia?.capitalized, true);
  assert.equal(walt?.shouting, false);
  assert.equal(walt?.capitalized, true);
});

test("token offsets point at the token in the input", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), (s) => {
      for (const t of tokenize(s)) {
        const raw = t.text === "'s" ? s.slice(t.start, t.start + 2).toLowerCase() : s.slice(t.start, t.start + t.text.length).toLowerCase();
        assert.equal(raw, t.text);
      }
    }),
  );
});
