import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { PathProblem } from "../model/compile.ts";
import { loadStory, locateIn, type StoryProblem } from "../model/load.ts";
import type { Story } from "../model/story.ts";

/** The bundled works shipped in the repository's `stories/`. */
export const BUNDLED_STORIES = fileURLToPath(new URL("../../stories/", import.meta.url));

export type StoriesLoaded = { ok: true; stories: Story[] } | { ok: false; problems: StoryProblem[] };

/** Loads story files; all or nothing: any problem in any file means no story is returned. */
export function loadStoryFiles(paths: readonly string[]): StoriesLoaded {
  const stories: Story[] = [];
  const problems: StoryProblem[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (e) {
      problems.push({ file: display(path), line: 1, column: 1, path: "", message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      continue;
    }
    const loaded = loadStory(text, display(path));
    if (loaded.ok) stories.push(loaded.story);
    else problems.push(...loaded.problems);
  }
  const seen = new Set<string>();
  for (const s of stories) {
    if (seen.has(s.work.id)) problems.push({ file: s.work.id, line: 1, column: 1, path: "work.id", message: `two story files define the work \`${s.work.id}\`` });
    seen.add(s.work.id);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, stories };
}

/** Every `*.yaml`, `*.yml` and `*.json` story file in a directory, sorted by name. */
export function storyFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Remarks on a story file that loaded, each placed at its file:line:column. */
export function locateInFile(path: string, remarks: readonly PathProblem[]): StoryProblem[] {
  return remarks.length === 0 ? [] : locateIn(readFileSync(path, "utf8"), display(path), remarks);
}

/** The bundled story file named for a work id, if there is one. */
export function storyFileNamed(id: string, dir = BUNDLED_STORIES): string | undefined {
  return storyFilesIn(dir).find((path) => /[/\\]([^/\\]+)\.(ya?ml|json)$/.exec(path)?.[1] === id);
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}
