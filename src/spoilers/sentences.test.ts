import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { isOneSentence, paragraphs, segment, sentences, trim } from "./sentences.ts";

const whole = (text: string) => ({ start: 0, end: text.length });
const split = (text: string) => sentences(text, whole(text)).map((r) => text.slice(r.start, r.end));

test("a text with no mark before its last word, or only tags after its marks, is one sentence, as the segmenter says", () => {
  const texts = [
    "Jon dies! #GoT #spoilers",
    "WOW. @someone #GoT 😱😱",
    "He said \"no.\" #GoT",
    "omg!!! #JonSnow #GameOfThrones",
    "Really?! #GoT\n#spoilers",
    "Wait... #Jon_Snow @HBO",
    "Mr. Stark is back! #GoT",
    "So sad. 💔 #RIPNed",
    "  Hodor!  #Hodor  ",
    "Spoiler: Jon dies! #GoT",
  ];
  for (const text of texts) {
    assert.deepEqual(sentences(text, whole(text)), [trim(text, whole(text))], text);
    assert.deepEqual(segment(text, whole(text)), [trim(text, whole(text))], text);
  }
});

test("sentences end at . ! ?, not after an abbreviation nor at a wrapped line", () => {
  assert.deepEqual(split("Jon dies. Arya lives! #GoT"), ["Jon dies.", "Arya lives! #GoT"]);
  assert.deepEqual(split("Mr. Stark went to see Dr. Luwin. He was ill."), ["Mr. Stark went to see Dr. Luwin.", "He was ill."]);
  assert.deepEqual(split("The U.S. version came later. It was fine."), ["The U.S. version came later.", "It was fine."]);
  assert.deepEqual(split("Harry knocked on the door and\nAdam would not let him in. Later\r\nhe died."), ["Harry knocked on the door and\nAdam would not let him in.", "Later\r\nhe died."]);
  assert.deepEqual(split("Who dies first?\nJon\nArya"), ["Who dies first?", "Jon\nArya"]);
  assert.deepEqual(split("Wait... Jon is a Targaryen?! Wow"), ["Wait...", "Jon is a Targaryen?!", "Wow"]);
});

test("the one-sentence shortcut never disagrees with the segmenter", () => {
  const piece = fc.constantFrom("Jon dies", ". ", "! ", "? ", "… ", "; ", ": ", "\n", "Mr. ", "#GoT ", "@hbo ", "😱", "\"no.\" ", "U.S. ", " ", "Arya");
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 10 }).map((a) => a.join("")), (text) => {
      if (isOneSentence(text, whole(text))) assert.equal(segment(text, whole(text)).length, 1, JSON.stringify(text));
    }),
    { numRuns: 2000 },
  );
});

test("for any text, the sentences of each paragraph are in order, apart, trimmed and inside it", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), fc.array(fc.constantFrom(". ", "!\n", "\n\n", "Mr. ", "?! "), { maxLength: 4 }), (body, marks) => {
      const text = marks.reduce((t, m, i) => t.slice(0, (i * 7) % (t.length + 1)) + m + t.slice((i * 7) % (t.length + 1)), body);
      for (const p of paragraphs(text)) {
        let previous = p.start;
        for (const s of sentences(text, p)) {
          assert.ok(s.start >= previous && s.end >= s.start && s.end <= p.end);
          assert.equal(text.slice(s.start, s.end), text.slice(s.start, s.end).trim());
          previous = s.end;
        }
      }
    }),
    { numRuns: 500 },
  );
});
