import { isAfterimageError } from "../model/errors.ts";

/** Exit codes: 0 fine, 1 the program failed, 2 the input was wrong (unknown work, bad position, invalid file). */
export const EXIT_INVALID = 2;
export const EXIT_FAILED = 1;

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Runs a command body, turning errors into one line on stderr and an exit code; never a stack trace. */
export async function guarded(body: () => void | Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    if (isAfterimageError(e)) {
      process.stderr.write(`afterimage: ${e.message}\n`);
      process.exitCode = EXIT_INVALID;
    } else {
      process.stderr.write(`afterimage: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      if (process.env.AFTERIMAGE_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : ""}\n`);
      process.exitCode = EXIT_FAILED;
    }
  }
}

/** Dim, bold and colour only when stdout is a terminal. */
const tty = process.stdout.isTTY && !process.env.NO_COLOR;
export const style = {
  bold: (s: string) => (tty ? `\x1b[1m${s}\x1b[22m` : s),
  dim: (s: string) => (tty ? `\x1b[2m${s}\x1b[22m` : s),
  mark: (s: string) => (tty ? `\x1b[7m${s}\x1b[27m` : s),
};
