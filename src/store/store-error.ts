import { ERROR_BRAND, hasErrorBrand, toDotPath } from "../errors/adjudicator-error.js";

/** What went wrong in the store, one code per cause; callers branch on `error.code`. */
export const STORE_ERROR_CODES = [
  /** The idempotency key was first used for another claim or other content. */
  "idempotency_key_reused",
  /** The claim id is already recorded on another policy. */
  "claim_on_other_policy",
  /** No adjudicator (policy and rule set) is known for the claim's policy. */
  "unknown_policy",
  /** A revision came back numbered other than the next one: the ledger and the store disagree. */
  "revision_out_of_sequence",
  /** The claim's audit chain in the database does not verify: nothing is appended to a broken chain. */
  "audit_chain_broken",
  /** The store's rows contradict each other (a revision without its audit entry, a missing configuration): a bug or a hand edit. */
  "store_inconsistent",
  /** An applied migration's SQL differs from the one this package ships. */
  "migration_mismatch",
  /** The database holds migrations newer than this package knows. */
  "schema_too_new",
  /** Serialization failures or deadlocks went on after every retry. */
  "retries_exhausted",
  /** The optional driver (`pg`, `@electric-sql/pglite`, `pg-boss`) is not installed. */
  "driver_missing",
  /** A store option is not valid (schema name, location). */
  "invalid_store_option",
] as const;
/** What went wrong in the store (an idempotency key reused, a claim on another policy, an unknown policy, a revision out of sequence, a broken audit chain, …): callers branch on `error.code`. */
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** One problem, shaped like the core's issues: a code, the JSON path of the input at fault, a message. */
export interface StoreIssue {
  readonly code: StoreErrorCode;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Thrown by the claim store for what the store itself refuses or cannot do. Invalid claims and options are the core's
 * `ValidationError`, unchanged; database failures that are not retried are the driver's own errors.
 *
 * @example
 * try { await store.adjudicateAndRecord(corrected, { asOf }); }
 * catch (error) { if (isStoreError(error) && error.code === "idempotency_key_reused") … }
 */
export class StoreError extends Error {
  override name = "StoreError" as const;
  readonly code: StoreErrorCode;
  readonly issues: readonly StoreIssue[];

  constructor(code: StoreErrorCode, path: readonly (string | number)[], message: string, options?: { readonly cause?: unknown }) {
    super(`${toDotPath(path)}: ${message} [${code}]`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = [{ code, path, message }];
  }

  /** The class name, under the library's error brand: `isStoreError` recognises a StoreError of another copy of the library. */
  get [ERROR_BRAND](): string {
    return this.name;
  }
}

/** True for a `StoreError`, of the given code when one is named. */
export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return (error instanceof StoreError || hasErrorBrand(error, "StoreError")) && (code === undefined || (error as StoreError).code === code);
}
