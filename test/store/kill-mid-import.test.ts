/**
 * Imports are atomic: a process killed with SIGKILL in the middle of one (the new version's
 * row written, the head not yet moved, the transaction open) leaves the previous version
 * current and readable and no trace of the partial import, on both databases.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import { openStore } from "../../src/store/open.ts";
import type { SqlStore } from "../../src/store/sql/sql-store.ts";
import type { Store } from "../../src/store/store.ts";
import { importStoryFile } from "../../src/store/work-importer.ts";
import { DIALECTS, freshDatabase, type TestDatabase } from "./support/databases.ts";
import { exited, spawnTs, waitForLine } from "./support/processes.ts";
import { LIGHTHOUSE, LIGHTHOUSE_ID, lighthouseAs, lighthouseWith } from "./support/stories.ts";

const CHILD = "test/store/fixtures/import-and-hang.ts";

async function killMidImport(url: string, source: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "afterimage-kill-"));
  try {
    const file = join(dir, "story.yaml");
    writeFileSync(file, source);
    const child = spawnTs(CHILD, [url, file]);
    await waitForLine(child, (line) => line === "paused");
    child.kill("SIGKILL");
    assert.equal(await exited(child), "SIGKILL");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const dialect of DIALECTS) {
  describe(`kill -9 mid-import on ${dialect}`, () => {
    let db: TestDatabase;
    let store: Store;
    before(async () => {
      db = await freshDatabase(dialect);
      store = await openStore(db.url);
      await store.migrate();
      const first = await importStoryFile(store, { source: LIGHTHOUSE, mediaType: "application/yaml", origin: "test" });
      assert.ok(first.ok);
    });
    after(async () => {
      await store.close();
      await db.drop();
    });

    it("leaves the previous version current and intact", async () => {
      await killMidImport(db.url, lighthouseWith("A second version that never lands."));
      const head = (await store.workHeads()).find((h) => h.id === LIGHTHOUSE_ID);
      assert.equal(head?.version, 1);
      assert.equal((await store.workVersion(LIGHTHOUSE_ID))?.source, LIGHTHOUSE);
      assert.deepEqual((await store.workVersions(LIGHTHOUSE_ID)).map((v) => v.version), [1]);
      assert.equal(await store.workVersion(LIGHTHOUSE_ID, 2), undefined);
      const raw = (store as SqlStore).db;
      const rows = await raw.selectFrom("work_versions").select("version").where("work_id", "=", LIGHTHOUSE_ID).execute();
      assert.deepEqual(rows.map((r) => r.version), [1], "no partial version row");
    });

    it("leaves no partial work when the import was a new work's first", async () => {
      await killMidImport(db.url, lighthouseAs("never-landed"));
      assert.deepEqual((await store.workHeads({ includeDeleted: true })).map((h) => h.id), [LIGHTHOUSE_ID]);
      const raw = (store as SqlStore).db;
      assert.equal((await raw.selectFrom("works").select("id").where("id", "=", "never-landed").execute()).length, 0);
      assert.equal((await raw.selectFrom("work_versions").select("work_id").where("work_id", "=", "never-landed").execute()).length, 0);
    });

    it("leaves the database writable and consistent: the next import is version 2", async () => {
      if (dialect === "sqlite") {
        const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute((store as SqlStore).db);
        assert.deepEqual(check.rows, [{ integrity_check: "ok" }]);
      }
      const next = await importStoryFile(store, { source: lighthouseWith("The real second version."), mediaType: "application/yaml", origin: "test" });
      assert.ok(next.ok);
      assert.equal(next.version.version, 2);
      assert.equal((await store.workVersion(LIGHTHOUSE_ID, 1))?.source, LIGHTHOUSE);
    });
  });
}
