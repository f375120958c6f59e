import { createHash, randomUUID } from "node:crypto";
import { sql, type Kysely, type Selectable, type Transaction } from "kysely";
import {
  StoreError,
  type ApiKey,
  type Expectation,
  type ImportedVersion,
  type ImportInput,
  type MigrationReport,
  type NewKey,
  type Progress,
  type Reader,
  type Scope,
  type Store,
  type StoreHooks,
  type WorkHead,
  type WorkVersion,
  type WorkVersionInfo,
} from "../store.ts";
import { migrate } from "./migrator.ts";
import type { Database } from "./tables.ts";

const now = () => new Date().toISOString();

/** The Store over Kysely: the same queries on SQLite and PostgreSQL, row locks where PostgreSQL needs them. */
export class SqlStore implements Store {
  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: "sqlite" | "postgres",
    private readonly hooks: StoreHooks = {},
  ) {}

  migrate(): Promise<MigrationReport> {
    return migrate(this.db, this.dialect);
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  async workHeads(options: { includeDeleted?: boolean } = {}): Promise<WorkHead[]> {
    const rows = await this.db
      .selectFrom("works")
      .select(["id", "current_version", "latest_version", "updated_at"])
      .where("latest_version", ">", 0)
      .$if(!options.includeDeleted, (q) => q.where("current_version", "is not", null))
      .orderBy("id")
      .execute();
    return rows.map((r) =>
      r.current_version === null
        ? { id: r.id, version: r.latest_version, updatedAt: r.updated_at, deleted: true as const }
        : { id: r.id, version: r.current_version, updatedAt: r.updated_at },
    );
  }

  async workVersion(id: string, version?: number): Promise<WorkVersion | undefined> {
    const row = await this.db
      .selectFrom("work_versions as v")
      .innerJoin("works as w", "w.id", "v.work_id")
      .selectAll("v")
      .where("v.work_id", "=", id)
      .where("w.current_version", "is not", null)
      .$if(version === undefined, (q) => q.whereRef("v.version", "=", "w.current_version"))
      .$if(version !== undefined, (q) => q.where("v.version", "=", version!))
      .executeTakeFirst();
    return row && { ...versionInfo(row), source: row.source };
  }

  async workVersions(id: string): Promise<WorkVersionInfo[]> {
    const rows = await this.db
      .selectFrom("work_versions as v")
      .innerJoin("works as w", "w.id", "v.work_id")
      .select(["v.work_id", "v.version", "v.media_type", "v.sha256", "v.bytes", "v.origin", "v.created_at"])
      .where("v.work_id", "=", id)
      .where("w.current_version", "is not", null)
      .orderBy("v.version", "desc")
      .execute();
    return rows.map(versionInfo);
  }

  async importWork(input: ImportInput): Promise<ImportedVersion> {
    return this.db.transaction().execute(async (tx) => {
      const at = now();
      await tx
        .insertInto("works")
        .values({ id: input.id, current_version: null, latest_version: 0, created_at: at, updated_at: at })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
      const head = (await this.lockWork(tx, input.id))!;
      check(input.id, head.current_version, input.expect ?? { kind: "any" });
      const version = head.latest_version + 1;
      const row = {
        work_id: input.id,
        version,
        source: input.source,
        media_type: input.mediaType,
        sha256: createHash("sha256").update(input.source).digest("hex"),
        bytes: Buffer.byteLength(input.source),
        origin: input.origin,
        created_at: at,
      };
      await tx.insertInto("work_versions").values(row).execute();
      await this.hooks.beforeCommit?.("import", input.id);
      await tx.updateTable("works").set({ current_version: version, latest_version: version, updated_at: at }).where("id", "=", input.id).execute();
      return { ...versionInfo(row), previous: head.current_version };
    });
  }

  async deleteWork(id: string, expect: Expectation = { kind: "any" }): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const head = await this.lockWork(tx, id);
      if (!head || head.current_version === null) throw new StoreError("unknown-work", `no work \`${id}\``);
      check(id, head.current_version, expect);
      await this.hooks.beforeCommit?.("delete", id);
      await tx.updateTable("works").set({ current_version: null, updated_at: now() }).where("id", "=", id).execute();
    });
  }

  private async lockWork(tx: Transaction<Database>, id: string) {
    return tx
      .selectFrom("works")
      .select(["current_version", "latest_version"])
      .where("id", "=", id)
      .$if(this.dialect === "postgres", (q) => q.forUpdate())
      .executeTakeFirst();
  }

  async createReader(): Promise<Reader> {
    const reader = { id: `rdr_${randomUUID().replaceAll("-", "")}`, created_at: now() };
    await this.db.insertInto("readers").values(reader).execute();
    return { id: reader.id, createdAt: reader.created_at };
  }

  async progress(readerId: string): Promise<Progress[]> {
    const rows = await this.db.selectFrom("reader_progress").selectAll().where("reader_id", "=", readerId).orderBy("work_id").execute();
    return rows.map((r) => ({ workId: r.work_id, position: r.position, updatedAt: r.updated_at }));
  }

  async setProgress(readerId: string, workId: string, position: string): Promise<Progress> {
    const updatedAt = now();
    await this.db
      .insertInto("reader_progress")
      .values({ reader_id: readerId, work_id: workId, position, updated_at: updatedAt })
      .onConflict((oc) => oc.columns(["reader_id", "work_id"]).doUpdateSet({ position, updated_at: updatedAt }))
      .execute();
    return { workId, position, updatedAt };
  }

  async createKey(input: NewKey): Promise<ApiKey> {
    const row = {
      id: input.id,
      name: input.name,
      scope: input.scope,
      secret_hash: input.secretHash,
      reader_id: input.readerId ?? null,
      created_at: now(),
      revoked_at: null,
      last_used_at: null,
    };
    await this.db.insertInto("api_keys").values(row).execute();
    return apiKey(row);
  }

  async key(id: string): Promise<ApiKey | undefined> {
    const row = await this.db.selectFrom("api_keys").selectAll().where("id", "=", id).executeTakeFirst();
    return row && apiKey(row);
  }

  async keys(): Promise<ApiKey[]> {
    const rows = await this.db.selectFrom("api_keys").selectAll().orderBy("created_at").orderBy("id").execute();
    return rows.map(apiKey);
  }

  async revokeKey(id: string): Promise<boolean> {
    const result = await this.db.updateTable("api_keys").set({ revoked_at: now() }).where("id", "=", id).where("revoked_at", "is", null).executeTakeFirst();
    if (result.numUpdatedRows > 0n) return true;
    return (await this.key(id)) !== undefined;
  }

  async touchKey(id: string): Promise<void> {
    await this.db.updateTable("api_keys").set({ last_used_at: now() }).where("id", "=", id).execute();
  }
}

