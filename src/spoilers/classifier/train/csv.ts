import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

/** Parses CSV text (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) into rows of fields. */
export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true, skip_empty_lines: true, record_delimiter: ["\r\n", "\n", "\r"] }) as string[][];
}

/** One labelled sentence of the TV Tropes spoiler data. `page` is for grouping in evaluation only. */
export interface LabelledSentence {
  readonly sentence: string;
  readonly spoiler: boolean;
  readonly page: string;
}

/** Reads the TV Tropes CSV (sentence, spoiler, verb, page, trope); verb and trope are dropped. */
export function parseSpoilerCsv(text: string): LabelledSentence[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) return [];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`CSV has no "${name}" column`);
    return i;
  };
  const s = col("sentence");
  const y = col("spoiler");
  const p = col("page");
  return rows
    .filter((r) => r.length > 1)
    .map((r) => ({ sentence: r[s] ?? "", spoiler: r[y] === "True", page: r[p] ?? "" }));
}

/**
 * Reads `<name>.balanced.csv` from the TV Tropes data folder for a script; a missing file ends
 * the script with exit code 2 and a line saying where the data is expected.
 */
export function readSpoilerSet(dataDir: string, name: string): LabelledSentence[] {
  const file = join(dataDir, `${name}.balanced.csv`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    console.error(`cannot read ${file}: the TV Tropes data lives in ../shared/data/tvtropes (or pass --data DIR)`);
    process.exit(2);
  }
  return parseSpoilerCsv(text);
}
