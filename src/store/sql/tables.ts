/**
 * The tables as Kysely sees them. Timestamps are ISO 8601 UTC text on both databases so one
 * query path serves both; versions are integers counted per work.
 */
export interface Database {
  afterimage_migrations: { id: number; name: string; applied_at: string };
  works: {
    id: string;
    /** null once deleted. */
    current_version: number | null;
    /** The highest version ever stored, so numbers are never reused after a delete. */
    latest_version: number;
    created_at: string;
    updated_at: string;
  };
  work_versions: {
    work_id: string;
    version: number;
    source: string;
    media_type: string;
    sha256: string;
    bytes: number;
    origin: string;
    created_at: string;
  };
  readers: { id: string; created_at: string };
  reader_progress: { reader_id: string; work_id: string; position: string; updated_at: string };
  api_keys: {
    id: string;
    name: string;
    scope: string;
    secret_hash: string;
    reader_id: string | null;
    created_at: string;
    revoked_at: string | null;
    last_used_at: string | null;
  };
}
