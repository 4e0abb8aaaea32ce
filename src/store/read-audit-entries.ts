import { AUDIT_ENTRY_FORMAT, type AuditEntry, type AuditHead } from "../audit/audit-entry-schema.js";
import type { SqlExecutor } from "./store-database.js";

interface AuditRow {
  sequence: number;
  claim_id: string;
  format: string;
  recorded_at: string;
  decision: AuditEntry["decision"] | null;
  decision_hash: string;
  previous_hash: string | null;
  entry_hash: string;
}

/**
 * A claim's audit entries as stored, oldest first, each with the decision of its revision: what `AuditLog.fromJSON`
 * reads and `verify` checks. Nothing is recomputed here; a tampered row comes back as it is.
 */
export async function readAuditEntries(executor: SqlExecutor, quoted: string, claimId: string): Promise<AuditEntry[]> {
  const { rows } = await executor.query<AuditRow>(
    `SELECT a.sequence, a.claim_id, a.format, a.recorded_at, r.decision, a.decision_hash, a.previous_hash, a.entry_hash
     FROM ${quoted}.audit_entries a LEFT JOIN ${quoted}.claim_revisions r ON r.claim_id = a.claim_id AND r.revision = a.revision
     WHERE a.claim_id = $1 ORDER BY a.sequence`,
    [claimId],
  );
  return rows.map((row) => ({
    format: row.format as typeof AUDIT_ENTRY_FORMAT,
    sequence: row.sequence,
    claimId: row.claim_id,
    recordedAt: row.recorded_at,
    // A revision row deleted under its entry: an empty decision, which verification reports as not matching.
    decision: row.decision ?? {},
    decisionHash: row.decision_hash,
    previousHash: row.previous_hash,
    entryHash: row.entry_hash,
  }));
}

/** The head kept in the claim's row, apart from the entries (`null` for a claim the store does not hold). */
export async function readAuditHead(executor: SqlExecutor, quoted: string, claimId: string): Promise<AuditHead | null> {
  const { rows } = await executor.query<{ audit_head_sequence: number; audit_head_hash: string }>(`SELECT audit_head_sequence, audit_head_hash FROM ${quoted}.claims WHERE claim_id = $1`, [claimId]);
  const row = rows[0];
  return row === undefined ? null : { sequence: row.audit_head_sequence, entryHash: row.audit_head_hash };
}
