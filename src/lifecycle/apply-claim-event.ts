import type { Issue } from "../errors/adjudicator-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { formatDecimal, toMoney } from "../money/money.js";
import { parseInput } from "../values/parse-input.js";
import { type ClaimEvent, type ClaimEventInput, ClaimEventSchema } from "./claim-event-schema.js";
import type { ClaimHistory } from "./claim-history.js";
import { CLAIM_TRANSITIONS } from "./claim-transitions.js";
import { summarizeClaimHistory } from "./summarize-claim-history.js";

/**
 * The history after one more event: the event is validated (`ClaimEventSchema`), allowed by `CLAIM_TRANSITIONS`
 * from the history's state, and consistent with the history: not dated before the event before it; the documents
 * arriving no earlier than the request reached the claimant; one request for documents per round (PRC Insurance
 * Law art. 22: one consolidated notice); a payment only on a decision that pays, never beyond what it pays; closing
 * only once nothing is left to pay. Pure: the history given is not changed.
 *
 * @param history - the history so far (`emptyClaimHistory(claimId)` for a new claim)
 * @param event - the event, as JSON
 * @returns a new, frozen history with the event appended and its state moved
 * @throws ValidationError: with code `refused_transition` at `event.type` naming the state and the event refused
 *   (or at `event.amount` for a payment beyond the decision), with code `invalid_input` for a malformed or
 *   misdated event (e.g. `event.on`)
 * @example
 * applyClaimEvent(emptyClaimHistory("CLM-1"), { type: "report", on: "2026-03-01" }).state
 * //=> "reported"
 * applyClaimEvent(reported, { type: "pay", on: "2026-03-02", amount: "100.00" })
 * //=> throws ValidationError: event.type: claim "CLM-1" is reported: pay is allowed only from decided or paid
 */
export function applyClaimEvent(history: ClaimHistory, event: ClaimEventInput): ClaimHistory {
  const parsed = parseInput(ClaimEventSchema, event, "event");
  const issues = refusals(history, parsed);
  if (issues.length > 0) throw new ValidationError("claim event", issues);
  return Object.freeze({
    claimId: history.claimId,
    state: CLAIM_TRANSITIONS[parsed.type].to,
    events: Object.freeze([...history.events, deepFreeze(parsed)]),
  });
}

function refusals(history: ClaimHistory, event: ClaimEvent): Issue[] {
  const transition = CLAIM_TRANSITIONS[event.type];
  const claim = `claim "${history.claimId}" is ${history.state}`;
  if (!transition.from.includes(history.state)) {
    return [{ code: "refused_transition", path: ["event", "type"], message: `${claim}: ${event.type} is allowed only from ${orList(transition.from)}` }];
  }
  const summary = summarizeClaimHistory(history);
  const issues: Issue[] = [];
  const last = summary.last;
  if (last !== undefined && event.on < last.on) {
    issues.push({ code: "invalid_input", path: ["event", "on"], message: `${event.on} is before the last event (${last.type} on ${last.on}): events come in the order they happened` });
  }
  const remaining = summary.decision?.payable === undefined ? undefined : toMoney(summary.decision.payable).minus(summary.paid);
  switch (event.type) {
    case "request_documents":
      if (summary.roundRequest !== undefined) {
        issues.push({
          code: "refused_transition",
          path: ["event", "type"],
          message: `${claim}: documents were already requested on ${summary.roundRequest.on}; PRC Insurance Law art. 22 asks for everything missing in one consolidated notice`,
        });
      }
      break;
    case "receive_documents":
      if (summary.roundRequest !== undefined && event.on < summary.roundRequest.reachedClaimantOn) {
        issues.push({ code: "invalid_input", path: ["event", "on"], message: `${event.on} is before the request reached the claimant (${summary.roundRequest.reachedClaimantOn})` });
      }
      break;
    case "pay":
      if (summary.decision === undefined || remaining === undefined) {
        issues.push({ code: "refused_transition", path: ["event", "type"], message: `${claim}: the decision in force (${summary.decision?.outcome ?? "none"}) pays nothing` });
      } else if (toMoney(event.amount).greaterThan(remaining)) {
        issues.push({
          code: "refused_transition",
          path: ["event", "amount"],
          message: `${event.amount} is more than is left to pay: decision ${summary.decision.decisionId} pays ${summary.decision.payable}, ${formatDecimal(summary.paid)} already paid`,
        });
      }
      break;
    case "close":
      if (remaining !== undefined && remaining.greaterThan(0)) {
        issues.push({ code: "refused_transition", path: ["event", "type"], message: `${claim}: ${formatDecimal(remaining)} of decision ${summary.decision?.decisionId ?? ""} is not paid yet` });
      }
      break;
    case "report":
    case "submit":
    case "decide":
    case "reopen":
    case "appeal":
    case "withdraw":
      break;
    default: {
      const unreachable: never = event;
      throw new TypeError(`unknown claim event ${JSON.stringify(unreachable)}`);
    }
  }
  return issues;
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "nowhere") : `${items.slice(0, -1).join(", ")} or ${items.at(-1) ?? ""}`;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
