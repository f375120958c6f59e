import type { Command } from "commander";
import { formatProblem } from "../../model/load.ts";
import { laterNamesInFacts } from "../../spoilers/lint.ts";
import { BUNDLED_STORIES, loadStoryFiles, locateInFile, storyFilesIn } from "../../store/story-files.ts";
import { EXIT_INVALID, guarded, printJson } from "../output.ts";

export function registerValidate(program: Command): void {
  program
    .command("validate [files...]")
    .description("check story files; every problem as file:line:column; exit 2 when any is invalid (default: the bundled works)")
    .option("--json", "machine-readable output")
    .action((files: string[], o: { json?: boolean }) =>
      guarded(() => {
        const paths = files.length > 0 ? files : storyFilesIn(BUNDLED_STORIES);
        const loaded = loadStoryFiles(paths);
        if (!loaded.ok) {
          if (o.json) printJson(loaded);
          else for (const p of loaded.problems) process.stderr.write(`${formatProblem(p)}\n`);
          process.stderr.write(`${loaded.problems.length} problem${loaded.problems.length === 1 ? "" : "s"}; nothing loaded\n`);
          process.exitCode = EXIT_INVALID;
          return;
        }
        // Files load in the order given, so each story is its path's.
        const warnings = loaded.stories.flatMap((story, i) => locateInFile(paths[i]!, laterNamesInFacts(story)));
        if (o.json) {
          printJson({ ok: true, works: loaded.stories.map((s) => s.work.id), warnings });
          return;
        }
        for (const w of warnings) process.stderr.write(`${w.file}:${w.line}:${w.column}: warning: ${w.path}: ${w.message}\n`);
        for (const s of loaded.stories) process.stdout.write(`ok  ${s.work.id} (${s.facts.length} facts, ${s.entities.length} entities, ${s.events.length} events)\n`);
      }),
    );
}
