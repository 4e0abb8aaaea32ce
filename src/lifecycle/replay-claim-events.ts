import { ValidationError, isValidationError } from "../errors/validation-error.js";
import { applyClaimEvent } from "./apply-claim-event.js";
import type { ClaimEventInput } from "./claim-event-schema.js";
import { type ClaimHistory, emptyClaimHistory } from "./claim-history.js";

/**
 * A claim's history rebuilt from its saved events, applying each in turn: the same events always give the same
 * history. The first event refused stops the replay, with its position in the path (`events[3].type`).
 *
 * @param claimId - the claim's id
 * @param events - the events, oldest first, as JSON
 * @returns the history
 * @throws ValidationError with paths such as `events[3].type` (a refused transition) or `events[1].on`
 * @example
 * replayClaimEvents("CLM-1", [{ type: "submit", on: "2026-03-02" }, { type: "decide", on: "2026-03-20", decisionId: "dec-1", outcome: "denied" }]).state
 * //=> "decided"
 */
export function replayClaimEvents(claimId: string, events: readonly ClaimEventInput[]): ClaimHistory {
  if (!Array.isArray(events)) throw new ValidationError("claim events", [{ code: "invalid_input", path: ["events"], message: "must be a list of claim events" }]);
  let history = emptyClaimHistory(claimId);
  events.forEach((event, index) => {
    try {
      history = applyClaimEvent(history, event);
    } catch (error) {
      if (!isValidationError(error)) throw error;
      throw new ValidationError(
        "claim events",
        error.issues.map((issue) => ({ ...issue, path: issue.path[0] === "event" ? ["events", index, ...issue.path.slice(1)] : issue.path })),
      );
    }
  });
  return history;
}
