/** Parses CSV text (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
    i++;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
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
