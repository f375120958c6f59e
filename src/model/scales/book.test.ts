import assert from "node:assert/strict";
import { test } from "node:test";
import { bookScale } from "./book.ts";

const book = bookScale([{ number: 1, length: 1 }, { number: 2, length: 1 }, { number: 3, length: 2 }]);

test("chapters take their share of the book by relative length", () => {
  assert.equal(book.parse("ch1").ord, book.parse("25%").ord);
  assert.equal(book.parse("ch2").ord, book.parse("50%").ord);
  assert.equal(book.parse("ch3@50%").ord, book.parse("75%").ord);
  assert.equal(book.parse("end").ord, book.parse("ch3").ord);
});

test("labels name the chapter and round-trip", () => {
  assert.equal(book.parse("ch3@50%").label, "ch3@50%");
  assert.equal(book.parse("50%").label, "ch2");
  assert.equal(book.parse(book.parse("ch2@33%").label).ord, book.parse("ch2@33%").ord);
});

test("errors say how many chapters there are", () => {
  assert.throws(() => book.parse("ch4"), /past the end of the book \(3 chapters\)/);
  assert.throws(() => book.parse("ch2@150%"), /not a share of the chapter/);
  assert.throws(() => book.parse("S01E01"), /not a book position/);
});

test("labels use the shortest percentage that lands on the same point", () => {
  const uneven = bookScale([{ number: 1, length: 10 }, { number: 2, length: 13 }, { number: 3, length: 35 }]);
  assert.equal(uneven.parse("ch2@40%").label, "ch2@40%");
  assert.equal(uneven.parse("ch3@5%").label, "ch3@5%");
  for (let ord = 0; ord <= 1_000_000; ord += 997) assert.equal(uneven.parse(uneven.format(ord)).ord, ord);
});

test("a round share of the whole book keeps its label when no short chapter share fits", () => {
  const uneven = bookScale([{ number: 1, length: 10 }, { number: 2, length: 13 }, { number: 3, length: 35 }]);
  assert.equal(uneven.parse("45%").label, "45%");
});
