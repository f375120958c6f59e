import type { Command } from "commander";
import { explain, EXPLAIN_FORMATS, isExplainFormat, isRecapLength, RECAP_LENGTHS, render } from "../../explain/index.ts";
import { AfterimageError } from "../../model/errors.ts";
import { bundledStories, findWork, positionIn } from "../library.ts";
import { guarded } from "../output.ts";

interface ExplainOptions {
  at?: string;
  format: string;
  length: string;
}

/** `explain WORK --at POS`: "ending explained" at the end, a spoiler-safe recap before it. */
export function registerExplain(program: Command): void {
  program
    .command("explain <work>")
    .description("an 'ending explained' article at the end; a spoiler-safe recap (catch me up) before it")
    .option("--at <position>", "how far you are (e.g. 47m, S07E03, ch2@50%, end); default: start")
    .option("--format <format>", `output format: ${EXPLAIN_FORMATS.join(", ")}`, "md")
    .option("--length <length>", `recap length: ${RECAP_LENGTHS.join(", ")} (about 80, 200, 500 words)`, "medium")
    .action((id: string, o: ExplainOptions) =>
      guarded(() => {
        if (!isExplainFormat(o.format)) {
          throw new AfterimageError("invalid-input", `--format must be one of ${EXPLAIN_FORMATS.join(", ")}, not \`${o.format}\``);
        }
        if (!isRecapLength(o.length)) {
          throw new AfterimageError("invalid-input", `--length must be one of ${RECAP_LENGTHS.join(", ")}, not \`${o.length}\``);
        }
        const story = findWork(id);
        const article = explain(story, { at: positionIn(story, o.at), length: o.length, related: bundledStories() });
        process.stdout.write(render(article, o.format));
      }),
    );
}
