import type { IncidentType } from "../claim/incident-types.js";
import type { CoverageCommon } from "../coverage-kinds/coverage-common.js";
import { addYearsClampingToMonthEnd } from "../dates/add-years-clamping-to-month-end.js";
import { daysBetween, isDateWithin, type IsoDate } from "../dates/iso-date.js";

/** The policy's period of insurance, as the policy states it. */
export interface PolicyPeriod {
  readonly effective: IsoDate;
  readonly expiry: IsoDate;
  readonly continuousCoverageSince?: IsoDate | undefined;
}

/** First day of uninterrupted cover: a renewal keeps the original start, so waiting periods are served once. */
export function coverStart(period: PolicyPeriod): IsoDate {
  return period.continuousCoverageSince ?? period.effective;
}

/** The policy covers `date`: effective and expiry dates are both days of cover. */
export function isPolicyInForce(period: PolicyPeriod, date: IsoDate): boolean {
  return isDateWithin(date, period.effective, period.expiry);
}

/** Days from the start of continuous cover to `date`; 0 on the first day of cover. */
export function daysSinceInception(period: PolicyPeriod, date: IsoDate): number {
  return daysBetween(date, coverStart(period));
}

/**
 * A coverage's waiting period for an incident type. A waiting period of N days covers the first N days of cover
 * (day 0 … day N−1); an incident on day N or later has passed it. Flight delays have none.
 */
export function coverageWaitingDays(coverage: Pick<CoverageCommon, "waitingPeriods">, incidentType: IncidentType): number {
  if (incidentType === "illness") return coverage.waitingPeriods.illnessDays;
  if (incidentType === "accident") return coverage.waitingPeriods.accidentDays;
  return 0;
}

/** The longest waiting period among the coverages that answer for this incident type (0 when none does). */
export function waitingPeriodDays(coverages: readonly CoverageCommon[], incidentType: IncidentType): number {
  return Math.max(0, ...coverages.filter((coverage) => coverage.incidentTypes.includes(incidentType)).map((coverage) => coverageWaitingDays(coverage, incidentType)));
}

/**
 * The first day of the policy year `date` falls in: the effective date, or its latest anniversary not after `date`
 * (a policy of several years resets its annual counters each year; an anniversary of 29 February falls on the 28th).
 * Annual counters (deductibles, limits, days) belong to the policy year of the incident. A date outside the period
 * (an incident before the cover began or after it ended, which no coverage pays) belongs to the first or the last
 * policy year: the claim is recorded in the policy's history, in a year the policy has.
 *
 * @example
 * policyYearOf({ effective: "2024-07-01", expiry: "2034-06-30" }, "2026-03-15") //=> "2025-07-01"
 * policyYearOf({ effective: "2026-03-01", expiry: "2027-02-28" }, "2027-03-15") //=> "2026-03-01"
 */
export function policyYearOf(period: PolicyPeriod, date: IsoDate): IsoDate {
  if (date <= period.effective) return period.effective;
  if (date > period.expiry) return policyYearOf(period, period.expiry);
  let start = period.effective;
  for (let years = 1; ; years++) {
    const next = addYearsClampingToMonthEnd(period.effective, years);
    if (next > date) return start;
    start = next;
  }
}
