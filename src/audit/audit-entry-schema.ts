import { z } from "zod";
import { CLAIM_STATES, type ClaimState } from "../lifecycle/claim-states.js";

/** Names the hashed layout of an entry, so a later layout can be told apart and verified by its own rules. */
export const AUDIT_ENTRY_FORMAT = "claim-adjudicator/audit-entry@1";

const Sha256Schema = z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: "must be a content hash sha256:<64 hex digits>" });

/** A JSON value as stored in the log (what `JSON.parse` gives back). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * One decision in a claim's audit log. `entryHash` is the content hash of every other field except the decision,
 * which it covers through `decisionHash`; `previousHash` is the entry before it (`null` for the first), so each
 * entry commits to the whole history before it.
 */
export const AuditEntrySchema = z.strictObject({
  format: z.literal(AUDIT_ENTRY_FORMAT),
  /** Position in the log, from 0. */
  sequence: z.int().nonnegative(),
  claimId: z.string().min(1),
  /** When the caller recorded the decision: an ISO 8601 date-time with its offset, e.g. `2026-03-10T09:30:00+08:00`. */
  recordedAt: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time with an offset, e.g. 2026-03-10T09:30:00+08:00" }),
  decision: z.record(z.string(), z.json()),
  decisionHash: Sha256Schema,
  previousHash: Sha256Schema.nullable(),
  entryHash: Sha256Schema,
});

/** An audit log entry recording a decision: its sequence, claim and time, the decision and its hash, chained to the entry before by `previousHash`. */
export type AuditEntry = {
  readonly format: typeof AUDIT_ENTRY_FORMAT;
  readonly sequence: number;
  readonly claimId: string;
  readonly recordedAt: string;
  readonly decision: { readonly [key: string]: JsonValue };
  readonly decisionHash: string;
  readonly previousHash: string | null;
  readonly entryHash: string;
};

/** Names the hashed layout of a lifecycle entry (an event of the claim's life), apart from a decision's. */
export const LIFECYCLE_ENTRY_FORMAT = "claim-adjudicator/lifecycle-entry@1";

/**
 * One event of the claim's life (`ClaimEventSchema`) in its audit log, with the state it led to. `entryHash` covers
 * every other field except the event, which it covers through `eventHash`; `previousHash` links it into the same
 * chain as the decisions.
 */
export const LifecycleEntrySchema = z.strictObject({
  format: z.literal(LIFECYCLE_ENTRY_FORMAT),
  sequence: z.int().nonnegative(),
  claimId: z.string().min(1),
  recordedAt: AuditEntrySchema.shape.recordedAt,
  event: z.record(z.string(), z.json()),
  /** The claim's state after the event. */
  state: z.enum(CLAIM_STATES),
  eventHash: Sha256Schema,
  previousHash: Sha256Schema.nullable(),
  entryHash: Sha256Schema,
});

/** An audit log entry recording an event of the claim's life (received, documents requested, paid, …), hash-chained like the others. */
export type LifecycleAuditEntry = {
  readonly format: typeof LIFECYCLE_ENTRY_FORMAT;
  readonly sequence: number;
  readonly claimId: string;
  readonly recordedAt: string;
  readonly event: { readonly [key: string]: JsonValue };
  readonly state: ClaimState;
  readonly eventHash: string;
  readonly previousHash: string | null;
  readonly entryHash: string;
};

/** Any entry of a claim's audit log: a decision or an event of its life, told apart by `format`. */
export const AuditLogEntrySchema = z.discriminatedUnion("format", [AuditEntrySchema, LifecycleEntrySchema]);
/** Any entry of the audit log: a recorded decision, or an event of the claim's life. */
export type AuditLogEntry = AuditEntry | LifecycleAuditEntry;

/** Whether an entry records an event of the claim's life (not a decision). */
export function isLifecycleEntry(entry: AuditLogEntry): entry is LifecycleAuditEntry {
  return entry.format === LIFECYCLE_ENTRY_FORMAT;
}

/** The last entry of a log, to keep apart from the log: with it, `verify` also detects entries removed from the end. */
export interface AuditHead {
  readonly sequence: number;
  readonly entryHash: string;
}
