import { sha256Hex } from "../hashing/content-hash.js";
import type { StoreDatabase } from "./store-database.js";
import { StoreError } from "./store-error.js";
import { STORE_MIGRATIONS, type StoreMigration } from "./store-migrations.js";
import { quoteSchemaName } from "./store-schema-name.js";

/** What `migrateStore` did: the versions it applied now, and the schema's version after it. */
export interface MigrationReport {
  readonly applied: readonly number[];
  readonly version: number;
}

/** The checksum recorded with a migration: SHA-256 of its statements, whatever the schema is called. */
export function migrationChecksum(migration: StoreMigration): string {
  return `sha256:${sha256Hex(migration.statements.join(";\n"))}`;
}

/**
 * Brings the store's tables in `schema` up to this package's version, idempotently: each migration not yet recorded
 * in `<schema>.schema_migrations` is applied, all in one transaction under an advisory lock, so several workers
 * starting at once apply each migration exactly once and the others wait and find nothing to do.
 *
 * @param database - the store's database
 * @param options - `schema` (default `claim_adjudicator`), `migrations` (default the package's own)
 * @returns the versions applied now, and the version reached
 * @throws StoreError `migration_mismatch` when an applied migration's SQL is not the shipped one; `schema_too_new`
 *   when the database holds a version this package does not know
 * @example
 * await migrateStore(database) //=> { applied: [1, 2], version: 2 }, then { applied: [], version: 2 }
 */
export async function migrateStore(database: StoreDatabase, options: { readonly schema: string; readonly migrations?: readonly StoreMigration[] }): Promise<MigrationReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await migrateOnce(database, options);
    } catch (error) {
      if (attempt >= 5 || !isCreateRace(error)) throw error;
    }
  }
}

/**
 * `CREATE … IF NOT EXISTS` is not safe against a concurrent creation even under our advisory lock: the session's
 * catalog cache may not yet show what the other transaction committed, and the insert then hits the catalog's
 * unique index. The next attempt, a new transaction, sees it.
 */
function isCreateRace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "42P07" || code === "42710" || code === "42P06";
}

async function migrateOnce(database: StoreDatabase, options: { readonly schema: string; readonly migrations?: readonly StoreMigration[] }): Promise<MigrationReport> {
  const quoted = quoteSchemaName(options.schema);
  const migrations = options.migrations ?? STORE_MIGRATIONS;
  return database.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`claim-adjudicator migrations ${options.schema}`]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await tx.query(`CREATE TABLE IF NOT EXISTS ${quoted}.schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await tx.query<{ version: number; checksum: string }>(`SELECT version, checksum FROM ${quoted}.schema_migrations ORDER BY version`);
    const known = new Map(migrations.map((migration) => [migration.version, migration]));
    for (const row of rows) {
      const migration = known.get(row.version);
      if (migration === undefined) {
        throw new StoreError("schema_too_new", ["options", "schema"], `schema ${options.schema} has migration ${row.version}, which this version of claim-adjudicator does not know (it knows up to ${Math.max(0, ...known.keys())}): upgrade the package`);
      }
      if (migrationChecksum(migration) !== row.checksum) {
        throw new StoreError("migration_mismatch", ["options", "schema"], `migration ${row.version} ("${migration.name}") was applied to schema ${options.schema} with other SQL (${row.checksum}) than this package ships (${migrationChecksum(migration)})`);
      }
    }
    const done = new Set(rows.map((row) => row.version));
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement.replaceAll("{{schema}}", quoted));
      await tx.query(`INSERT INTO ${quoted}.schema_migrations (version, name, checksum) VALUES ($1, $2, $3)`, [migration.version, migration.name, migrationChecksum(migration)]);
      applied.push(migration.version);
    }
    return { applied, version: Math.max(0, ...done, ...applied) };
  });
}
