/**
 * Throughput of the generic spoiler classifier on one core: sentences scored per second.
 * Prints, never asserts. Uses the TV Tropes sentences from ../shared when present (real lengths),
 * otherwise sentences built from a small made-up vocabulary.
 *
 *   npx tsx bench/classifier.bench.ts [--seconds 3]
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadClassifier } from "../src/spoilers/classifier/load.ts";
import { parseSpoilerCsv } from "../src/spoilers/classifier/train/csv.ts";

function sentences(): { list: string[]; source: string } {
  const dir = fileURLToPath(new URL("../../shared/data/tvtropes/", import.meta.url));
  try {
    const list = ["dev1", "dev2", "train"].flatMap((n) => parseSpoilerCsv(readFileSync(`${dir}${n}.balanced.csv`, "utf8")).map((r) => r.sentence));
    return { list, source: "TV Tropes train+dev sentences" };
  } catch {
    const words = "the season finale reveals that her brother was the killer all along and nobody in town knows it yet while the show keeps its gentle humour".split(" ");
    const list = Array.from({ length: 5000 }, (_, i) => {
      const n = 12 + (i % 20);
      return `${Array.from({ length: n }, (_, k) => words[(i * 7 + k * 13) % words.length]).join(" ")}.`;
    });
    return { list, source: "synthetic sentences (no ../shared)" };
  }
}

const seconds = Number(process.argv[process.argv.indexOf("--seconds") + 1]) || 3;
let t = process.hrtime.bigint();
const classifier = loadClassifier();
const loadMs = Number(process.hrtime.bigint() - t) / 1e6;
const { list, source } = sentences();
const chars = list.reduce((a, s) => a + s.length, 0) / list.length;

// warm-up, then timed passes over the list until `seconds` have gone by
let sink = 0;
for (let i = 0; i < Math.min(2000, list.length); i++) classifier.score(list[i]!);
let scored = 0;
const cpu = process.cpuUsage();
t = process.hrtime.bigint();
const deadline = t + BigInt(Math.round(seconds * 1e9));
while (process.hrtime.bigint() < deadline) {
  for (const s of list) sink += classifier.score(s);
  scored += list.length;
}
const secs = Number(process.hrtime.bigint() - t) / 1e9;
const used = process.cpuUsage(cpu);
const cpuSecs = (used.user + used.system) / 1e6;
const rate = (n: number): string => Math.round(n).toLocaleString("en");
console.log(`classifier: ${source}, mean ${chars.toFixed(0)} chars; model load ${loadMs.toFixed(0)} ms`);
console.log(`classifier: ${rate(scored / secs)} sentences/s wall clock, ${rate(scored / cpuSecs)} sentences per CPU-second on one core (${scored} scored in ${secs.toFixed(2)} s) [mean probability ${(sink / scored).toFixed(4)}]`);
