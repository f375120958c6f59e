import { AfterimageError } from "../model/errors.ts";
import type { Position } from "../model/position.ts";
import type { Story } from "../model/story.ts";
import { BUNDLED_STORIES, loadStoryFiles, storyFileNamed, storyFilesIn } from "../store/story-files.ts";
import { formatProblem } from "../model/load.ts";

let cache: Story[] | undefined;

/** The bundled works, loaded once per process; a broken bundled file is an invalid-story error. */
export function bundledStories(): Story[] {
  if (!cache) {
    const loaded = loadStoryFiles(storyFilesIn(BUNDLED_STORIES));
    if (!loaded.ok) {
      throw new AfterimageError("invalid-story", loaded.problems.map(formatProblem).join("\n"));
    }
    cache = loaded.stories;
  }
  return cache;
}

/**
 * A bundled work by id. Story files are named for their work, so only that file is read when it
 * exists (a CLI call should not parse every bundled work); otherwise every file is searched.
 */
export function findWork(id: string): Story {
  const named = /^[a-z0-9][a-z0-9-]*$/.test(id) ? storyFileNamed(id) : undefined;
  if (named) {
    const loaded = loadStoryFiles([named]);
    if (!loaded.ok) throw new AfterimageError("invalid-story", loaded.problems.map(formatProblem).join("\n"));
    if (loaded.stories[0]?.work.id === id) return loaded.stories[0];
  }
  const stories = bundledStories();
  const story = stories.find((s) => s.work.id === id);
  if (!story) {
    throw new AfterimageError("unknown-work", `no work \`${id}\`; available: ${stories.map((s) => s.work.id).join(", ")}`, { work: id });
  }
  return story;
}

export function positionIn(story: Story, at: string | undefined): Position {
  return at === undefined ? story.scale.start : story.scale.parse(at);
}
