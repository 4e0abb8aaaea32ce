import type { Decision } from "../decision/decision-schema.js";
import type { DecisionEvents } from "./decision-record-schema.js";

/**
 * The dates of a claim that the analysis works with: the dates the decision's claim clocks counted from
 * (`deadlines.dates`: known, reported, submitted, documents complete, determined), the day the decision was made
 * (`meta.asOf`), and the events the record brings (`determinedOn` by a person, `paidOn`, else the payment's `metOn`).
 */
export interface DecisionDates {
  readonly decidedOn: string;
  readonly knownOn?: string;
  readonly reportedOn?: string;
  readonly submittedOn?: string;
  readonly documentsCompleteOn?: string;
  readonly determinedOn?: string;
  readonly paidOn?: string;
}

/**
 * Reads a decision's dates (see `DecisionDates`).
 * @example
 * readDecisionDates(decision, { paidOn: "2026-06-02" }).paidOn //=> "2026-06-02"
 */
export function readDecisionDates(decision: Decision, events: DecisionEvents = {}): DecisionDates {
  const { dates, byId } = decision.deadlines;
  const determinedOn = dates.determinedOn ?? events.determinedOn;
  const paidOn = events.paidOn ?? (byId.payment.kind !== "not_applicable" ? byId.payment.metOn : undefined);
  return {
    decidedOn: decision.meta.asOf,
    knownOn: dates.knownOn,
    reportedOn: dates.reportedOn,
    submittedOn: dates.submittedOn,
    ...(dates.documentsCompleteOn !== undefined ? { documentsCompleteOn: dates.documentsCompleteOn } : {}),
    ...(determinedOn !== undefined ? { determinedOn } : {}),
    ...(paidOn !== undefined ? { paidOn } : {}),
  };
}
