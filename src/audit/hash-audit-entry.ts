import { contentHash } from "../hashing/content-hash.js";
import type { AuditEntry } from "./audit-entry-schema.js";

/** The content hash an entry commits to: every field but the decision itself (covered by `decisionHash`) and `entryHash`. */
export function hashAuditEntry(entry: Omit<AuditEntry, "entryHash" | "decision">): string {
  return contentHash({
    format: entry.format,
    sequence: entry.sequence,
    claimId: entry.claimId,
    recordedAt: entry.recordedAt,
    decisionHash: entry.decisionHash,
    previousHash: entry.previousHash,
  });
}
