import type { PGlite } from "@electric-sql/pglite";
import { loadOptionalModule } from "./load-optional-module.js";
import type { SqlExecutor, SqlRows, StoreDatabase } from "./store-database.js";

/** Options of the embedded PGlite database: the folder its data lives in (in memory without one), or a dump to load. */
export interface PgliteDatabaseOptions {
  /** The folder holding the database (created when missing); none keeps it in memory, gone when closed. */
  readonly dataDir?: string;
  /**
   * A database to start from, as PGlite's `dumpDataDir()` writes it (a tarball): skips initdb, which takes seconds
   * in WebAssembly. For a new database only.
   */
  readonly loadDataDir?: Blob;
}

const asRows = <Row>(result: { rows: unknown[] }): SqlRows<Row> => ({ rows: result.rows as Row[] });

/**
 * PGlite (the optional peer dependency `@electric-sql/pglite`): PostgreSQL compiled to WebAssembly, run inside this
 * process, in a folder or in memory. No server to install: the default for a single machine, the demo and the
 * tests. The claim store runs the same SQL on it as on a server.
 *
 * One process owns the folder, and PGlite runs one statement at a time (a transaction holds it until it ends): many
 * workers of one process share it, workers of several processes need PostgreSQL.
 *
 * @param options - `dataDir`, or nothing for an in-memory database
 * @returns the database, to give to `openClaimStore`; close it when done
 * @throws StoreError `driver_missing` when `@electric-sql/pglite` is not installed
 * @example
 * const database = await openPgliteDatabase({ dataDir: "./claims-db" });
 */
export async function openPgliteDatabase(options: PgliteDatabaseOptions = {}): Promise<StoreDatabase & { readonly pglite: PGlite }> {
  const { PGlite: PGliteClass } = await loadOptionalModule("@electric-sql/pglite", () => import("@electric-sql/pglite"), ["options", "dataDir"]);
  const pglite = await PGliteClass.create({ ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }), ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }) });
  return {
    kind: "pglite",
    location: options.dataDir ?? "memory://",
    pglite,
    async query<Row>(text: string, params?: readonly unknown[]) {
      return asRows<Row>(await pglite.query(text, params === undefined ? undefined : [...params]));
    },
    async execute(script) {
      await pglite.exec(script);
    },
    async executeSql(text, params) {
      if (params !== undefined && params.length > 0) return asRows(await pglite.query(text, [...params]));
      const results = await pglite.exec(text);
      return asRows(results.at(-1) ?? { rows: [] });
    },
    // One connection, one transaction at a time: the isolation level changes nothing here.
    async transaction<T>(work: (tx: SqlExecutor) => Promise<T>) {
      return pglite.transaction(async (transaction) =>
        work({
          async query<Row>(text: string, params?: readonly unknown[]) {
            return asRows<Row>(await transaction.query(text, params === undefined ? undefined : [...params]));
          },
        }),
      );
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}
