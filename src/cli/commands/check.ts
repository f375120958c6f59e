import { fstatSync } from "node:fs";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import cliProgress from "cli-progress";
import { AfterimageError } from "../../model/errors.ts";
import { loadClassifier } from "../../spoilers/classifier/load.ts";
import { check, classify, MAX_TEXT, redact, REDACT_FORMATS, type CheckResult, type RedactFormat, type Sensitivity, type SentenceScorer } from "../../spoilers/index.ts";
import { findWork } from "../library.ts";
import { EXIT_INVALID, guarded, printJson, style } from "../output.ts";

interface CheckOptions {
  work?: string;
  at?: string;
  jsonl?: boolean;
  strict?: boolean;
  json?: boolean;
  redact?: string;
  sensitivity?: string;
  classifier?: boolean;
}

/** Lines after which a batch shows a progress bar (on stderr, and only on a terminal). */
const PROGRESS_AFTER = 2000;

/**
 * `afterimage check`: which spans of a text reveal something past the reader's position.
 * One text (argument or stdin) for people, or `--jsonl` batches for programs:
 *   in  {"id": "...", "text": "..."} per line
 *   out {"id", "spoiler", "score", "reveals": [{"fact", "at"}], "spans": [{"start", "end", "facts", "by"}]} per line, same order
 * Offsets are UTF-16 code units (JavaScript string indices). A bad line gets {"id", "error"} and
 * the batch goes on, unless --strict, which stops there with exit code 2.
 */
export function registerCheck(program: Command): void {
  program
    .command("check [text]")
    .description("find the spans of a text that spoil what the reader has not reached yet")
    .option("--work <id>", "the work the text is about")
    .option("--at <position>", "how far the reader is (e.g. S07E03, 47m, ch2@50%)")
    .option("--jsonl", 'batch: read {"id","text"} lines from stdin, write one result line each')
    .option("--strict", "with --jsonl: stop at the first malformed line (exit 2)")
    .option("--redact <format>", `print the text with spoilers hidden: ${REDACT_FORMATS.join(", ")}`)
    .option("--sensitivity <level>", "high (every later fact) or low (let minor facts through)", "high")
    .option("--json", "machine-readable output for one text")
    .option("--no-classifier", "with --work: the story model alone, without the generic classifier's vote")
    .action((text: string | undefined, o: CheckOptions) =>
      guarded(async () => {
        const checker = checkerFor(o);
        if (o.jsonl) {
          if (text !== undefined) throw new AfterimageError("invalid-input", "--jsonl reads its texts from stdin; give no text argument");
          await batch(checker, o.strict === true);
          return;
        }
        const input = text ?? (process.stdin.isTTY ? undefined : await readStdin());
        if (input === undefined) throw new AfterimageError("invalid-input", "give the text to check as an argument, on stdin, or use --jsonl");
        const result = checker(input);
        if (o.redact !== undefined) {
          process.stdout.write(`${redact(input, result, { format: o.redact as RedactFormat })}\n`);
          return;
        }
        if (o.json) return printJson(result);
        printHuman(input, result);
      }),
    );
}

type Checker = (text: string) => CheckResult;

function checkerFor(o: CheckOptions): Checker {
  if (o.redact !== undefined && !REDACT_FORMATS.includes(o.redact as RedactFormat)) {
    throw new AfterimageError("invalid-input", `unknown redaction format \`${o.redact}\`; expected one of ${REDACT_FORMATS.join(", ")}`);
  }
  const sensitivity = o.sensitivity ?? "high";
  if (sensitivity !== "high" && sensitivity !== "low") {
    throw new AfterimageError("invalid-input", `--sensitivity must be \`high\` or \`low\`, not \`${sensitivity}\``);
  }
  if (o.work === undefined) {
    // No story model: the generic classifier alone scores each sentence (no facts, no positions).
    if (o.at !== undefined) throw new AfterimageError("invalid-input", "--at needs --work: positions belong to a work");
    if (o.classifier === false) throw new AfterimageError("invalid-input", "without --work the classifier is all there is; drop --no-classifier or name a work");
    const classifier = classifierOrFail();
    return (text) => classify(text, classifier);
  }
  const story = findWork(o.work);
  if (o.at === undefined) throw new AfterimageError("invalid-input", `--at is required: how far the reader is (${story.scale.syntax})`);
  const at = story.scale.parse(o.at);
  const classifier = o.classifier === false ? undefined : classifierOrFail();
  return (text) => check(text, { work: story, at, sensitivity: sensitivity as Sensitivity, ...(classifier ? { classifier } : {}) });
}

