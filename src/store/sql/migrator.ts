import { sql, type Kysely } from "kysely";
import type { MigrationReport } from "../store.ts";
import { MIGRATIONS, type Migration } from "./migrations.ts";
import type { Database } from "./tables.ts";

/** Any constant works; it only has to be the same on every node. */
const POSTGRES_LOCK = 0x61667465; // "afte"

/**
 * Applies the pending migrations in one transaction: all of them or none. On PostgreSQL an
 * advisory lock makes nodes that start together take turns; on SQLite the write transaction
 * (BEGIN IMMEDIATE, see sqlite.ts) does. Refuses a database migrated by a newer release.
 */
export async function migrate(
  db: Kysely<Database>,
  dialect: "sqlite" | "postgres",
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  return db.transaction().execute(async (tx) => {
    if (dialect === "postgres") await sql`select pg_advisory_xact_lock(${POSTGRES_LOCK})`.execute(tx);
    await tx.schema
      .createTable("afterimage_migrations")
      .ifNotExists()
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("applied_at", "text", (c) => c.notNull())
      .execute();
    const applied = await tx.selectFrom("afterimage_migrations").select(["id", "name"]).orderBy("id").execute();
    const known = new Set(migrations.map((m) => m.id));
    const foreign = applied.filter((a) => !known.has(a.id));
    if (foreign.length > 0) {
      throw new Error(`the database has migrations this release does not know (${foreign.map((m) => `${m.id} ${m.name}`).join(", ")}): run a newer release`);
    }
    const done = new Set(applied.map((a) => a.id));
    const pending = migrations.filter((m) => !done.has(m.id)).sort((a, b) => a.id - b.id);
    for (const m of pending) {
      await m.up(tx);
      await tx.insertInto("afterimage_migrations").values({ id: m.id, name: m.name, applied_at: new Date().toISOString() }).execute();
    }
    return { applied: pending.map((m) => m.name), version: Math.max(0, ...migrations.map((m) => m.id)) };
  });
}
