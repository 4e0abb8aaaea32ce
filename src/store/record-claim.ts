import { AuditLog } from "../audit/audit-log.js";
import type { AuditEntry } from "../audit/audit-entry-schema.js";
import { verifyAuditChain } from "../audit/verify-audit-chain.js";
import type { Adjudicator } from "../create-adjudicator.js";
import { parseInput } from "../values/parse-input.js";
import type { RevisionRequest } from "../intake/validate-claim-input.js";
import { adjudicateOnLedger, identifyClaim, type ClaimIdentity, type LatestRevision } from "./ledger-coupling.js";
import { RecordOptionsSchema } from "./record-options-schema.js";
import type { RecordedDecision } from "./recorded-decision.js";
import { replay } from "./read-recorded-revision.js";
import { retryTransaction, type RetryPolicy } from "./retry-transaction.js";
import { readAuditEntries } from "./read-audit-entries.js";
import type { IsolationLevel, SqlExecutor, StoreDatabase } from "./store-database.js";
import { StoreError } from "./store-error.js";

/** Everything a recording transaction needs besides the claim. */
export interface RecordContext {
  readonly database: StoreDatabase;
  /** The quoted schema name, e.g. `"claim_adjudicator"`. */
  readonly quoted: string;
  readonly adjudicatorFor: (policyId: string) => Adjudicator | undefined;
  readonly isolation: IsolationLevel;
  readonly retry: RetryPolicy;
}

/** Runs inside the recording transaction, after its writes: a batch marks its item done in the same commit. */
export type AfterRecord = (tx: SqlExecutor, recorded: RecordedDecision) => Promise<void>;

interface LockedLedger {
  readonly ledger: unknown;
  readonly version: number;
}

/**
 * The ledger rows of `policyIds`, locked `FOR UPDATE` one by one in sorted order (the same order in every
 * transaction, so two never wait on each other in a cycle), each created empty first if missing.
 */
async function lockLedgers(tx: SqlExecutor, quoted: string, policyIds: readonly string[]): Promise<Map<string, LockedLedger>> {
  const locked = new Map<string, LockedLedger>();
  const select = `SELECT ledger, version::text AS version FROM ${quoted}.ledgers WHERE policy_id = $1 FOR UPDATE`;
  for (const policyId of [...new Set(policyIds)].sort()) {
    let { rows } = await tx.query<{ ledger: unknown; version: string }>(select, [policyId]);
    if (rows.length === 0) {
      await tx.query(`INSERT INTO ${quoted}.ledgers (policy_id) VALUES ($1) ON CONFLICT (policy_id) DO NOTHING`, [policyId]);
      ({ rows } = await tx.query<{ ledger: unknown; version: string }>(select, [policyId]));
    }
    const row = rows[0] as { ledger: unknown; version: string };
    locked.set(policyId, { ledger: row.ledger ?? null, version: Number(row.version) });
  }
  return locked;
}

/** The database server's clock, as an ISO 8601 UTC date-time with milliseconds. */
async function serverClock(tx: SqlExecutor): Promise<string> {
  const { rows } = await tx.query<{ now: string }>(`SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS now`);
  return (rows[0] as { now: string }).now;
}

interface Request {
  readonly claim: unknown;
  readonly identity: ClaimIdentity;
  readonly asOf: string;
  readonly idempotencyKey: string | undefined;
  readonly recordedAt: string | undefined;
  readonly revision: RevisionRequest | undefined;
  readonly adjudicator: Adjudicator;
}

