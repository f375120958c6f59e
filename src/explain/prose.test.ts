import assert from "node:assert/strict";
import { test } from "node:test";
import { cites } from "./article.ts";
import { inferGender } from "./pronouns.ts";
import { Narrator, type Cast } from "./narrator.ts";
import { asSentence, firstWord, listJoin, lowerFirst, properWords, sentencesOf, stripStop } from "./prose.ts";

const proper = properWords(["Later Adam visits Croydon.", 'They play "The Power of Love" loudly.'], ["Adam", "Harry", "Adam's mother"]);
const cast: Cast = {
  characters: [
    { id: "adam", names: ["Adam"], gender: "he" },
    { id: "harry", names: ["Harry"], gender: "he" },
    { id: "mother", names: ["Adam's mother", "Mum"], gender: "she" },
  ],
  proper,
};
const line = (text: string, ord = 0) => ({ text, ord, cites: cites({}) });

test("sentences: full stops, lists, first words", () => {
  assert.equal(asSentence("Adam waits"), "Adam waits.");
  assert.equal(asSentence('He sings "Go"!'), 'He sings "Go"!');
  assert.equal(stripStop("Adam waits."), "Adam waits");
  assert.equal(listJoin(["a"]), "a");
  assert.equal(listJoin(["a", "b", "c"]), "a, b and c");
  assert.equal(firstWord("“Adam's back,” she says."), "adam");
  assert.deepEqual(sentencesOf("One. Two! “Three?” Four."), ["One.", "Two!", "“Three?”", "Four."]);
});

test("a sentence's first letter is lowered only when it is not a name", () => {
  assert.equal(lowerFirst("The night Harry knocked", proper), "the night Harry knocked");
  assert.equal(lowerFirst("Adam waits", proper), "Adam waits");
  assert.equal(lowerFirst("Croydon is far", proper), "Croydon is far", "capitalised mid-sentence elsewhere: a name");
  assert.equal(lowerFirst("BBC reports", proper), "BBC reports");
  assert.ok(!proper.has("The"), "a capital inside a quoted title does not make a name");
});

test("a repeated subject becomes a pronoun, and a pair becomes they", () => {
  const n = new Narrator(cast);
  assert.equal(n.paragraph([line("Adam takes the train."), line("Adam meets his mother.")]), "Adam takes the train. He meets his mother.");
  assert.equal(n.paragraph([line("Adam and Harry meet."), line("Adam and Harry fall in love.")]), "Adam and Harry meet. They fall in love.");
  assert.equal(n.paragraph([line("Adam waits."), line("Adam's parents arrive.")]), "Adam waits. His parents arrive.");
});

test("no pronoun where it would be ambiguous: another man in the sentence before", () => {
  const n = new Narrator(cast);
  const text = n.paragraph([line("Adam meets Harry.", 1), line("Adam laughs.", 2)]);
  assert.doesNotMatch(text, /\bHe laughs/);
  assert.equal(new Set(sentencesOf(text).map(firstWord)).size, 2, "a connective takes over instead");
});

test("no two sentences of a paragraph open with the same word", () => {
  const n = new Narrator(cast);
  const lines = ["The storm comes.", "The boat sinks.", "The keeper waits.", "The light fails.", "The end nears."].map((t, i) => line(t, i));
  const text = n.paragraph(lines);
  const openings = sentencesOf(text).map(firstWord);
  assert.equal(new Set(openings).size, openings.length, text);
  assert.match(text, /^The storm comes\. Then the boat sinks\./);
});

test("connectives suit the order: 'at the same time' for one moment, none implying time for importance", () => {
  const n = new Narrator(cast);
  assert.match(n.paragraph([line("The storm comes.", 5), line("The boat sinks.", 5)]), /(At the same time|Meanwhile|In the same stretch|Alongside that), the boat sinks/);
  assert.doesNotMatch(new Narrator(cast).paragraph([line("The storm comes.", 9), line("The boat sank.", 1)], "importance"), /Then|Later|After/);
});

test("long runs are split into paragraphs of at most five sentences", () => {
  const n = new Narrator(cast);
  const paragraphs = n.paragraphs(Array.from({ length: 12 }, (_, i) => line(`Event ${i} happens.`, i)));
  assert.equal(paragraphs.length, 3);
  for (const p of paragraphs) assert.ok(sentencesOf(p.text).length <= 5);
});

test("pronouns are inferred from names, relations and the first pronoun after a name", () => {
  assert.equal(inferGender({ names: ["Adam's mother"], relations: [], statements: [] }), "she");
  assert.equal(inferGender({ names: ["Adam"], relations: ["son of"], statements: [] }), "he");
  assert.equal(inferGender({ names: ["Harry"], relations: [], statements: ["Harry died alone in his flat."] }), "he");
  assert.equal(inferGender({ names: ["Nell"], relations: [], statements: ["Nell rows out to visit her brother."] }), "she");
  assert.equal(inferGender({ names: ["Sam"], relations: [], statements: ["Sam and Jo meet her."] }), undefined, "a pair's pronoun is not about one");
  assert.equal(inferGender({ names: ["Adam"], relations: [], statements: ["Adam's mother tells her friend."] }), undefined, "a possessive is about someone else");
  assert.equal(inferGender({ names: ["Kit"], relations: [], statements: [] }), undefined);
});
