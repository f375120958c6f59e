/**
 * Engine throughput on the bundled works: calls per second and p50/p99 latency for each engine
 * function at positions spread over each work. Figures are printed, never asserted.
 */
import { ask, known, reality, timeline } from "../src/engine/index.ts";
import type { Position } from "../src/model/position.ts";
import type { Story } from "../src/model/story.ts";
import { BUNDLED_STORIES, loadStoryFiles, storyFilesIn } from "../src/store/story-files.ts";
import { measure, printTable } from "./measure.ts";

const started = performance.now();
const loaded = loadStoryFiles(storyFilesIn(BUNDLED_STORIES));
if (!loaded.ok) throw new Error("bundled stories are invalid; run `npx afterimage validate`");
console.log(`loaded and compiled ${loaded.stories.length} works in ${(performance.now() - started).toFixed(0)} ms`);

const spread = (story: Story): Position[] =>
  Array.from({ length: 11 }, (_, i) => {
    const ord = Math.round((story.scale.end.ord * i) / 10);
    return { ord, approx: false, label: story.scale.format(ord) };
  });

const rows = loaded.stories.flatMap((story) => {
  const positions = spread(story);
  const pick = (i: number) => positions[i % positions.length]!;
  return [
    measure(`${story.work.id} known`, (i) => known(story, pick(i))),
    measure(`${story.work.id} timeline story`, (i) => timeline(story, pick(i), "story")),
    measure(`${story.work.id} reality`, (i) => reality(story, pick(i))),
    measure(`${story.work.id} ask`, (i) => ask(story, "who dies at the end?", pick(i)), 300),
  ];
});
printTable(rows);