function classifierOrFail(): SentenceScorer {
  try {
    return loadClassifier();
  } catch (e) {
    throw new Error(`the spoiler classifier model could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** One output line for one input line; `error` set for a malformed line. */
export function checkLine(line: string, lineNumber: number, checker: Checker): { output: string; error?: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return failure(null, `line ${lineNumber}: not valid JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return failure(null, `line ${lineNumber}: expected an object {"id": ..., "text": "..."}`);
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === "string" || typeof record.id === "number" ? record.id : null;
  if (typeof record.text !== "string") return failure(id, `line ${lineNumber}: "text" must be a string`);
  if (record.text.length > MAX_TEXT) {
    return failure(id, `line ${lineNumber}: the text is ${record.text.length} characters long; at most ${MAX_TEXT} can be checked at once`);
  }
  const result = checker(record.text);
  return {
    output: JSON.stringify({
      id,
      spoiler: result.spoiler,
      score: result.score,
      reveals: result.reveals,
      spans: result.spans.map((s) => ({ start: s.start, end: s.end, facts: s.facts, by: s.by })),
    }),
  };
}

function failure(id: string | number | null, error: string): { output: string; error: string } {
  return { output: JSON.stringify({ id, error }), error };
}

async function batch(checker: Checker, strict: boolean): Promise<void> {
  const size = stdinSize();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out = new BufferedWriter();
  let bar: cliProgress.SingleBar | undefined;
  let lineNumber = 0;
  let bytes = 0;
  try {
    for await (const raw of lines) {
      lineNumber++;
      bytes += Buffer.byteLength(raw) + 1;
      if (lineNumber === PROGRESS_AFTER) bar = startBar(size, bytes, lineNumber);
      else if (bar && lineNumber % 250 === 0) bar.update(size ? bytes : lineNumber, { lines: lineNumber });
      const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, "") : raw;
      if (line.trim() === "") continue;
      const { output, error } = checkLine(line, lineNumber, checker);
      if (error !== undefined) {
        process.stderr.write(`afterimage: ${error}\n`);
        if (strict) {
          await out.flush();
          bar?.stop();
          process.exitCode = EXIT_INVALID;
          lines.close();
          return;
        }
      }
      await out.write(`${output}\n`);
    }
  } finally {
    await out.flush();
    bar?.stop();
  }
}

function startBar(size: number | undefined, bytes: number, lines: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: size ? "checking [{bar}] {percentage}% | {lines} lines | ETA {eta_formatted}" : "checking {lines} lines",
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(size ?? 0, size ? bytes : lines, { lines });
  return bar;
}

/** The size of stdin when it is a file (so progress can be shown as a share), else undefined. */
function stdinSize(): number | undefined {
  try {
    const stat = fstatSync(0);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/** Collects output and writes it in large chunks, waiting when stdout is full. */
class BufferedWriter {
  private chunks: string[] = [];
  private length = 0;

  async write(s: string): Promise<void> {
    this.chunks.push(s);
    this.length += s.length;
    if (this.length >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.chunks.length === 0) return;
    const data = this.chunks.join("");
    this.chunks = [];
    this.length = 0;
    if (!process.stdout.write(data)) await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

/** The text with flagged spans highlighted, and where each reveal comes (never what it is). */
function printHuman(text: string, result: CheckResult): void {
  if (!result.spoiler) {
    process.stdout.write(`${text}\n${style.dim("No spoilers found for this position.")}\n`);
    return;
  }
  let out = "";
  let cursor = 0;
  for (const s of result.spans) {
    out += text.slice(cursor, s.start) + style.mark(text.slice(s.start, s.end));
    cursor = s.end;
  }
  process.stdout.write(`${out}${text.slice(cursor)}\n\n`);
  const atOf = new Map(result.reveals.map((r) => [r.fact, r.at]));
  process.stdout.write(style.bold(`Spoiler (score ${result.score.toFixed(2)}): ${result.spans.length} passage${result.spans.length === 1 ? "" : "s"}\n`));
  for (const s of result.spans) {
    const at = [...new Set(s.facts.map((f) => atOf.get(f)).filter((a) => a !== undefined))];
    const excerpt = text.slice(s.start, s.end).replace(/\s+/g, " ");
    const short = excerpt.length > 60 ? `${excerpt.slice(0, 57)}…` : excerpt;
    const what = at.length > 0 ? `reveals something from ${at.join(", ")}` : "reads like a spoiler (generic classifier)";
    process.stdout.write(`  ${style.dim(`${s.start}–${s.end}`)} “${short}” ${what}\n`);
  }
  process.stdout.write(style.dim("  (--json lists the fact ids; --redact FORMAT hides the passages)\n"));
}
