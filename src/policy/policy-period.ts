import { daysBetween, isDateWithin, type IsoDate } from "../dates/iso-date.js";
import type { Coverage, IncidentType } from "../coverage-kinds/coverage-common.js";
import type { Policy } from "./policy-schema.js";

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
 * A coverage's waiting period for an incident type. A waiting period of N days covers the first N days of cover
 * (day 0 … day N−1); an incident on day N or later has passed it. Flight delays have none.
 */
export function coverageWaitingDays(coverage: Pick<Coverage, "waitingPeriods">, incidentType: IncidentType): number {
  if (incidentType === "illness") return coverage.waitingPeriods.illnessDays;
  if (incidentType === "accident") return coverage.waitingPeriods.accidentDays;
  return 0;
}

/** The longest waiting period among the coverages that answer for this incident type (0 when none does). */
export function waitingPeriodDays(policy: Policy, incidentType: IncidentType): number {
  return Math.max(0, ...policy.coverages.filter((coverage) => coverage.incidentTypes.includes(incidentType)).map((coverage) => coverageWaitingDays(coverage, incidentType)));
}
