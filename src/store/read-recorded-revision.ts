import type { RecordedDecision, RecordedRevision, Replay } from "./recorded-decision.js";
import type { Decision } from "../decision/decision-schema.js";
import type { SqlExecutor } from "./store-database.js";
import { StoreError } from "./store-error.js";

/** The columns of a revision and its audit entry, for `FROM claim_revisions r JOIN audit_entries a`. */
export const REVISION_COLUMNS = `r.claim_id, r.policy_id, r.revision, r.claim_hash, r.as_of::text AS as_of, r.decision, r.outcome, r.payable::text AS payable,
  r.currency, r.ledger_version::text AS ledger_version, a.recorded_at, a.sequence, a.entry_hash`;

export interface RevisionRow {
  claim_id: string;
  policy_id: string;
  revision: number;
  claim_hash: string;
  as_of: string;
  decision: Decision;
  outcome: string;
  payable: string;
  currency: string;
  ledger_version: string;
  recorded_at: string;
  sequence: number;
  entry_hash: string;
}

/** A recorded revision with its audit entry, as `adjudicateAndRecord` returns it when nothing is decided anew. */
export async function replay(tx: SqlExecutor, quoted: string, claimId: string, revision: number, replayed: Replay): Promise<RecordedDecision> {
  const { rows } = await tx.query<RevisionRow>(
    `SELECT ${REVISION_COLUMNS} FROM ${quoted}.claim_revisions r JOIN ${quoted}.audit_entries a ON a.claim_id = r.claim_id AND a.revision = r.revision
     WHERE r.claim_id = $1 AND r.revision = $2`,
    [claimId, revision],
  );
  const row = rows[0];
  if (row === undefined) throw new StoreError("store_inconsistent", ["claim", "id"], `revision ${revision} of claim "${claimId}" has no audit entry`);
  const head = await tx.query<{ audit_head_sequence: number; audit_head_hash: string }>(`SELECT audit_head_sequence, audit_head_hash FROM ${quoted}.claims WHERE claim_id = $1`, [claimId]);
  const claimRow = head.rows[0] as { audit_head_sequence: number; audit_head_hash: string };
  return { ...toRecordedRevision(row), replayed, auditHead: { sequence: claimRow.audit_head_sequence, entryHash: claimRow.audit_head_hash } };
}

/** A revision row in the store's public shape. */
export function toRecordedRevision(row: RevisionRow): RecordedRevision {
  return {
    claimId: row.claim_id,
    policyId: row.policy_id,
    revision: row.revision,
    claimHash: row.claim_hash,
    asOf: row.as_of,
    decision: row.decision,
    outcome: row.outcome,
    payable: row.payable,
    currency: row.currency,
    ledgerVersion: Number(row.ledger_version),
    recordedAt: row.recorded_at,
  };
}
