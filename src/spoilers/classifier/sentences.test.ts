import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { splitSentences } from "./sentences.ts";

test("splits sentences and gives their offsets in the original text", () => {
  const text = "I loved it.  Then in season 3 Ned is executed! Don't read on…\n\nThe music is great.";
  const spans = splitSentences(text);
  assert.deepEqual(spans.map((s) => s.text), ["I loved it.", "Then in season 3 Ned is executed!", "Don't read on…", "The music is great."]);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
});

test("offsets are UTF-16 indices, also after emoji and accents", () => {
  const text = "\u{1F600} Café scene. Then José dies.";
  const spans = splitSentences(text);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  assert.equal(spans.at(-1)?.text, "Then José dies.");
});

test("for any text: spans are in order, do not overlap, and are trimmed slices of it", () => {
  const piece = fc.constantFrom("She dies. ", "Really?! ", "\n\n", "  ", "Dr. Who ", "\u{1F600}", "e.g. ", "\"Yes.\" ", "it's ", "3.5 ", "end");
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join("")), (text) => {
      let previous = 0;
      for (const s of splitSentences(text)) {
        assert.ok(s.start >= previous && s.end > s.start);
        assert.equal(text.slice(s.start, s.end), s.text);
        assert.equal(s.text, s.text.trim());
        previous = s.end;
      }
    }),
    { numRuns: 300 },
  );
});

test("an empty text has no sentences", () => {
  assert.deepEqual(splitSentences(""), []);
  assert.deepEqual(splitSentences("   \n "), []);
});
