import assert from "node:assert/strict";
import { test } from "node:test";
import { sentences, splitWithWink, trim } from "./sentences.ts";

const whole = (text: string) => ({ start: 0, end: text.length });

test("a text with no . ! ? or only tags after the first is one sentence, as wink-nlp would split it", () => {
  // The shortcut relies on wink-nlp's English model ending sentences only on . ! ? a blank line or
  // a dotted abbreviation (and closing quotes or brackets after one): if a model update changed
  // that, these would disagree.
  const texts = [
    "Jon dies! #GoT #spoilers",
    "WOW. @someone #GoT 😱😱",
    "He said \"no.\" #GoT",
    "omg!!! #JonSnow #GameOfThrones",
    "Really?! #GoT\n#spoilers",
    "Wait... #Jon_Snow @HBO",
    "Mr. Stark is back! #GoT",
    "So sad. 💔 #RIPNed (╯°□°)╯",
    "  Hodor!  #Hodor  ",
    "Spoiler: Jon dies! #GoT",
    "Spoiler: Jon dies… so sad; really\nwhy",
  ];
  for (const text of texts) {
    assert.deepEqual(sentences(text, whole(text)), [trim(text, whole(text))], text);
    assert.deepEqual(splitWithWink(text, whole(text)), [trim(text, whole(text))], text);
  }
});

test("words after a mark, or a mark inside a tag, still go to the splitter", () => {
  assert.equal(sentences("Jon dies. Arya lives! #GoT", whole("Jon dies. Arya lives! #GoT")).length, 2);
  const tagged = "Jon dies! #Got.Arya lives";
  assert.deepEqual(sentences(tagged, whole(tagged)), splitWithWink(tagged, whole(tagged)));
});
