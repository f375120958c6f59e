import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { normalizeSentence } from "./normalize.ts";

/** The rules written as regular expressions: the one-pass version must agree with them. */
function reference(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .replace(/ ([.,;:!?)\]}])/g, "$1")
    .replace(/([(\[{]) /g, "$1")
    .trim();
}

test("mark-up traces are removed: runs of spaces, spaces before punctuation and inside brackets", () => {
  assert.equal(normalizeSentence("  He  makes good on an  early threat ."), "He makes good on an early threat.");
  assert.equal(normalizeSentence("a ( b ) , c\t\n d !"), "a (b), c d!");
});

test("curly quotes become straight", () => {
  assert.equal(normalizeSentence("\u201CIt\u2019s him,\u201D she said."), "\"It's him,\" she said.");
});

test("clean text is returned as it is", () => {
  const clean = "She kills him in the final episode.";
  assert.equal(normalizeSentence(clean), clean);
});

test("agrees with the regular-expression rules on any mix of spaces, brackets and punctuation", () => {
  const piece = fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", "\u2003", "a", "B", ".", ",", "(", ")", "[", "{", "}", "!", "\u2019", "\u201c", "-");
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 24 }).map((a) => a.join("")), (s) => {
      assert.equal(normalizeSentence(s), reference(s));
    }),
    { numRuns: 3000 },
  );
});

test("is idempotent", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), (s) => {
      const once = normalizeSentence(s);
      assert.equal(normalizeSentence(once), once);
    }),
  );
});
