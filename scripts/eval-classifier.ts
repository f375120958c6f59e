/**
 * Evaluates the committed spoiler classifier (models/spoiler-classifier.json) through the same
 * `score()` the checker calls: ROC AUC, accuracy, F1 and precision at recall 0.9 on dev1 and
 * dev2, and the mean per-work ROC AUC (works used for grouping only, never as a feature).
 * When ../shared/data/got-tweets is present, also ROC AUC on those tweets (out of domain).
 *
 *   npm run eval:classifier [-- --model FILE] [--data DIR]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadClassifier } from "../src/spoilers/classifier/load.ts";
import { accuracy, confusion, f1, meanGroupAuc, precisionAtRecall, rocAuc } from "../src/spoilers/classifier/metrics.ts";
import { parseCsv, readSpoilerSet } from "../src/spoilers/classifier/train/csv.ts";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataDir = option("--data") ?? fileURLToPath(new URL("../../shared/data/tvtropes/", import.meta.url));
const modelPath = option("--model");
const classifier = modelPath === undefined ? loadClassifier() : loadClassifier(modelPath);
const threshold = classifier.threshold;
console.log(`model: ${classifier.info.features} weights; threshold ${threshold.toFixed(4)}; ${classifier.info.trainedOn}`);

const fmt = (x: number): string => x.toFixed(4);
const rows: string[] = [];
for (const name of ["dev1", "dev2"]) {
  const rows_ = readSpoilerSet(dataDir, name);
  const scores = rows_.map((r) => classifier.score(r.sentence));
  const labels = rows_.map((r) => (r.spoiler ? 1 : 0));
  const c = confusion(scores, labels, threshold);
  const works = meanGroupAuc(scores, labels, rows_.map((r) => r.page));
  rows.push(
    `| ${name} | ${rows_.length} | ${fmt(rocAuc(scores, labels))} | ${fmt(accuracy(c))} | ${fmt(f1(c))} | ${fmt(precisionAtRecall(scores, labels, 0.9))} | ${fmt(works.auc)} (${works.groups} works) |`,
  );
}
console.log("\n| set | sentences | ROC AUC | accuracy | F1 | precision at recall 0.9 | mean per-work ROC AUC |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
console.log(rows.join("\n"));
console.log(`\naccuracy and F1 at the model's threshold (${threshold.toFixed(4)}, chosen on dev1+dev2 for F1); the per-work mean counts works with both classes.`);

const tweets = join(dataDir, "../got-tweets/dev.csv");
try {
  const [, ...rows_] = parseCsv(readFileSync(tweets, "utf8"));
  const usable = rows_.filter((r) => r.length >= 2);
  const scores = usable.map((r) => classifier.score(r[0]!));
  const labels = usable.map((r) => (r[1]!.trim() === "s" ? 1 : 0));
  console.log(`out of domain, Game of Thrones tweets (${usable.length}, spoiler = after S07E03): ROC AUC ${fmt(rocAuc(scores, labels))}, precision at recall 0.9 ${fmt(precisionAtRecall(scores, labels, 0.9))}`);
} catch {
  // the tweets are optional
}
