import type { AuditHead } from "../audit/audit-entry-schema.js";
import type { Decision } from "../decision/decision-schema.js";

/** How a recorded decision came back: decided now, or the one recorded earlier for the same key or content. */
export type Replay = false | "idempotency_key" | "claim_content";

/** One decision revision as the store holds it. */
export interface RecordedRevision {
  readonly claimId: string;
  readonly policyId: string;
  /** 1 for the claim's first decision. */
  readonly revision: number;
  /** SHA-256 of the claim as the core read it (`decision.meta.claimHash`). */
  readonly claimHash: string;
  readonly asOf: string;
  readonly decision: Decision;
  readonly outcome: string;
  /** Decimal string, from the `numeric` column. */
  readonly payable: string;
  readonly currency: string;
  /** The policy's ledger version this revision produced (1 for the policy's first recorded revision). */
  readonly ledgerVersion: number;
  /** As hashed into the audit entry. */
  readonly recordedAt: string;
}

/** What `adjudicateAndRecord` returns. */
export interface RecordedDecision extends RecordedRevision {
  /** `false` when decided and recorded by this call; otherwise why the recorded one was returned and nothing changed. */
  readonly replayed: Replay;
  /** The claim's audit chain head after this call: keep it elsewhere to detect entries cut off the end. */
  readonly auditHead: AuditHead;
}
