/** `afterimage keys create|list|revoke` against the database AFTERIMAGE_DATABASE_URL names. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { verifyApiKey } from "../../src/store/api-keys.ts";
import { openStore } from "../../src/store/open.ts";
import { ROOT } from "../store/support/processes.ts";

describe("afterimage keys", () => {
  let dir: string;
  let url: string;
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ["bin/afterimage.js", "keys", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, AFTERIMAGE_DATABASE_URL: url } });
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "afterimage-keys-"));
    url = `sqlite:${join(dir, "afterimage.db")}`;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("creates a key, prints it once, stores only its hash, and revokes it", async () => {
    const created = cli("create", "--scope", "editor", "--name", "ci");
    assert.equal(created.status, 0, created.stderr);
    const token = created.stdout.trim();
    assert.match(token, /^aik_[a-z0-9]{12}_\S{43}$/);
    assert.match(created.stderr, /only time it is shown/);
    const id = token.slice(4, 16);

    const listed = cli("list", "--json");
    const keys = JSON.parse(listed.stdout) as Record<string, unknown>[];
    assert.deepEqual(keys.map((k) => [k.id, k.scope, k.name]), [[id, "editor", "ci"]]);
    assert.ok(!listed.stdout.includes(token.slice(17)) && !listed.stdout.includes("scrypt"), "no secret, no hash");

    const store = await openStore(url);
    try {
      assert.equal((await verifyApiKey(store, token)).ok, true);
      assert.equal(cli("revoke", id).status, 0);
      assert.deepEqual(await verifyApiKey(store, token), { ok: false, reason: "revoked" });
    } finally {
      await store.close();
    }
  });

  it("creates reader keys with their reader profile", () => {
    const created = cli("create", "--scope", "reader", "--json");
    assert.equal(created.status, 0, created.stderr);
    assert.equal(JSON.parse(created.stdout).scope, "reader");
  });

  it("refuses a missing or unknown scope, and an unknown key id, with exit code 2", () => {
    assert.equal(cli("create").status, 2);
    assert.equal(cli("create", "--scope", "admin").status, 2);
    assert.equal(cli("revoke", "nosuchkey000").status, 2);
  });
});
