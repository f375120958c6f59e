import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { seriesScale } from "./series.ts";

const seasons = [
  { number: 1, episodes: [{ number: 1, runtime: 60 }, { number: 2, runtime: 55 }] },
  { number: 7, episodes: Array.from({ length: 7 }, (_, i) => ({ number: i + 1, runtime: 60 })) },
];
const series = seriesScale(seasons);

test("an episode is its end; a time into it comes before; a season is its last episode's end", () => {
  const during = series.parse("S07E03@12:30");
  const end = series.parse("S07E03");
  assert.ok(during.ord < end.ord);
  assert.ok(end.ord < series.parse("S07E04@00:00").ord);
  assert.equal(series.parse("S07").ord, series.parse("S07E07").ord);
  assert.equal(series.parse("s7e3").ord, end.ord);
  assert.equal(series.parse("end").ord, series.end.ord);
});

test("errors say what the work has", () => {
  assert.throws(() => series.parse("S07E11"), /`S07E11` is past the end of season 7 \(7 episodes\)/);
  assert.throws(() => series.parse("S09E01"), /past the end of the series \(2 seasons\)/);
  assert.throws(() => series.parse("S01E02@58:00"), /past the end of S01E02 \(55 min\)/);
  assert.throws(() => series.parse("91m"), /not a series position/);
});

test("labels are canonical and round-trip", () => {
  assert.equal(series.parse("S07E03@12:30").label, "S07E03@12:30");
  assert.equal(series.parse("~S07E03").label, "~S07E03");
  const positions = ["start", "S01E01@00:01", "S01E01", "S01E02@30:00", "S07E01", "S07E07@59:59", "S07E07"];
  fc.assert(
    fc.property(fc.constantFrom(...positions), (text) => {
      const p = series.parse(text);
      assert.equal(series.parse(p.label).ord, p.ord);
    }),
  );
});

test("order follows the episode list", () => {
  const labels = ["start", "S01E01@10:00", "S01E01", "S01E02", "S07E01@00:00", "S07E01", "S07E07"];
  const ords = labels.map((l) => series.parse(l).ord);
  assert.deepEqual([...ords].sort((a, b) => a - b), ords);
});
