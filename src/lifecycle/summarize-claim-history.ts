import type { Money } from "../money/money.js";
import { sumMoney, toMoney, ZERO } from "../money/money.js";
import type { ClaimEvent, ClaimEventOf } from "./claim-event-schema.js";
import type { ClaimHistory } from "./claim-history.js";

/** What the conditions on transitions and the claim clocks read from a history, worked out from its events. */
export interface ClaimHistorySummary {
  /** The decision in force: the last `decide`. */
  readonly decision: ClaimEventOf<"decide"> | undefined;
  /** The first determination: the one whose clocks the law sets (arts. 23–24). */
  readonly firstDecision: ClaimEventOf<"decide"> | undefined;
  /** Everything paid so far, on any decision. */
  readonly paid: Money;
  /** The request for documents of the current round (since the claim was submitted, reopened or appealed), if any. */
  readonly roundRequest: ClaimEventOf<"request_documents"> | undefined;
  /** The last event, if any. */
  readonly last: ClaimEvent | undefined;
}

/**
 * Reads a history's events: the decision in force and the first one, what was paid, the current round's request
 * for documents.
 *
 * @param history - the claim's history
 * @returns the summary
 * @example
 * summarizeClaimHistory(history).paid.toFixed(2)
 * //=> "3000.00"
 */
export function summarizeClaimHistory(history: ClaimHistory): ClaimHistorySummary {
  let decision: ClaimEventOf<"decide"> | undefined;
  let firstDecision: ClaimEventOf<"decide"> | undefined;
  let roundRequest: ClaimEventOf<"request_documents"> | undefined;
  const payments: Money[] = [];
  for (const event of history.events) {
    switch (event.type) {
      case "decide":
        decision = event;
        firstDecision ??= event;
        roundRequest = undefined;
        break;
      case "request_documents":
        roundRequest = event;
        break;
      case "submit":
      case "reopen":
      case "appeal":
        roundRequest = undefined;
        break;
      case "pay":
        payments.push(toMoney(event.amount));
        break;
      case "report":
      case "receive_documents":
      case "close":
      case "withdraw":
        break;
      default: {
        const unreachable: never = event;
        throw new TypeError(`unknown claim event ${JSON.stringify(unreachable)}`);
      }
    }
  }
  return { decision, firstDecision, paid: payments.length === 0 ? ZERO : sumMoney(payments), roundRequest, last: history.events.at(-1) };
}
