/**
 * Evaluates the spoiler checker on the Game of Thrones tweets (../shared/data/got-tweets/dev.csv,
 * labelled against a viewer who has seen S07E03): precision, recall and F1 for spoilers, and the
 * worst misses and false alarms with the facts they came nearest to.
 *   npm run eval:got [-- --at S07E03 --file path.csv --story path.yaml --show 20 --cli --classifier]
 * --cli runs the texts through `afterimage check --jsonl` (the batch contract) instead of the library.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadStory } from "../src/model/load.ts";
import { loadClassifier } from "../src/spoilers/classifier/load.ts";
import { check } from "../src/spoilers/index.ts";
import { diagnose } from "../src/spoilers/diagnose.ts";
import { parseCsv } from "../src/spoilers/classifier/train/csv.ts";
import { option } from "./option.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const at = option("at", "S07E03");
const file = option("file", `${root}../shared/data/got-tweets/dev.csv`);
const show = Number(option("show", "20"));
const viaCli = args.includes("--cli");
const storyFile = option("story", `${root}stories/game-of-thrones.yaml`);
/** --classifier: combine the generic classifier with the story model (the CLI's default). */
const withClassifier = args.includes("--classifier");

if (!existsSync(file)) {
  console.error(`eval:got: ${file} not found (the data lives in ../shared/data, beside the repository)`);
  process.exit(1);
}
const loaded = loadStory(readFileSync(storyFile, "utf8"), storyFile);
if (!loaded.ok) {
  console.error(`eval:got: the Game of Thrones story does not load: ${loaded.problems[0]?.message}`);
  process.exit(1);
}
const story = loaded.story;
const position = story.scale.parse(at);
const rows = parseCsv(readFileSync(file, "utf8")).slice(1).filter((r) => r.length >= 2);
const texts = rows.map((r) => r[0]!);
const gold = rows.map((r) => r[1]!.trim() === "s");

const started = performance.now();
let predicted: boolean[];
if (viaCli) {
  const input = texts.map((text, i) => JSON.stringify({ id: String(i), text })).join("\n");
  const run = spawnSync(process.execPath, [`${root}bin/afterimage.js`, "check", "--work", story.work.id, "--at", at, "--jsonl", ...(withClassifier ? [] : ["--no-classifier"])], { input, maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`afterimage check failed: ${run.stderr}`);
  predicted = run.stdout.toString().trim().split("\n").map((l) => (JSON.parse(l) as { spoiler: boolean }).spoiler);
} else {
  const classifier = withClassifier ? loadClassifier() : undefined;
  predicted = texts.map((text) => check(text, { work: story, at: position, ...(classifier ? { classifier } : {}) }).spoiler);
}
const seconds = (performance.now() - started) / 1000;

let tp = 0, fp = 0, fn = 0, tn = 0;
predicted.forEach((p, i) => {
  if (p && gold[i]) tp++;
  else if (p) fp++;
  else if (gold[i]) fn++;
  else tn++;
});
const precision = tp / Math.max(1, tp + fp);
const recall = tp / Math.max(1, tp + fn);
const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
console.log(`Game of Thrones tweets at ${at}: ${rows.length} texts, ${gold.filter(Boolean).length} spoilers (${viaCli ? "CLI" : "library"}, story model${withClassifier ? " + classifier" : " alone"}, ${seconds.toFixed(1)} s)`);
console.log(`  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}   (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`);
const [low, high] = bootstrapF1(predicted, gold);
console.log(`  F1 95% bootstrap interval ${low.toFixed(3)}–${high.toFixed(3)} (1,000 resamples of the tweets, seeded): how far this figure could move on other tweets like these`);

if (show > 0) {
  const near = (i: number) => diagnose(texts[i]!, story, position);
  const describe = (d: ReturnType<typeof near>) =>
    `later ${d.later.map((f) => `${f.fact} ${f.points.toFixed(2)}`).join(", ") || "-"} | known ${d.known.map((f) => `${f.fact} ${f.points.toFixed(2)}`).join(", ") || "-"}`;
  const misses = predicted.flatMap((p, i) => (!p && gold[i] ? [{ i, d: near(i) }] : [])).sort((a, b) => (b.d.later[0]?.points ?? 0) - (a.d.later[0]?.points ?? 0));
  const alarms = predicted.flatMap((p, i) => (p && !gold[i] ? [{ i, d: near(i) }] : [])).sort((a, b) => (b.d.later[0]?.points ?? 0) - (a.d.later[0]?.points ?? 0));
  const seasonOf = (d: ReturnType<typeof near>) => {
    const fact = story.facts.find((f) => f.id === d.later[0]?.fact);
    return fact ? (/S\d+/.exec(fact.at.label)?.[0] ?? fact.at.label) : "none";
  };
  const bySeason = new Map<string, number>();
  for (const { d } of alarms) bySeason.set(seasonOf(d), (bySeason.get(seasonOf(d)) ?? 0) + 1);
  const seasons = [...bySeason].sort(([a], [b]) => a.localeCompare(b)).map(([season, n]) => `${season} ${n}`).join(", ");
  console.log(`  false alarms by the season of the later fact they came nearest to: ${seasons}`);
  console.log(`\nWorst misses (spoilers not flagged, nearest first):`);
  for (const { i, d } of misses.slice(0, show)) console.log(`  ${oneLine(texts[i]!)}\n      ${describe(d)}`);
  console.log(`\nWorst false alarms (strongest first):`);
  for (const { i, d } of alarms.slice(0, show)) console.log(`  ${oneLine(texts[i]!)}\n      ${describe(d)}`);
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 150 ? `${t.slice(0, 147)}...` : t;
}

/** The 2.5th and 97.5th percentiles of F1 over resamples of the texts with replacement (a fixed seed: the same run, the same interval). */
function bootstrapF1(predicted: readonly boolean[], gold: readonly boolean[], rounds = 1000): [number, number] {
  let seed = 20171;
  // A linear congruential generator: plenty for picking resamples, and the same every run.
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
  const scores: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let tp = 0, fp = 0, fn = 0;
    for (let k = 0; k < predicted.length; k++) {
      const i = Math.floor(random() * predicted.length);
      if (predicted[i] && gold[i]) tp++;
      else if (predicted[i]) fp++;
      else if (gold[i]) fn++;
    }
    scores.push((2 * tp) / Math.max(1, 2 * tp + fp + fn));
  }
  scores.sort((a, b) => a - b);
  return [scores[Math.floor(rounds * 0.025)]!, scores[Math.floor(rounds * 0.975)]!];
}