/** The body of the recording transaction: lock, look for a recorded answer, adjudicate, write, in that order. */
async function recordInTransaction(tx: SqlExecutor, quoted: string, request: Request, afterRecord: AfterRecord | undefined): Promise<RecordedDecision> {
  const { identity, idempotencyKey } = request;
  const ledgers = await lockLedgers(tx, quoted, identity.ledgerPolicyIds);
  const finish = async (recorded: RecordedDecision) => {
    if (afterRecord !== undefined) await afterRecord(tx, recorded);
    return recorded;
  };
  const rememberKey = async (revision: number) => {
    if (idempotencyKey === undefined) return;
    await tx.query(`INSERT INTO ${quoted}.idempotency_keys (idempotency_key, claim_id, revision, claim_hash, first_used_at) VALUES ($1, $2, $3, $4, clock_timestamp())`, [
      idempotencyKey,
      identity.claimId,
      revision,
      identity.claimHash,
    ]);
  };

  if (idempotencyKey !== undefined) {
    const { rows } = await tx.query<{ claim_id: string; revision: number; claim_hash: string }>(
      `SELECT claim_id, revision, claim_hash FROM ${quoted}.idempotency_keys WHERE idempotency_key = $1`,
      [idempotencyKey],
    );
    const used = rows[0];
    if (used !== undefined) {
      if (used.claim_id !== identity.claimId || used.claim_hash !== identity.claimHash) {
        throw new StoreError(
          "idempotency_key_reused",
          ["options", "idempotencyKey"],
          `"${idempotencyKey}" was first used for claim "${used.claim_id}" (${used.claim_hash}), not for claim "${identity.claimId}" with this content (${identity.claimHash}); use a new key for a new request`,
        );
      }
      return finish(await replay(tx, quoted, used.claim_id, used.revision, "idempotency_key"));
    }
  }

  const claims = await tx.query<{ policy_id: string; latest_revision: number; audit_head_sequence: number; audit_head_hash: string }>(
    `SELECT policy_id, latest_revision, audit_head_sequence, audit_head_hash FROM ${quoted}.claims WHERE claim_id = $1`,
    [identity.claimId],
  );
  const known = claims.rows[0];
  if (known !== undefined && known.policy_id !== identity.policyId) {
    throw new StoreError("claim_on_other_policy", ["claim", "policyId"], `claim "${identity.claimId}" is recorded on policy "${known.policy_id}", not "${identity.policyId}"`);
  }
  let latest: LatestRevision | undefined;
  if (known !== undefined) {
    const same = await tx.query<{ revision: number }>(`SELECT revision FROM ${quoted}.claim_revisions WHERE claim_id = $1 AND claim_hash = $2`, [identity.claimId, identity.claimHash]);
    const sameRevision = same.rows[0]?.revision;
    if (sameRevision !== undefined) {
      await rememberKey(sameRevision);
      return finish(await replay(tx, quoted, identity.claimId, sameRevision, "claim_content"));
    }
    const { rows } = await tx.query<{ revision: number; claim_hash: string; decision: unknown }>(
      `SELECT revision, claim_hash, decision FROM ${quoted}.claim_revisions WHERE claim_id = $1 AND revision = $2`,
      [identity.claimId, known.latest_revision],
    );
    const row = rows[0] as { revision: number; claim_hash: string; decision: unknown };
    latest = { revision: row.revision, claimHash: row.claim_hash, decision: row.decision };
  }

  // A revision extends the claim's chain: never a chain that no longer verifies.
  const earlier = known === undefined ? [] : await readAuditEntries(tx, quoted, identity.claimId);
  const chain = verifyAuditChain(earlier, { expectedHead: known === undefined ? undefined : { sequence: known.audit_head_sequence, entryHash: known.audit_head_hash } });
  if (!chain.ok) {
    throw new StoreError("audit_chain_broken", ["claim", "id"], `the audit chain of claim "${identity.claimId}" does not verify (${chain.problems[0]?.message ?? ""}); nothing was recorded`);
  }
  const ledger = ledgers.get(identity.policyId) as LockedLedger;
  const outcome = await adjudicateOnLedger(request.adjudicator, request.claim, { asOf: request.asOf, ledger: ledger.ledger, latest, claimId: identity.claimId, revision: request.revision });
  const revision = (known?.latest_revision ?? 0) + 1;
  if (outcome.revision !== revision) {
    throw new StoreError("revision_out_of_sequence", ["claim"], `the core numbered the decision revision ${outcome.revision}, the store expected ${revision} for claim "${identity.claimId}"; nothing was recorded`);
  }

  const lastRecordedAt = earlier.at(-1)?.recordedAt;
  // The server's clock can step back (NTP); an audit chain cannot: never record before the entry before.
  let recordedAt = request.recordedAt ?? (await serverClock(tx));
  if (request.recordedAt === undefined && lastRecordedAt !== undefined && Date.parse(recordedAt) < Date.parse(lastRecordedAt)) recordedAt = lastRecordedAt;
  const log = AuditLog.fromJSON(earlier).append(outcome.decision as unknown as { claimId: string }, { recordedAt });
  const entry = log.entries.at(-1) as AuditEntry;
  const ledgerVersion = ledger.version + 1;

  if (known === undefined) {
    await tx.query(`INSERT INTO ${quoted}.claims (claim_id, policy_id, latest_revision, audit_head_sequence, audit_head_hash) VALUES ($1, $2, $3, $4, $5)`, [
      identity.claimId,
      identity.policyId,
      revision,
      entry.sequence,
      entry.entryHash,
    ]);
  } else {
    await tx.query(`UPDATE ${quoted}.claims SET latest_revision = $2, audit_head_sequence = $3, audit_head_hash = $4 WHERE claim_id = $1`, [
      identity.claimId,
      revision,
      entry.sequence,
      entry.entryHash,
    ]);
  }
  await tx.query(
    `INSERT INTO ${quoted}.claim_revisions (claim_id, revision, policy_id, claim_hash, as_of, claim, decision, decision_id, outcome, payable, currency, ledger_version, recorded_at)
     VALUES ($1, $2, $3, $4, $5::date, $6::jsonb, $7::jsonb, $8, $9, $10::numeric, $11, $12, $13::timestamptz)`,
    [
      identity.claimId,
      revision,
      identity.policyId,
      identity.claimHash,
      request.asOf,
      JSON.stringify(request.claim),
      JSON.stringify(entry.decision),
      outcome.decisionId,
      outcome.outcome,
      outcome.payable,
      outcome.currency,
      ledgerVersion,
      recordedAt,
    ],
  );
  await tx.query(
    `INSERT INTO ${quoted}.audit_entries (claim_id, sequence, revision, format, recorded_at, decision_hash, previous_hash, entry_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [identity.claimId, entry.sequence, revision, entry.format, entry.recordedAt, entry.decisionHash, entry.previousHash, entry.entryHash],
  );
  await rememberKey(revision);
  const updated = await tx.query(`UPDATE ${quoted}.ledgers SET ledger = $2::jsonb, version = $3, updated_at = clock_timestamp() WHERE policy_id = $1 AND version = $4 RETURNING policy_id`, [
    identity.policyId,
    JSON.stringify(outcome.ledgerAfter),
    ledgerVersion,
    ledger.version,
  ]);
  // Cannot happen while the row is locked; if it ever did, the transaction must not commit.
  if (updated.rows.length !== 1) throw new StoreError("store_inconsistent", ["claim", "policyId"], `the ledger of policy "${identity.policyId}" changed while locked; nothing was recorded`);

  return finish({
    claimId: identity.claimId,
    policyId: identity.policyId,
    revision,
    claimHash: identity.claimHash,
    asOf: request.asOf,
    decision: outcome.decision,
    outcome: outcome.outcome,
    payable: outcome.payable,
    currency: outcome.currency,
    ledgerVersion,
    recordedAt,
    replayed: false,
    auditHead: { sequence: entry.sequence, entryHash: entry.entryHash },
  });
}

/**
 * Adjudicates a claim and records the decision in one transaction, retried as a whole on serialization failures
 * and deadlocks (see `ClaimStore.adjudicateAndRecord`).
 *
 * @param afterRecord - runs in the same transaction after the writes (or after finding the recorded answer)
 */
export async function recordClaim(context: RecordContext, claimInput: unknown, optionsInput: unknown, afterRecord?: AfterRecord): Promise<RecordedDecision> {
  const options = parseInput(RecordOptionsSchema, optionsInput, "options");
  const identity = identifyClaim(claimInput);
  const adjudicator = context.adjudicatorFor(identity.policyId);
  if (adjudicator === undefined) {
    throw new StoreError("unknown_policy", ["claim", "policyId"], `no policy "${identity.policyId}" in this store's adjudicators; give the store its policy and rule set`);
  }
  const request: Request = { claim: claimInput, identity, asOf: options.asOf, idempotencyKey: options.idempotencyKey, recordedAt: options.recordedAt, revision: options.revision, adjudicator };
  return retryTransaction(() => context.database.transaction((tx) => recordInTransaction(tx, context.quoted, request, afterRecord), { isolation: context.isolation }), context.retry);
}
