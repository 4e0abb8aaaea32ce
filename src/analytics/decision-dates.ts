import type { Decision } from "../decision/decision-schema.js";
import type { DecisionEvents } from "./decision-record-schema.js";

/**
 * The dates of a claim that the analysis works with, read from the decision's own claim clocks (a decision does
 * not repeat the claim's dates) and from the events the record brings:
 *
 * | date | from |
 * | --- | --- |
 * | `decidedOn` | `meta.asOf`: the day the decision was made |
 * | `knownOn` | `deadlines.byId.limitation.countsFrom`: the incident, or when the claimant knew of it |
 * | `reportedOn` | `deadlines.byId.report.metOn` |
 * | `submittedOn` | `deadlines.byId.limitation.metOn` (the claim brought), else `documentRequest.countsFrom` |
 * | `documentsCompleteOn` | `deadlines.byId.determination.countsFrom`, when that clock has started |
 * | `determinedOn` | `deadlines.byId.determination.metOn` (an approval or denial), else `events.determinedOn` |
 * | `paidOn` | `events.paidOn`, else `deadlines.byId.payment.metOn` |
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
  const { limitation, report, documentRequest, determination, payment } = decision.deadlines.byId;
  const submittedOn = limitation.kind !== "not_applicable" ? limitation.metOn : undefined;
  const determinedOn = (determination.kind !== "not_applicable" ? determination.metOn : undefined) ?? events.determinedOn;
  const paidOn = events.paidOn ?? (payment.kind !== "not_applicable" ? payment.metOn : undefined);
  const dates: Record<string, string | undefined> = {
    decidedOn: decision.meta.asOf,
    knownOn: limitation.kind === "dated" ? limitation.countsFrom : undefined,
    reportedOn: report.kind !== "not_applicable" ? report.metOn : undefined,
    submittedOn: submittedOn ?? (documentRequest.kind === "dated" ? documentRequest.countsFrom : undefined),
    documentsCompleteOn: determination.kind === "dated" ? determination.countsFrom : undefined,
    determinedOn,
    paidOn,
  };
  for (const key of Object.keys(dates)) if (dates[key] === undefined) delete dates[key];
  return dates as unknown as DecisionDates;
}
