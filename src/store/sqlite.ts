import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Sqlite from "better-sqlite3";
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from "kysely";
import type { Database } from "./sql/tables.ts";

/**
 * Kysely's SQLite driver starts transactions with a plain BEGIN, which only takes the write
 * lock at the first write and can then fail with SQLITE_BUSY when another process wrote in
 * between. Every transaction here writes, so take the lock up front and let busy_timeout wait.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/**
 * Opens an SQLite file (created with its folder when missing) or `:memory:`, in WAL mode:
 * readers never wait for the writer, and a killed writer leaves only an uncommitted tail that
 * the next open discards. synchronous=NORMAL is durable across process crashes (not power loss).
 */
export function openSqlite(path: string): Kysely<Database> {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Sqlite(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: db }) });
}
