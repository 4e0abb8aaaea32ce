import { daysBetween } from "../dates/iso-date.js";
import type { LocalizedText } from "../values/primitives.js";
import type { CycleTimeFigures, CycleTimeId } from "./analytics-report.js";
import type { DecisionContext } from "./decision-context.js";
import { DayQuantiles } from "./day-quantiles.js";

/** The cycle times measured, in the order a claim goes through them. */
export const CYCLE_TIMES: readonly { readonly id: CycleTimeId; readonly label: LocalizedText }[] = [
  { id: "incident_to_report", label: { zh: "出险至报案", en: "Incident to report" } },
  { id: "submission_to_decision", label: { zh: "提交申请至核定", en: "Submission to decision" } },
  { id: "documents_to_decision", label: { zh: "资料齐全至核定", en: "Complete documents to decision" } },
  { id: "decision_to_payment", label: { zh: "核定至支付", en: "Decision to payment" } },
];

/**
 * Cycle times in whole days, exact medians and p90 (`DayQuantiles`). A time counts only when both of its dates are
 * known and on or before `asOf`: the report from when the claimant knew of the incident; the determination (the
 * decision's, or a person's from `events.determinedOn`) from the submission and from complete documents; the payment
 * (`events.paidOn`) from the determination, for claims paying more than zero.
 */
export class CycleTimes {
  readonly #times: Record<CycleTimeId, DayQuantiles> = {
    incident_to_report: new DayQuantiles(),
    submission_to_decision: new DayQuantiles(),
    documents_to_decision: new DayQuantiles(),
    decision_to_payment: new DayQuantiles(),
  };

  constructor(private readonly asOf: string) {}

  add({ decision, dates }: DecisionContext): void {
    const known = (date: string | undefined): date is string => date !== undefined && date <= this.asOf;
    if (known(dates.reportedOn) && known(dates.knownOn)) this.#times.incident_to_report.add(daysBetween(dates.reportedOn, dates.knownOn));
    if (!known(dates.determinedOn)) return;
    if (known(dates.submittedOn)) this.#times.submission_to_decision.add(daysBetween(dates.determinedOn, dates.submittedOn));
    if (known(dates.documentsCompleteOn)) this.#times.documents_to_decision.add(daysBetween(dates.determinedOn, dates.documentsCompleteOn));
    const pays = (decision.outcome === "approved" || decision.outcome === "partially_approved") && !/^0+(\.0+)?$/.test(decision.payable);
    if (pays && known(dates.paidOn)) this.#times.decision_to_payment.add(daysBetween(dates.paidOn, dates.determinedOn));
  }

  figures(): CycleTimeFigures[] {
    return CYCLE_TIMES.map(({ id, label }) => ({ id, label, ...this.#times[id].summary() }));
  }
}
