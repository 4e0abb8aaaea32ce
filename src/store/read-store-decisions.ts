import type { Decision } from "../decision/decision-schema.js";
import type { SqlExecutor } from "./store-database.js";
import { StoreError } from "./store-error.js";
import { DEFAULT_STORE_SCHEMA, quoteSchemaName } from "./store-schema-name.js";

/** Options of `readStoreDecisions`: the store's schema and how many revisions one query reads. */
export interface ReadStoreDecisionsOptions {
  /** The PostgreSQL schema of the store (default `claim_adjudicator`). */
  readonly schema?: string;
  /** Revisions read per query (default 500): memory holds one page, whatever the store's size. */
  readonly pageSize?: number;
}

interface PageRow {
  claim_id: string;
  revision: number;
  as_of: string;
  decision: Decision;
}

/**
 * Every decision recorded in a claim store, each revision once, in the order they were made (decision date, then
 * claim id and revision), read a page at a time (keyset pagination), for `analyzeDecisions` to stream over:
 * `analyzeDecisions(readStoreDecisions(database), { asOf })`. A claim decided twice gives both revisions; the report
 * counts the claim once, as its latest. Read-only: it takes no lock and changes nothing.
 *
 * @param database - the store's database (`openStoreDatabase(…)`, or `store.database`)
 * @throws StoreError `invalid_store_option` for a schema name or page size the store does not accept
 * @example
 * const report = await analyzeDecisions(readStoreDecisions(store.database), { asOf: "2026-12-31" });
 */
export async function* readStoreDecisions(database: SqlExecutor, options: ReadStoreDecisionsOptions = {}): AsyncGenerator<Decision> {
  const quoted = quoteSchemaName(options.schema ?? DEFAULT_STORE_SCHEMA);
  const pageSize = options.pageSize ?? 500;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100_000) {
    throw new StoreError("invalid_store_option", ["options", "pageSize"], `pageSize must be a whole number from 1 to 100000, was ${String(pageSize)}`);
  }
  // A schema with no store in it is the caller's mistake (a wrong --schema, a database never migrated): said so.
  const schema = options.schema ?? DEFAULT_STORE_SCHEMA;
  const { rows: found } = await database.query<{ table: string | null }>("SELECT to_regclass($1)::text AS table", [`${quoted}.claim_revisions`]);
  if (found[0]?.table === null || found[0] === undefined) {
    throw new StoreError("invalid_store_option", ["options", "schema"], `the database has no claim store in schema "${schema}" (no table ${schema}.claim_revisions): record claims into it first, or name the schema they were recorded in`);
  }
  const columns = "claim_id, revision, as_of::text AS as_of, decision";
  let after: PageRow | undefined;
  for (;;) {
    const { rows } =
      after === undefined
        ? await database.query<PageRow>(`SELECT ${columns} FROM ${quoted}.claim_revisions ORDER BY as_of, claim_id, revision LIMIT $1`, [pageSize])
        : await database.query<PageRow>(`SELECT ${columns} FROM ${quoted}.claim_revisions WHERE (as_of, claim_id, revision) > ($1::date, $2, $3) ORDER BY as_of, claim_id, revision LIMIT $4`, [after.as_of, after.claim_id, after.revision, pageSize]);
    for (const row of rows) yield row.decision;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1];
  }
}
