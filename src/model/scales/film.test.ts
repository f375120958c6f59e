import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { filmScale } from "./film.ts";

const film = filmScale(105);

test("film positions accept minutes, clocks, percentages, start and end", () => {
  assert.equal(film.parse("91m").ord, 91 * 60);
  assert.equal(film.parse("1:31:00").ord, 91 * 60);
  assert.equal(film.parse("91:00").ord, 91 * 60);
  assert.equal(film.parse("start").ord, 0);
  assert.equal(film.parse("end").ord, 105 * 60);
  assert.equal(film.parse("50%").ord, Math.round(105 * 60 * 0.5));
});

test("an approximate position keeps its order and says so in its label", () => {
  const p = film.parse("~92m");
  assert.equal(p.ord, 92 * 60);
  assert.equal(p.approx, true);
  assert.equal(p.label, "~92m");
});

test("a position past the end names the runtime", () => {
  assert.throws(() => film.parse("120m"), /past the end of the film \(105 min\)/);
  assert.throws(() => film.parse("S01E01"), /not a film position.*expected/);
});

test("format and parse round-trip over the whole film", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 105 * 60 }), (ord) => {
      assert.equal(film.parse(film.format(ord)).ord, ord);
    }),
  );
});
