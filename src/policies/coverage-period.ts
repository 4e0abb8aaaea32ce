import { daysBetween, isDateWithin, type IsoDate } from "../dates/iso-date.js";
import type { Policy } from "../schemas/policy-schema.js";

/** First day of uninterrupted cover: a renewal keeps the original start, so waiting periods are served once. */
export function coverStart(policy: Policy): IsoDate {
  return policy.period.continuousCoverageSince ?? policy.period.effective;
}

/** The policy covers `date`: effective and expiry dates are both days of cover. */
export function isPolicyInForce(policy: Policy, date: IsoDate): boolean {
  return isDateWithin(date, policy.period.effective, policy.period.expiry);
}

/** Days from the start of continuous cover to `date`; 0 on the first day of cover. */
export function daysSinceInception(policy: Policy, date: IsoDate): number {
  return daysBetween(date, coverStart(policy));
}

/**
 * The waiting period for an incident type, the longest among the coverages. A waiting period of N days
 * covers the first N days of cover (day 0 … day N−1); an incident on day N or later has passed it.
 */
export function waitingPeriodDays(policy: Policy, incidentType: "illness" | "accident"): number {
  return Math.max(
    0,
    ...policy.coverages.map((coverage) => (incidentType === "illness" ? coverage.waitingPeriods.illnessDays : coverage.waitingPeriods.accidentDays)),
  );
}
