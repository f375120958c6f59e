import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseDocument } from "yaml";
import { formatProblem } from "../model/load.ts";
import { isStoreError, type Store } from "./store.ts";
import { BUNDLED_STORIES, storyFilesIn } from "./story-files.ts";
import { importStoryFile } from "./work-importer.ts";

export interface SeedReport {
  /** Works imported for the first time. */
  readonly added: readonly string[];
  /** Works whose bundled file changed since the version the database has from it. */
  readonly updated: readonly string[];
  /** Works left as they are: an editor's version is current, or an editor deleted the work. */
  readonly kept: readonly string[];
  /** Bundled files that failed to load (reported, not imported). */
  readonly broken: readonly string[];
}

const ORIGIN = "bundled:";

/**
 * Brings the bundled works into the database. Policy (docs/deploy.md):
 * - a work the database has never had is imported;
 * - a work whose current version came from its bundled file gets a new version when the file
 *   changed (a release with corrected data upgrades it);
 * - a work an editor imported or deleted is left alone: the editors' changes win.
 * Safe when several nodes seed at once: each write expects the head it saw, and losers skip.
 */
export async function seedBundled(store: Store, dir = BUNDLED_STORIES, log: (message: string) => void = () => {}): Promise<SeedReport> {
  const heads = new Map((await store.workHeads({ includeDeleted: true })).map((h) => [h.id, h]));
  const report = { added: [] as string[], updated: [] as string[], kept: [] as string[], broken: [] as string[] };
  for (const path of storyFilesIn(dir)) {
    const source = readFileSync(path, "utf8");
    const origin = `${ORIGIN}${basename(path)}`;
    const mediaType = path.endsWith(".json") ? "application/json" : "application/yaml";
    const id = parseDocument(source).getIn(["work", "id"]);
    const head = typeof id === "string" ? heads.get(id) : undefined;
    let expect: { kind: "absent" } | { kind: "version"; version: number } = { kind: "absent" };
    if (head) {
      const current = head.deleted ? undefined : await store.workVersion(head.id);
      const fromBundle = current?.origin.startsWith(ORIGIN) ?? false;
      if (!current || !fromBundle) {
        report.kept.push(head.id);
        continue;
      }
      if (current.sha256 === createHash("sha256").update(source).digest("hex")) continue;
      expect = { kind: "version", version: head.version };
    }
    try {
      const result = await importStoryFile(store, { source, mediaType, origin, expect, file: basename(path) });
      if (!result.ok) {
        report.broken.push(basename(path));
        log(`bundled file ${basename(path)} is invalid, not imported:\n${result.problems.map(formatProblem).join("\n")}`);
        continue;
      }
      (head ? report.updated : report.added).push(result.story.work.id);
    } catch (e) {
      if (!isStoreError(e)) throw e; // another node seeded it first
    }
  }
  return report;
}
