import type { Pool, PoolClient } from "pg";
import { loadOptionalModule } from "./load-optional-module.js";
import type { IsolationLevel, SqlExecutor, SqlRows, StoreDatabase } from "./store-database.js";

/** Options of the PostgreSQL database: the connection string, pool size and application name. */
export interface PostgresDatabaseOptions {
  /** `postgres://user:password@host:port/database`, as node-postgres reads it. */
  readonly connectionString: string;
  /** Connections kept open; each transaction holds one. Default 4. */
  readonly poolSize?: number;
  /** Shown by PostgreSQL in `pg_stat_activity`. Default `claim-adjudicator`. */
  readonly applicationName?: string;
}

/** The URL with its password replaced by `***`, for messages and logs. */
export function redactConnectionString(connectionString: string): string {
  return connectionString.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/, "$1***@");
}

const asRows = <Row>(result: { rows: unknown[] }): SqlRows<Row> => ({ rows: result.rows as Row[] });

/**
 * A PostgreSQL server through node-postgres (the optional peer dependency `pg`): a pool of connections, any number
 * of processes on any number of machines sharing the same database.
 *
 * @param options - the connection string, and the pool size
 * @returns the database, to give to `openClaimStore`; close it when done
 * @throws StoreError `driver_missing` when `pg` is not installed
 * @example
 * const database = await openPostgresDatabase({ connectionString: "postgres://claims@db.internal/claims" });
 */
export async function openPostgresDatabase(options: PostgresDatabaseOptions): Promise<StoreDatabase> {
  const pg = await loadOptionalModule("pg", async () => (await import("pg")).default, ["options", "connectionString"]);
  const pool: Pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 4,
    application_name: options.applicationName ?? "claim-adjudicator",
  });
  // An idle connection the server closed (restart, pg_terminate_backend) is dropped from the pool; the next query
  // opens a new one. Without a listener node-postgres would crash the process.
  pool.on("error", () => undefined);

  return {
    kind: "postgres",
    location: redactConnectionString(options.connectionString),
    async query<Row>(text: string, params?: readonly unknown[]) {
      return asRows<Row>(await pool.query(text, params === undefined ? undefined : [...params]));
    },
    async execute(script) {
      await pool.query(script);
    },
    async executeSql(text, params) {
      const result: unknown = await pool.query(text, params === undefined ? undefined : [...params]);
      const last = (Array.isArray(result) ? result.at(-1) : result) as { rows?: unknown[] } | undefined;
      return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
    },
    async transaction<T>(work: (tx: SqlExecutor) => Promise<T>, transactionOptions: { readonly isolation?: IsolationLevel } = {}) {
      const client: PoolClient = await pool.connect();
      let broken: Error | undefined;
      // A connection lost while checked out (the server restarted or terminated it) emits "error" on the client,
      // which would crash the process without a listener; the query in flight fails with it as well.
      const onError = (error: Error) => (broken = error);
      client.on("error", onError);
      try {
        await client.query(`BEGIN ISOLATION LEVEL ${(transactionOptions.isolation ?? "read committed").toUpperCase()}`);
        const tx: SqlExecutor = {
          async query<Row>(text: string, params?: readonly unknown[]) {
            return asRows<Row>(await client.query(text, params === undefined ? undefined : [...params]));
          },
        };
        const result = await work(tx);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        try {
          await client.query("ROLLBACK");
        } catch (rollbackError) {
          // The connection itself is gone: do not give it back to the pool.
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      } finally {
        client.off("error", onError);
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
