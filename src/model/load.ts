import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { compile, type FieldPath, type PathProblem } from "./compile.ts";
import { StoryFile } from "./schema.ts";
import type { Story } from "./story.ts";

/** A story file problem with where it is: file, 1-based line and column, and the field path. */
export interface StoryProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly message: string;
}

export type Loaded = { ok: true; story: Story } | { ok: false; problems: StoryProblem[] };

/**
 * Parses a story file's text (YAML, of which JSON is a subset). Pure: the caller reads the file.
 * Returns every problem found, or the compiled story; never a partial story.
 */
export function loadStory(text: string, file = "<story>"): Loaded {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lines.linePos(offset);

  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const { line, col } = at(e.pos[0]);
        return { file, line, column: col, path: "", message: `YAML: ${firstLine(e.message)}` };
      }),
    };
  }

  const locate = (path: FieldPath, key = false) => {
    const offset = offsetOf(doc, path, key);
    const { line, col } = at(offset);
    return { file, line, column: col, path: formatPath(path) };
  };

  const parsed = StoryFile.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
        if (issue.code === "unrecognized_keys") {
          return { ...locate([...path, issue.keys[0]!], true), message: `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `\`${k}\``).join(", ")}` };
        }
        return { ...locate(path), message: issue.message };
      }),
    };
  }

  const compiled = compile(parsed.data);
  if (!compiled.ok) {
    return { ok: false, problems: compiled.problems.map((p) => ({ ...locate(p.path), message: p.message })) };
  }
  return compiled;
}

/**
 * Remarks on a story file that loaded (by field path), each placed at the file, line and column
 * of the deepest node on its path that exists. The text is parsed only when there are any.
 */
export function locateIn(text: string, file: string, remarks: readonly PathProblem[]): StoryProblem[] {
  if (remarks.length === 0) return [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return remarks.map((r) => {
    const { line, col } = lines.linePos(offsetOf(doc, r.path, false));
    return { file, line, column: col, path: formatPath(r.path), message: r.message };
  });
}

export function formatProblem(p: StoryProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ""}${p.message}`;
}

/** The source offset of the deepest node on `path` that exists (the key itself when `key`). */
function offsetOf(doc: Document, path: FieldPath, key: boolean): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === segment);
      if (!pair) break;
      const target = (key && last ? pair.key : pair.value ?? pair.key) as Node | null;
      offset = target?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

function formatPath(path: FieldPath): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

function firstLine(message: string): string {
  return message.split("\n")[0]!;
}
