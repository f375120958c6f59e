import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore, type OpenOptions } from "../../../src/store/open.ts";
import type { Store } from "../../../src/store/store.ts";

/**
 * The databases every store test runs on. PostgreSQL is not optional: CI starts it
 * (.ci/run) and a suite that cannot reach it fails rather than skips.
 */
export const DIALECTS = ["sqlite", "postgres"] as const;
export type Dialect = (typeof DIALECTS)[number];

export const POSTGRES_URL = process.env.AFTERIMAGE_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestDatabase {
  readonly dialect: Dialect;
  /** A URL for openStore and for child processes (AFTERIMAGE_DATABASE_URL). */
  readonly url: string;
  /** Removes the file or drops the schema. */
  drop(): Promise<void>;
}

let sweptStale: Promise<void> | undefined;

/** Drops test schemas left by runs that died before their cleanup (their process is gone). */
async function sweepStaleSchemas(): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>("select nspname from pg_namespace where nspname like 'afterimage\\_test\\_%'");
    for (const { nspname } of rows) {
      const pid = Number(/^afterimage_test_(\d+)_/.exec(nspname)?.[1]);
      if (!Number.isInteger(pid) || alive(pid)) continue;
      await client.query(`drop schema if exists "${nspname}" cascade`);
    }
  } finally {
    await client.end();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A fresh, empty database: a new SQLite file, or a new PostgreSQL schema `afterimage_test_<pid>_<random>`. */
export async function freshDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === "postgres") await (sweptStale ??= sweepStaleSchemas());
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "afterimage-test-"));
    return { dialect, url: `sqlite:${join(dir, "afterimage.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `afterimage_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  return {
    dialect,
    url: `${POSTGRES_URL}${POSTGRES_URL.includes("?") ? "&" : "?"}schema=${schema}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A fresh database with a migrated store on it; `done()` closes the store and drops the database. */
export async function freshStore(dialect: Dialect, options: OpenOptions = {}): Promise<{ store: Store; db: TestDatabase; done(): Promise<void> }> {
  const db = await freshDatabase(dialect);
  const store = await openStore(db.url, options);
  await store.migrate();
  return {
    store,
    db,
    async done() {
      await store.close();
      await db.drop();
    },
  };
}
