import type { ClaimEvent } from "./claim-event-schema.js";
import type { ClaimState } from "./claim-states.js";

/**
 * A claim's life so far: its id, the state it is in and every event that brought it there, oldest first. Plain
 * JSON data: save `events` and rebuild the history with `replayClaimEvents`, or chain them in an `AuditLog`.
 */
export interface ClaimHistory {
  readonly claimId: string;
  readonly state: ClaimState;
  readonly events: readonly ClaimEvent[];
}

/**
 * The history of a claim nothing has happened to yet (state `not_reported`).
 *
 * @param claimId - the claim's id
 * @returns an empty history
 * @example
 * emptyClaimHistory("CLM-2026-0042")
 * //=> { claimId: "CLM-2026-0042", state: "not_reported", events: [] }
 */
export function emptyClaimHistory(claimId: string): ClaimHistory {
  return Object.freeze({ claimId, state: "not_reported" as const, events: Object.freeze([]) });
}
