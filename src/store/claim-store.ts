import type { AuditVerification } from "../audit/verify-audit-chain.js";
import { verifyAuditChain } from "../audit/verify-audit-chain.js";
import type { Adjudicator } from "../create-adjudicator.js";
import { IdSchema } from "../values/primitives.js";
import { parseInput } from "../values/parse-input.js";
import { migrateStore } from "./migrate-store.js";
import { readAuditEntries, readAuditHead } from "./read-audit-entries.js";
import { recordClaim, type RecordContext } from "./record-claim.js";
import { REVISION_COLUMNS, toRecordedRevision, type RevisionRow } from "./read-recorded-revision.js";
import type { RecordOptions } from "./record-options-schema.js";
import type { RecordedDecision, RecordedRevision } from "./recorded-decision.js";
import type { RetryPolicy } from "./retry-transaction.js";
import type { IsolationLevel, StoreDatabase } from "./store-database.js";
import { DEFAULT_STORE_SCHEMA, quoteSchemaName } from "./store-schema-name.js";

/** A policy's ledger as stored: the JSON document the next decision starts from, and how many revisions made it. */
export interface PolicyLedger {
  readonly policyId: string;
  /** `null` until the policy's first recorded decision. */
  readonly ledger: unknown;
  readonly version: number;
}

/**
 * Claims decided and recorded exactly once: the policy's ledger, every decision revision and each claim's audit
 * chain in PostgreSQL (a server, or PGlite embedded), shared by any number of workers.
 */
export interface ClaimStore {
  readonly database: StoreDatabase;
  readonly schema: string;
  /**
   * Adjudicates `claim` and records the decision, in one transaction: locks the ledger rows of the claim's policy
   * (sorted, `SELECT … FOR UPDATE`), returns the recorded decision if this request or this claim content was
   * already recorded, otherwise adjudicates against the locked ledger and writes the revision, the new ledger, the
   * audit entry and the idempotency key, and commits. Serialization failures and deadlocks rerun the whole
   * transaction with backoff.
   *
   * @param claim - claim JSON, validated by the core
   * @param options - `asOf` (required), `idempotencyKey`, `recordedAt`, `revision` (why a claim recorded before is decided again)
   * @returns the recorded decision; `replayed` says whether it was decided now or found
   * @throws ValidationError for an invalid claim or options (nothing recorded); StoreError
   *   `idempotency_key_reused`, `claim_on_other_policy`, `unknown_policy`, `retries_exhausted`, …
   * @example
   * const recorded = await store.adjudicateAndRecord(claim, { asOf: "2026-06-01", idempotencyKey: requestId });
   * recorded.replayed //=> false; the same call again: "idempotency_key", nothing paid twice
   */
  adjudicateAndRecord(claim: unknown, options: RecordOptions): Promise<RecordedDecision>;
  /**
   * Every recorded revision of a claim, oldest first (empty when the store does not hold it).
   * @throws ValidationError when `claimId` is not an id (path `claimId`), before any query
   */
  claimDecisions(claimId: string): Promise<readonly RecordedRevision[]>;
  /**
   * The policy's stored ledger, or `undefined` when no claim of it was ever recorded.
   * @throws ValidationError when `policyId` is not an id (path `policyId`), before any query
   */
  policyLedger(policyId: string): Promise<PolicyLedger | undefined>;
  /**
   * Verifies a claim's audit chain as the database holds it: every entry's decision against its hash, every link,
   * and the head kept in the claim's row (`AuditLog.verify` with `expectedHead`).
   * @throws ValidationError when `claimId` is not an id (path `claimId`), before any query
   */
  verifyClaimAudit(claimId: string): Promise<AuditVerification>;
}

/** A claim or policy id given to a read, checked as the core checks ids (a ValidationError at `claimId` / `policyId`). */
const readId = (value: unknown, name: "claimId" | "policyId"): string => parseInput(IdSchema, value, name);

/** Options of the claim store: its database, the adjudicators by policy, the schema, isolation level, retries, and whether to migrate. */
export interface ClaimStoreOptions {
  readonly database: StoreDatabase;
  /** The adjudicators (one per policy), or a function finding the one for a policy id. */
  readonly adjudicators: readonly Adjudicator[] | ((policyId: string) => Adjudicator | undefined);
  /** PostgreSQL schema of the store's tables. Default `claim_adjudicator`. */
  readonly schema?: string;
  /** Default `read committed`: the row locks serialize what must be serialized. */
  readonly isolation?: IsolationLevel;
  readonly retry?: RetryPolicy;
  /** Apply the package's migrations first (idempotent). Default true. */
  readonly migrate?: boolean;
}

/** The recording context of a store's options: what `recordClaim` and the batch workers share. */
export function recordContext(options: ClaimStoreOptions): RecordContext & { readonly schema: string } {
  const schema = options.schema ?? DEFAULT_STORE_SCHEMA;
  const { adjudicators } = options;
  const byPolicy = typeof adjudicators === "function" ? undefined : new Map(adjudicators.map((adjudicator) => [adjudicator.policy.id, adjudicator]));
  return {
    database: options.database,
    schema,
    quoted: quoteSchemaName(schema),
    adjudicatorFor: typeof adjudicators === "function" ? adjudicators : (policyId) => byPolicy?.get(policyId),
    isolation: options.isolation ?? "read committed",
    retry: options.retry ?? {},
  };
}

/**
 * Opens a claim store on a database: applies the migrations (unless `migrate: false`) and returns the store.
 *
 * @example
 * const database = await openPgliteDatabase({ dataDir: "./claims-db" });
 * const store = await openClaimStore({ database, adjudicators: [createAdjudicator({ policy, rules })] });
 * const recorded = await store.adjudicateAndRecord(claim, { asOf: "2026-06-01" });
 * recorded.decision.payable //=> "3000.00"
 */
export async function openClaimStore(options: ClaimStoreOptions): Promise<ClaimStore> {
  const context = recordContext(options);
  const { database, quoted, schema } = context;
  if (options.migrate !== false) await migrateStore(database, { schema });
  return {
    database,
    schema,
    adjudicateAndRecord: (claim, recordOptions) => recordClaim(context, claim, recordOptions),
    async claimDecisions(claimIdInput) {
      const claimId = readId(claimIdInput, "claimId");
      const { rows } = await database.query<RevisionRow>(
        `SELECT ${REVISION_COLUMNS} FROM ${quoted}.claim_revisions r JOIN ${quoted}.audit_entries a ON a.claim_id = r.claim_id AND a.revision = r.revision
         WHERE r.claim_id = $1 ORDER BY r.revision`,
        [claimId],
      );
      return rows.map(toRecordedRevision);
    },
    async policyLedger(policyIdInput) {
      const policyId = readId(policyIdInput, "policyId");
      const { rows } = await database.query<{ ledger: unknown; version: string }>(`SELECT ledger, version::text AS version FROM ${quoted}.ledgers WHERE policy_id = $1`, [policyId]);
      const row = rows[0];
      return row === undefined ? undefined : { policyId, ledger: row.ledger ?? null, version: Number(row.version) };
    },
    async verifyClaimAudit(claimIdInput) {
      const claimId = readId(claimIdInput, "claimId");
      // One snapshot for entries and head, so a decision recorded meanwhile cannot look like tampering.
      return database.transaction(
        async (tx) => {
          const head = await readAuditHead(tx, quoted, claimId);
          return verifyAuditChain(await readAuditEntries(tx, quoted, claimId), head === null ? {} : { expectedHead: head });
        },
        { isolation: "repeatable read" },
      );
    },
  };
}
