import type { Command } from "commander";
import { ask, character, known, nextReveal, reality, timeline } from "../../engine/index.ts";
import { AfterimageError } from "../../model/errors.ts";
import { bundledStories, findWork, positionIn } from "../library.ts";
import { guarded, printJson, style } from "../output.ts";

interface AtOptions {
  at?: string;
  json?: boolean;
}

const line = (s = "") => process.stdout.write(`${s}\n`);

/** The read-only commands over the bundled works: works, known, character, timeline, reality, ask, next. */
export function registerStoryCommands(program: Command): void {
  program
    .command("works")
    .description("list the bundled works (safe at position zero)")
    .option("--json", "machine-readable output")
    .action((o: AtOptions) =>
      guarded(() => {
        const works = bundledStories().map((s) => ({ id: s.work.id, title: s.work.title, kind: s.work.kind, year: s.work.year, logline: s.work.logline }));
        if (o.json) return printJson(works);
        for (const w of works) line(`${style.bold(w.id)}  ${w.title} (${w.kind}, ${w.year})\n  ${w.logline}`);
      }),
    );

  withAt(program.command("known <work>").description("what a reader at a position knows")).action((id: string, o: AtOptions) =>
    guarded(() => {
      const story = findWork(id);
      const result = known(story, positionIn(story, o.at));
      if (o.json) return printJson(result);
      line(style.bold(`${story.work.title}: what you know at ${result.at}`));
      for (const f of result.facts) {
        const note = f.believedUntil ? style.dim(`  (what you believed until ${f.believedUntil.at})`) : "";
        line(`  ${style.dim(f.at.padEnd(9))} ${f.statement}${note}`);
      }
      if (result.facts.length === 0) line("  Nothing yet.");
      const next = nextReveal(story, positionIn(story, o.at));
      if (next) line(style.dim(`  Next reveal at ${next.at}.`));
    }),
  );

  withAt(program.command("character <work> <entity>").description("a character card as the reader knows it")).action(
    (id: string, ref: string, o: AtOptions) =>
      guarded(() => {
        const story = findWork(id);
        const card = character(story, ref, positionIn(story, o.at));
        if (o.json) return printJson(card);
        line(style.bold(card.name) + style.dim(`  (${card.type}, first seen ${card.firstSeen})`));
        const aliases = card.names.filter((n) => n.name !== card.name);
        if (aliases.length > 0) line(`  Also: ${aliases.map((n) => n.name).join(", ")}`);
        for (const f of card.facets) line(`  ${f.label}: ${f.text}`);
        for (const r of card.relations) line(`  ${r.label}: ${r.name}`);
        for (const f of card.facts) line(`  ${style.dim(f.at.padEnd(9))} ${f.statement}`);
      }),
  );

  withAt(program.command("timeline <work>").description("events shown so far, in shown or story order"))
    .option("--order <order>", "shown or story", "shown")
    .action((id: string, o: AtOptions & { order: string }) =>
      guarded(() => {
        if (o.order !== "shown" && o.order !== "story") {
          throw new AfterimageError("invalid-input", `--order must be \`shown\` or \`story\`, not \`${o.order}\``);
        }
        const story = findWork(id);
        const result = timeline(story, positionIn(story, o.at), o.order);
        if (o.json) return printJson(result);
        line(style.bold(`${story.work.title}: events in ${o.order} order at ${result.at}`));
        for (const e of result.events) {
          const where = o.order === "story" ? `${String(e.storyRank).padStart(3)}.` : e.shown[0]!.padEnd(9);
          line(`  ${style.dim(where)} ${e.summary}${e.when ? style.dim(` — ${e.when}`) : ""}`);
        }
        if (result.unplaced.length > 0) {
          line(style.dim("  Not yet placed in the story's chronology:"));
          for (const e of result.unplaced) line(`  ${style.dim(e.shown[0]!.padEnd(9))} ${e.summary}`);
        }
      }),
    );

  withAt(program.command("reality <work>").description("the readings of the story and what is real under each")).action(
    (id: string, o: AtOptions) =>
      guarded(() => {
        const story = findWork(id);
        const result = reality(story, positionIn(story, o.at));
        if (o.json) return printJson(result);
        if (result.readings.length === 0) line(`No readings of ${story.work.title} yet at ${result.at}: they come with the ending.`);
        for (const r of result.readings) {
          line(style.bold(r.name) + style.dim(`  (held by ${r.heldBy.join(", ")})`));
          line(`  ${r.summary}`);
          for (const e of r.events) line(`    ${e.status.padEnd(10)} ${e.summary}`);
        }
      }),
  );

  withAt(program.command("ask <work> <question>").description("answers from what the reader knows")).action(
    (id: string, question: string, o: AtOptions) =>
      guarded(() => {
        const story = findWork(id);
        const result = ask(story, question, positionIn(story, o.at));
        if (o.json) return printJson(result);
        if (result.later) line(style.bold(`This is answered later, at ${result.later.at}.`));
        if (result.answers.length > 0) {
          line(result.later ? "What you know so far that relates:" : style.bold("From what you have seen:"));
          for (const a of result.answers) line(`  ${style.dim(a.at.padEnd(9))} ${a.statement}`);
        } else if (!result.later) line("Nothing you have seen so far answers that.");
      }),
  );

  withAt(program.command("next <work>").description("where the next reveal comes, without its content")).action(
    (id: string, o: AtOptions) =>
      guarded(() => {
        const story = findWork(id);
        const next = nextReveal(story, positionIn(story, o.at));
        if (o.json) return printJson(next ?? null);
        line(next ? `The next reveal is at ${next.at}.` : "Nothing more is revealed after this point.");
      }),
  );
}

function withAt(command: Command): Command {
  return command.option("--at <position>", "how far you are (e.g. 47m, S07E03, ch2@50%); default: start").option("--json", "machine-readable output");
}
