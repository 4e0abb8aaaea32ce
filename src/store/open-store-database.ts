import { openPgliteDatabase } from "./open-pglite-database.js";
import { openPostgresDatabase } from "./open-postgres-database.js";
import type { StoreDatabase } from "./store-database.js";

/** True for a PostgreSQL URL (`postgres://…` or `postgresql://…`); anything else names a PGlite folder. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * The database a location names, as the CLI's `--store` takes it: a PostgreSQL URL, or the folder of an embedded
 * PGlite database (`memory://` for one in memory).
 *
 * @param location - `postgres://…`, `postgresql://…`, a folder, or `memory://`
 * @param options - `poolSize` for PostgreSQL
 * @example
 * const database = await openStoreDatabase(process.env.CLAIMS_DATABASE_URL ?? "./claims-db");
 */
export async function openStoreDatabase(location: string, options: { readonly poolSize?: number } = {}): Promise<StoreDatabase> {
  if (isPostgresUrl(location)) return openPostgresDatabase({ connectionString: location, ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }) });
  return openPgliteDatabase(location === "memory://" ? {} : { dataDir: location });
}
