/**
 * Spoiler checker throughput and latency against the Game of Thrones model, side by side with a
 * plain keyword blocker (one case-insensitive regex of every alias), on one core:
 *   npm run bench:check [-- --rounds 5]
 * Tweets: the GoT dev tweets when ../shared/data is there, else tweets generated from the story's
 * names. Article: a ~20 KB text generated from the story's statements (one paragraph about a
 * later fact, the rest about what a reader at S07E03 has seen). Targets: at least half the
 * baseline's MB/s, and p99 under 1 ms for a tweet.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadStory } from "../src/model/load.ts";
import type { Story } from "../src/model/story.ts";
import { loadClassifier } from "../src/spoilers/classifier/load.ts";
import { check, MAX_TEXT } from "../src/spoilers/index.ts";
import { parseCsv } from "../src/spoilers/classifier/train/csv.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf("--rounds") + 1] ?? 5) || 5;
const AT = "S07E03";

const loaded = loadStory(readFileSync(`${root}stories/game-of-thrones.yaml`, "utf8"), "stories/game-of-thrones.yaml");
if (!loaded.ok) throw new Error(`the Game of Thrones story does not load: ${loaded.problems[0]?.message}`);
const story = loaded.story;
const at = story.scale.parse(AT);

let tweetSource = "";
const tweets = loadTweets();
const article = makeArticle(story);
const baseline = keywordRegex(story);
const classifier = loadClassifier();

interface Row {
  name: string;
  texts: number;
  mbPerS: number;
  textsPerS: number;
  p50: number;
  p99: number;
}

/** Times `run` over every text, `rounds` times after a warm-up; latency per text, throughput per round. */
function measure(name: string, texts: readonly string[], run: (t: string) => unknown): Row {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const t of texts) run(t); // warm-up: compile the story's matcher, let the JIT settle
  const latencies: number[] = [];
  let total = 0;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (const t of texts) {
      const s = performance.now();
      run(t);
      latencies.push(performance.now() - s);
    }
    total += performance.now() - started;
  }
  latencies.sort((a, b) => a - b);
  const seconds = total / 1000;
  return {
    name,
    texts: texts.length,
    mbPerS: (bytes * rounds) / 1e6 / seconds,
    textsPerS: (texts.length * rounds) / seconds,
    p50: latencies[Math.floor(latencies.length * 0.5)]!,
    p99: latencies[Math.floor(latencies.length * 0.99)]!,
  };
}

const articles = Array.from({ length: 50 }, () => article);
const rows = [
  measure("tweets  keyword regex", tweets, (t) => matchAll(baseline, t)),
  measure("tweets  checker", tweets, (t) => check(t, { work: story, at })),
  measure("tweets  checker+classifier", tweets, (t) => check(t, { work: story, at, classifier })),
  measure("article keyword regex", articles, (t) => matchAll(baseline, t)),
  measure("article checker", articles, (t) => check(t, { work: story, at })),
  measure("article checker+classifier", articles, (t) => check(t, { work: story, at, classifier })),
];

console.log(`Spoiler checker vs keyword regex: Game of Thrones at ${AT}, ${rounds} rounds, one core (Node ${process.versions.node})`);
console.log(`  tweets: ${tweets.length} (${tweetSource}); article: ${(Buffer.byteLength(article) / 1024).toFixed(1)} KB × ${articles.length}\n`);
console.log(`  ${"".padEnd(28)} ${"MB/s".padStart(8)} ${"texts/s".padStart(10)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}`);
for (const r of rows) {
  console.log(`  ${r.name.padEnd(28)} ${r.mbPerS.toFixed(1).padStart(8)} ${r.textsPerS.toFixed(0).padStart(10)} ${r.p50.toFixed(3).padStart(8)} ${r.p99.toFixed(3).padStart(8)}`);
}
const ratio = (a: Row, b: Row) => (a.mbPerS / b.mbPerS).toFixed(2);
console.log(`\n  checker / baseline MB/s: tweets ${ratio(rows[1]!, rows[0]!)}, article ${ratio(rows[4]!, rows[3]!)} (target ≥ 0.5)`);
console.log(`  tweet p99: ${rows[1]!.p99.toFixed(3)} ms (target < 1 ms)`);

// Texts at the 100 KiB limit built to hit any pass that is quadratic in names, tags or sentences:
// each should take about as long as an ordinary text of its size.
const worst: Record<string, string> = {
  "hashtags only": "#JonSnow ".repeat(12_000),
  "words and tags": "Jon Snow #Daenerys ".repeat(6_000),
  "names in names": "Arya Stark and Lady Stark ".repeat(4_000),
  "actor glosses": "Kit Harington (Jon Snow) ".repeat(4_000),
  "one-word sentences": "Jon. ".repeat(20_000),
  "names that kill": "Jon would not kill Arya, Arya can't kill Jon ".repeat(2_500),
  "long names cut short": `${longestName(story).split(" ").slice(0, -1).join(" ")} `.repeat(6_000),
};
console.log(`\n  worst cases at the ${MAX_TEXT / 1024} KiB limit (best of ${rounds}):`);
for (const [name, text] of Object.entries(worst)) {
  const t = text.slice(0, MAX_TEXT);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    check(t, { work: story, at });
    best = Math.min(best, performance.now() - started);
  }
  console.log(`  ${name.padEnd(28)} ${best.toFixed(1).padStart(8)} ms`);
}

/** The name with the most words: its first words, over and over, walk deep into the matcher at every word. */
function longestName(s: Story): string {
  const names = s.entities.flatMap((e) => e.names.map((n) => n.name));
  return names.reduce((a, b) => (b.split(" ").length > a.split(" ").length ? b : a));
}

function matchAll(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** The way keyword blockers work: every name and alias of every entity, one case-insensitive regex. */
function keywordRegex(s: Story): RegExp {
  const names = [...new Set(s.entities.flatMap((e) => e.names.map((n) => n.name)))].sort((a, b) => b.length - a.length);
  const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\b(?:${names.map(escape).join("|")})\\b`, "gi");
}

function loadTweets(): string[] {
  const file = `${root}../shared/data/got-tweets/dev.csv`;
  if (existsSync(file)) {
    tweetSource = "GoT dev tweets";
    return parseCsv(readFileSync(file, "utf8")).slice(1).filter((r) => r.length >= 2).map((r) => r[0]!);
  }
  tweetSource = "generated";
  const names = story.entities.map((e) => e.name);
  const verbs = ["loved the scene with", "can't stop thinking about", "who else thinks", "fan art of", "new poster:"];
  return Array.from({ length: 3000 }, (_, i) => `${verbs[i % verbs.length]} ${names[i % names.length]} and ${names[(i * 7) % names.length]} #GameOfThrones #GoT`);
}

/** ~20 KB: recaps of what a reader at S07E03 has seen, and one paragraph about later facts. */
function makeArticle(s: Story): string {
  const seen = s.facts.filter((f) => f.at.ord <= at.ord);
  const later = s.facts.filter((f) => f.at.ord > at.ord);
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < 20_000; i++) {
    const p = [0, 1, 2, 3].map((k) => seen[(i * 4 + k) % seen.length]!.statement).join(" ") + " Critics have debated the choice for years, and the scene still divides viewers.";
    paragraphs.push(i === 7 ? later.slice(0, 3).map((f) => f.statement).join(" ") : p);
    size += p.length + 2;
  }
  return paragraphs.join("\n\n");
}
