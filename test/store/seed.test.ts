/** Seeding the bundled works (policy in src/store/seed.ts and docs/deploy.md), on both databases. */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { seedBundled } from "../../src/store/seed.ts";
import type { Store } from "../../src/store/store.ts";
import { DIALECTS, freshStore } from "./support/databases.ts";
import { LIGHTHOUSE, LIGHTHOUSE_ID as ID, lighthouseAs, lighthouseWith } from "./support/stories.ts";

for (const dialect of DIALECTS) {
  describe(`seeding bundled works on ${dialect}`, () => {
    let store: Store;
    let done: () => Promise<void>;
    let dir: string;
    before(async () => {
      ({ store, done } = await freshStore(dialect));
      dir = mkdtempSync(join(tmpdir(), "afterimage-seed-"));
    });
    after(async () => {
      await done();
      rmSync(dir, { recursive: true, force: true });
    });

    it("imports every bundled work into an empty database", async () => {
      writeFileSync(join(dir, "lighthouse.yaml"), LIGHTHOUSE);
      writeFileSync(join(dir, "other.yaml"), lighthouseAs("other-film"));
      const report = await seedBundled(store, dir);
      assert.deepEqual([...report.added].sort(), ["other-film", ID]);
      assert.equal((await store.workVersion(ID))?.origin, "bundled:lighthouse.yaml");
    });

    it("does nothing when the files have not changed", async () => {
      const report = await seedBundled(store, dir);
      assert.deepEqual(report, { added: [], updated: [], kept: [], broken: [] });
    });

    it("imports a changed bundled file as a new version", async () => {
      writeFileSync(join(dir, "lighthouse.yaml"), lighthouseWith("Corrected in a new release."));
      const report = await seedBundled(store, dir);
      assert.deepEqual(report.updated, [ID]);
      assert.equal((await store.workVersions(ID)).length, 2);
    });

    it("adds a work a new release bundles", async () => {
      writeFileSync(join(dir, "third.yaml"), lighthouseAs("third-film"));
      assert.deepEqual((await seedBundled(store, dir)).added, ["third-film"]);
    });

    it("leaves works an editor changed or deleted alone", async () => {
      await store.importWork({ id: "other-film", source: lighthouseAs("other-film").replace("A keeper", "An edited keeper"), mediaType: "application/yaml", origin: "key:someone" });
      await store.deleteWork("third-film");
      writeFileSync(join(dir, "other.yaml"), lighthouseAs("other-film").replace("A keeper", "A bundled keeper"));
      const report = await seedBundled(store, dir);
      assert.deepEqual([...report.kept].sort(), ["other-film", "third-film"]);
      assert.match((await store.workVersion("other-film"))!.source, /An edited keeper/);
      assert.equal(await store.workVersion("third-film"), undefined);
    });

    it("reports a broken bundled file and imports the rest", async () => {
      writeFileSync(join(dir, "broken.yaml"), "work:\n  id: broken\n");
      const messages: string[] = [];
      const report = await seedBundled(store, dir, (m) => messages.push(m));
      assert.deepEqual(report.broken, ["broken.yaml"]);
      assert.match(messages[0]!, /broken\.yaml/);
    });
  });
}
