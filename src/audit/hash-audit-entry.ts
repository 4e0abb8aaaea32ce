import { contentHash } from "../hashing/content-hash.js";
import { type AuditEntry, type AuditLogEntry, LIFECYCLE_ENTRY_FORMAT, type LifecycleAuditEntry } from "./audit-entry-schema.js";

type Header = Omit<AuditEntry, "entryHash" | "decision"> | Omit<LifecycleAuditEntry, "entryHash" | "event">;

/**
 * The content hash an entry commits to: every field but its payload (the decision or the event, covered by
 * `decisionHash` or `eventHash`) and `entryHash`. Each format has its own layout, and the format is hashed with it.
 */
export function hashAuditEntry(entry: Header | AuditLogEntry): string {
  if (entry.format === LIFECYCLE_ENTRY_FORMAT) {
    return contentHash({
      format: entry.format,
      sequence: entry.sequence,
      claimId: entry.claimId,
      recordedAt: entry.recordedAt,
      eventHash: entry.eventHash,
      state: entry.state,
      previousHash: entry.previousHash,
    });
  }
  return contentHash({
    format: entry.format,
    sequence: entry.sequence,
    claimId: entry.claimId,
    recordedAt: entry.recordedAt,
    decisionHash: entry.decisionHash,
    previousHash: entry.previousHash,
  });
}
