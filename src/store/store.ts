/**
 * The store port in the core's terms: works and their versions, readers with their progress
 * per work, and API keys. Story files are stored whole, as submitted; every import makes a new
 * version and moves the work's head in one transaction, so a reader sees either the previous
 * version or the new one, never part of one. Adapters: sql-store.ts over SQLite or PostgreSQL.
 */
export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** Applies pending migrations (idempotent; safe when several nodes start at once). */
  migrate(): Promise<MigrationReport>;
  /** Resolves when the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;

  /** Current heads of the works that exist, by id; with includeDeleted, deleted ones too (marked). */
  workHeads(options?: { includeDeleted?: boolean }): Promise<WorkHead[]>;
  /** A version of a work (default: its current one); undefined for unknown or deleted works. */
  workVersion(id: string, version?: number): Promise<WorkVersion | undefined>;
  /** Every version of a work that exists, newest first (without their sources). */
  workVersions(id: string): Promise<WorkVersionInfo[]>;
  /** Stores a new version and makes it current, atomically; `expect` guards against lost updates. */
  importWork(input: ImportInput): Promise<ImportedVersion>;
  /** Deletes a work: it leaves every list and lookup; its versions stay for a later re-import. */
  deleteWork(id: string, expect?: Expectation): Promise<void>;

  createReader(): Promise<Reader>;
  progress(readerId: string): Promise<Progress[]>;
  setProgress(readerId: string, workId: string, position: string): Promise<Progress>;

  createKey(input: NewKey): Promise<ApiKey>;
  key(id: string): Promise<ApiKey | undefined>;
  keys(): Promise<ApiKey[]>;
  /** Marks a key revoked; false when there is no such key. */
  revokeKey(id: string): Promise<boolean>;
  touchKey(id: string): Promise<void>;
}

export interface MigrationReport {
  /** Names of the migrations this call applied (empty when the schema was current). */
  readonly applied: readonly string[];
  readonly version: number;
}

export interface WorkHead {
  readonly id: string;
  /** The current version; for a deleted work, the last one it had. */
  readonly version: number;
  readonly updatedAt: string;
  readonly deleted?: true;
}

export interface WorkVersionInfo {
  readonly id: string;
  readonly version: number;
  readonly mediaType: string;
  readonly sha256: string;
  readonly bytes: number;
  /** Who made it: `bundled:<file>`, `key:<key id>` or `cli`. */
  readonly origin: string;
  readonly createdAt: string;
}

export interface ImportedVersion extends WorkVersionInfo {
  /** The version that was current before this import; null when the work did not exist (or was deleted). */
  readonly previous: number | null;
}

export interface WorkVersion extends WorkVersionInfo {
  readonly source: string;
}

/** What the caller believes the work's head is; a mismatch rejects the write with a StoreError. */
export type Expectation =
  | { readonly kind: "any" }
  | { readonly kind: "absent" }
  | { readonly kind: "version"; readonly version: number };

export interface ImportInput {
  readonly id: string;
  readonly source: string;
  readonly mediaType: string;
  readonly origin: string;
  readonly expect?: Expectation;
}

export interface Reader {
  readonly id: string;
  readonly createdAt: string;
}

export interface Progress {
  readonly workId: string;
  /** The position as the reader gave it, in the work's syntax. */
  readonly position: string;
  readonly updatedAt: string;
}

export type Scope = "editor" | "reader";

export interface NewKey {
  readonly id: string;
  readonly name: string;
  readonly scope: Scope;
  /** scrypt hash of the key's secret (see api-keys.ts); the secret itself is never stored. */
  readonly secretHash: string;
  readonly readerId?: string;
}

export interface ApiKey {
  readonly id: string;
  readonly name: string;
  readonly scope: Scope;
  readonly secretHash: string;
  readonly readerId?: string;
  readonly createdAt: string;
  readonly revokedAt?: string;
  readonly lastUsedAt?: string;
}

export type StoreErrorCode = "work-exists" | "version-mismatch" | "unknown-work";

/** A write refused because the database is not in the state the caller expected. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly current?: number,
  ) {
    super(message);
    this.name = "StoreError";
  }
}

export function isStoreError(e: unknown): e is StoreError {
  return e instanceof StoreError;
}

/** Test seams: lets a test stop a write between its statements (e.g. to kill the process there). */
export interface StoreHooks {
  beforeCommit?(operation: "import" | "delete", workId: string): Promise<void>;
}
