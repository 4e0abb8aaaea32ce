/** Rows of a query, as plain objects keyed by column name. */
export interface SqlRows<Row> {
  readonly rows: readonly Row[];
}

/** Runs one SQL statement with `$1`, `$2`, … parameters: a connection, or the transaction it is in. */
export interface SqlExecutor {
  /** Runs one SQL statement with its parameters and returns its rows. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<SqlRows<Row>>;
}

/** PostgreSQL's isolation levels; row locks (`SELECT … FOR UPDATE`) make `read committed` enough for the store. */
export const ISOLATION_LEVELS = ["read committed", "repeatable read", "serializable"] as const;
/** The transaction isolation level a store transaction runs at. */
export type IsolationLevel = (typeof ISOLATION_LEVELS)[number];

/**
 * The database under a claim store: a PostgreSQL server through node-postgres (`openPostgresDatabase`), or PGlite,
 * the same PostgreSQL compiled to WebAssembly and run in this process (`openPgliteDatabase`). The store speaks the
 * same SQL to both. Values cross as text and JSON only (amounts as `numeric` cast to text), so both drivers give
 * back the same rows.
 */
export interface StoreDatabase extends SqlExecutor {
  /** `"postgres"` (a server, shared by any number of processes) or `"pglite"` (embedded, one process). */
  readonly kind: "postgres" | "pglite";
  /** Where it is, for messages: the server URL without its password, or the PGlite folder. */
  readonly location: string;
  /** Runs several statements separated by `;`, without parameters (migrations). */
  execute(script: string): Promise<void>;
  /**
   * Runs SQL as a job queue's driver expects (pg-boss's `db.executeSql`): one statement with parameters, or several
   * without; the rows of the last.
   */
  executeSql(text: string, params?: readonly unknown[]): Promise<SqlRows<Record<string, unknown>>>;
  /**
   * Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws (the
   * error is rethrown unchanged, for the caller to retry or not).
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>, options?: { readonly isolation?: IsolationLevel }): Promise<T>;
  /** Closes the pool or the embedded database. */
  close(): Promise<void>;
}
