/**
 * A check of the spoiler checker against a story's own words, needing no data from outside:
 * each fact's statement and cues, as they are and in frames people wrap around a scene
 * ("Still can't believe ...", "... last night"), checked
 *   - by a reader who has reached the fact (at its own position and at the end): flagged text here
 *     is a false alarm about something the reader has seen;
 *   - by a reader at the position of the last fact before it: here the text should be flagged.
 * The frames are made up, not taken from any data set: the figures say how the checker treats the
 * story's own language, not how it does on real posts (`npm run eval:got` does that).
 * Then, for story authors: every facet and event summary checked at the position where it is
 * shown. One the checker reads as a later reveal is either a false alarm or a slip in the story
 * file (text shown before what it tells), worth a look either way.
 *   npm run eval:story [-- --story stories/game-of-thrones.yaml --show 10]
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadStory } from "../src/model/load.ts";
import type { Position } from "../src/model/position.ts";
import { check } from "../src/spoilers/index.ts";
import { option } from "./option.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const storyFile = option("story", `${root}stories/game-of-thrones.yaml`);
const show = Number(option("show", "10"));

const loaded = loadStory(readFileSync(storyFile, "utf8"), storyFile);
if (!loaded.ok) {
  console.error(`eval:story: ${storyFile} does not load: ${loaded.problems[0]?.message}`);
  process.exit(1);
}
const story = loaded.story;
const FRAMES = ["{}", "{}!! #{tag}", "Still can't believe {}", "finally {}", "omg {} last night"];
const tag = story.work.title.replace(/[^\p{L}\p{N}]+/gu, "");
const framed = (text: string) => FRAMES.map((f) => f.replace("{}", text).replace("{tag}", tag));

const end = story.scale.parse("end");
const ords = [...new Set(story.facts.map((f) => f.at.ord))].sort((a, b) => a - b);
const positionOf = new Map(story.facts.map((f) => [f.at.ord, f.at]));
/** The position of the last fact revealed before `ord` (the start if none). */
const justBefore = (ord: number): Position => {
  let best: Position = story.scale.parse("start");
  for (const o of ords) if (o < ord) best = positionOf.get(o)!;
  return best;
};

const alarms: string[] = [];
const misses: string[] = [];
let seen = 0, flaggedSeen = 0, before = 0, flaggedBefore = 0;
const started = performance.now();
for (const f of story.facts) {
  const texts = [f.statement, ...f.cues].flatMap(framed);
  for (const text of texts) {
    for (const at of [f.at, end]) {
      seen++;
      const r = check(text, { work: story, at });
      if (r.spoiler) {
        flaggedSeen++;
        alarms.push(`  at ${at.label}, ${f.id}: "${text}" -> ${r.reveals.map((x) => x.fact).join(", ")}`);
      }
    }
    const earlier = justBefore(f.at.ord);
    if (earlier.ord >= f.at.ord) continue;
    before++;
    if (check(text, { work: story, at: earlier }).spoiler) flaggedBefore++;
    else misses.push(`  at ${earlier.label}, ${f.id}: "${text}"`);
  }
}
const seconds = (performance.now() - started) / 1000;
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(2)}%`;
console.log(`${story.work.title}: its ${story.facts.length} facts' statements and cues in ${FRAMES.length} frames (${seconds.toFixed(1)} s)`);
console.log(`  reader has seen the fact: ${flaggedSeen} of ${seen} texts flagged (${pct(flaggedSeen, seen)}; false alarms)`);
console.log(`  reader just before it:    ${flaggedBefore} of ${before} texts flagged (${pct(flaggedBefore, before)})`);

const shown = [
  // A facet is shown on its entity's card, so it is read with the entity's name before it.
  ...story.entities.flatMap((e) => e.facets.map((f) => ({ what: `facet ${e.id}.${f.label}`, text: `${e.name}: ${f.text}`, at: f.at }))),
  ...story.events.flatMap((e) => (e.shown[0] ? [{ what: `event ${e.id}`, text: e.summary, at: e.shown[0] }] : [])),
];
const suspects = shown.flatMap(({ what, text, at }) => {
  const r = check(text, { work: story, at });
  return r.spoiler ? [`  ${what} at ${at.label}: "${text}" -> ${r.reveals.map((x) => `${x.fact} (${x.at})`).join(", ")}`] : [];
});
console.log(`  facets and event summaries read as a later reveal where they are shown: ${suspects.length} of ${shown.length}`);

if (show > 0) {
  console.log(`\nFalse alarms (first ${show}):\n${alarms.slice(0, show).join("\n")}`);
  console.log(`\nNot flagged just before (first ${show}):\n${misses.slice(0, show).join("\n")}`);
  console.log(`\nFacets and event summaries to look at (first ${show}):\n${suspects.slice(0, show).join("\n")}`);
}