function check(id: string, current: number | null, expect: Expectation): void {
  if (expect.kind === "absent" && current !== null) {
    throw new StoreError("work-exists", `the work \`${id}\` already exists (version ${current})`, current);
  }
  if (expect.kind === "version" && current !== expect.version) {
    throw new StoreError(
      "version-mismatch",
      current === null ? `the work \`${id}\` does not exist` : `the work \`${id}\` is at version ${current}, not ${expect.version}`,
      current ?? undefined,
    );
  }
}

function versionInfo(r: Omit<Selectable<Database["work_versions"]>, "source">): WorkVersionInfo {
  return {
    id: r.work_id,
    version: r.version,
    mediaType: r.media_type,
    sha256: r.sha256,
    bytes: r.bytes,
    origin: r.origin,
    createdAt: r.created_at,
  };
}

function apiKey(r: Selectable<Database["api_keys"]>): ApiKey {
  return {
    id: r.id,
    name: r.name,
    scope: r.scope as Scope,
    secretHash: r.secret_hash,
    ...(r.reader_id !== null ? { readerId: r.reader_id } : {}),
    createdAt: r.created_at,
    ...(r.revoked_at !== null ? { revokedAt: r.revoked_at } : {}),
    ...(r.last_used_at !== null ? { lastUsedAt: r.last_used_at } : {}),
  };
}
