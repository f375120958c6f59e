import { readFileSync } from "node:fs";
import { loadStory } from "../../src/model/load.ts";
import type { Position } from "../../src/model/position.ts";
import type { Story } from "../../src/model/story.ts";
import { BUNDLED_STORIES, loadStoryFiles, storyFilesIn } from "../../src/store/story-files.ts";

/** Loads a story file from test/fixtures, failing loudly if it is invalid. */
export function fixtureStory(name: string): Story {
  const loaded = loadStory(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"), name);
  if (!loaded.ok) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(loaded.problems)}`);
  return loaded.story;
}

export const lighthouse = () => fixtureStory("lighthouse.yaml");

export const at = (story: Story, text: string): Position => story.scale.parse(text);

let bundled: Story[] | undefined;

/** The bundled works in stories/, loaded once per test process. */
export function bundledStories(): Story[] {
  if (!bundled) {
    const loaded = loadStoryFiles(storyFilesIn(BUNDLED_STORIES));
    if (!loaded.ok) throw new Error(`bundled stories are invalid: ${JSON.stringify(loaded.problems.slice(0, 5))}`);
    bundled = loaded.stories;
  }
  return bundled;
}
