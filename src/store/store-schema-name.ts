import { StoreError } from "./store-error.js";

/** The PostgreSQL schema the store's tables live in unless told otherwise. */
export const DEFAULT_STORE_SCHEMA = "claim_adjudicator";

/**
 * Checks a schema name before it is written into SQL (identifiers cannot be query parameters): lower-case letters,
 * digits and `_`, starting with a letter or `_`, at most 48 characters (the queue's schema adds `_queue`).
 *
 * @returns the name, double-quoted for SQL
 * @throws StoreError `invalid_store_option`
 * @example
 * quoteSchemaName("claims_test_1") //=> '"claims_test_1"'
 */
export function quoteSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,47}$/.test(schema)) {
    throw new StoreError("invalid_store_option", ["options", "schema"], `"${schema}" is not a schema name this store accepts: lower-case letters, digits and _, starting with a letter or _, at most 48 characters`);
  }
  return `"${schema}"`;
}
