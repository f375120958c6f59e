import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "./sql/tables.ts";

export interface PostgresOptions {
  readonly poolSize?: number;
  readonly onError?: (e: Error) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens a pool on a postgres:// URL. A `schema` query parameter (not a libpq one) puts every
 * table in that schema, created when missing: how tests get a fresh schema per run, and how
 * several deployments can share one database.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Kysely<Database>> {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema");
  parsed.searchParams.delete("schema");
  if (schema !== null && !SCHEMA_NAME.test(schema)) throw new Error(`schema \`${schema}\` must be a lower-case SQL identifier`);
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: options.poolSize ?? 10,
    // A node that dies mid-transaction must not hold row locks for long.
    options: ["-c idle_in_transaction_session_timeout=30000", ...(schema ? [`-c search_path=${schema}`] : [])].join(" "),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on("error", (e) => options.onError?.(e));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  if (schema) {
    try {
      await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    } catch (e) {
      // Two nodes creating the schema at once: one wins, the other sees a duplicate; both go on.
      if ((e as { code?: string }).code !== "23505" && (e as { code?: string }).code !== "42P06") {
        await db.destroy();
        throw e;
      }
    }
  }
  return db;
}
