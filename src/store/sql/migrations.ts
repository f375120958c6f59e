import type { Kysely } from "kysely";
import type { Database } from "./tables.ts";

export interface Migration {
  /** 1, 2, 3…: applied in order, each once. */
  readonly id: number;
  readonly name: string;
  up(db: Kysely<Database>): Promise<void>;
}

/**
 * The schema's history. Append only: never edit a migration that has shipped. Each uses
 * Kysely's portable schema builder, so one list serves SQLite and PostgreSQL.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: "works-readers-keys",
    async up(db) {
      await db.schema
        .createTable("works")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("current_version", "integer")
        .addColumn("latest_version", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("work_versions")
        .addColumn("work_id", "text", (c) => c.notNull().references("works.id").onDelete("cascade"))
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("media_type", "text", (c) => c.notNull())
        .addColumn("sha256", "text", (c) => c.notNull())
        .addColumn("bytes", "integer", (c) => c.notNull())
        .addColumn("origin", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("work_versions_pk", ["work_id", "version"])
        .execute();
      await db.schema
        .createTable("readers")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("reader_progress")
        .addColumn("reader_id", "text", (c) => c.notNull().references("readers.id").onDelete("cascade"))
        .addColumn("work_id", "text", (c) => c.notNull())
        .addColumn("position", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("reader_progress_pk", ["reader_id", "work_id"])
        .execute();
      await db.schema
        .createTable("api_keys")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("scope", "text", (c) => c.notNull())
        .addColumn("secret_hash", "text", (c) => c.notNull())
        .addColumn("reader_id", "text", (c) => c.references("readers.id").onDelete("cascade"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .addColumn("last_used_at", "text")
        .execute();
    },
  },
];
