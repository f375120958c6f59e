import type { Store, StoreHooks } from "./store.ts";

export interface OpenOptions {
  readonly poolSize?: number;
  readonly hooks?: StoreHooks;
  /** Called with errors that happen outside any request (an idle PostgreSQL connection dropping). */
  readonly onBackgroundError?: (e: Error) => void;
}

/**
 * Opens the store a database URL names: `sqlite:PATH` (`sqlite::memory:` for a throwaway one)
 * or `postgres://…`. Only the chosen driver is loaded. Does not migrate: call store.migrate().
 */
export async function openStore(url: string, options: OpenOptions = {}): Promise<Store> {
  const { SqlStore } = await import("./sql/sql-store.ts");
  if (url.startsWith("sqlite:")) {
    const { openSqlite } = await import("./sqlite.ts");
    const path = url.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    if (path === "") throw new Error("sqlite: needs a path, e.g. sqlite:./data/afterimage.db");
    return new SqlStore(openSqlite(path), "sqlite", options.hooks);
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { openPostgres } = await import("./postgres.ts");
    const db = await openPostgres(url, { ...(options.poolSize ? { poolSize: options.poolSize } : {}), ...(options.onBackgroundError ? { onError: options.onBackgroundError } : {}) });
    return new SqlStore(db, "postgres", options.hooks);
  }
  throw new Error(`unsupported database URL \`${redactUrl(url)}\`: use sqlite:PATH or postgres://…`);
}

/** The URL without its password, for logs and errors. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}
