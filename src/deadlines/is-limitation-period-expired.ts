import { parseInput } from "../values/parse-input.js";
import type { IsoDate } from "../dates/iso-date.js";
import { type LimitationInput, LimitationInputSchema, type ProductLine } from "./claim-deadline-input-schema.js";
import type { Period } from "./claim-deadlines-schema.js";
import { endOfPeriod, type PeriodEnd } from "./end-of-period.js";
import type { JurisdictionProfile } from "./jurisdiction-profile-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "./prc-insurance-law-profile.js";

/** The end of the limitation period: its due date, the date it counts from, its period, and the report that interrupted it (Civil Code art. 195). */
export interface LimitationPeriodEnd extends PeriodEnd {
  /** When the period last started: the day the claimant knew of the event, or the last demand that interrupted it. */
  readonly countsFrom: IsoDate;
  readonly period: Period;
  /** The demands (report, …) that interrupted the period and restarted it, oldest first; empty when none did. */
  readonly interruptedOn: readonly IsoDate[];
}

/**
 * The last day on which a claim can be brought: `lifeYears` or `nonLifeYears` of the profile (PRC Insurance Law
 * art. 26: 5 and 2) after the claimant knew or should have known of the event (`knownOn`, else `incidentOn`),
 * counted by Civil Code arts. 201–203. A report (`reportedOn`) or other demand (`interruptedOn`) made before the
 * claim and within the running period interrupts it: the period runs again, in full, from that day (Civil Code
 * art. 195; it can be interrupted again). A demand after the period ended does not revive it.
 *
 * @param input - product line, incident date, optional `knownOn`, `reportedOn` and `interruptedOn`, submission date
 * @param profile - the jurisdiction profile; PRC Insurance Law by default
 * @returns the period and its last day (included), with the interruptions that restarted it
 * @throws ValidationError when a date is not a real `YYYY-MM-DD` day or the dates are out of order
 * @example
 * limitationPeriodEnd({ productLine: "non_life", incidentOn: "2024-03-04", reportedOn: "2025-03-10", submittedOn: "2027-03-01" }).dueOn
 * //=> "2027-03-10" // restarted by the report: 2 years from 2025-03-10, a Wednesday
 */
export function limitationPeriodEnd(input: LimitationInput, profile: JurisdictionProfile = PRC_INSURANCE_LAW_PROFILE): LimitationPeriodEnd {
  return countLimitationPeriod(parseInput(LimitationInputSchema, input, "limitationInput"), profile);
}

/** `limitationPeriodEnd` for dates already validated. */
export function countLimitationPeriod(
  claim: {
    readonly productLine: ProductLine;
    readonly incidentOn: IsoDate;
    readonly knownOn?: IsoDate | undefined;
    readonly reportedOn?: IsoDate | undefined;
    readonly interruptedOn?: readonly IsoDate[] | undefined;
    readonly submittedOn: IsoDate;
  },
  profile: JurisdictionProfile,
): LimitationPeriodEnd {
  const rule = profile.deadlines.limitation;
  const period: Period = { length: claim.productLine === "life" ? rule.lifeYears : rule.nonLifeYears, unit: "years" };
  let countsFrom = claim.knownOn ?? claim.incidentOn;
  let end = endOfPeriod(countsFrom, period, profile);
  const interruptedOn: IsoDate[] = [];
  if (rule.interruption !== undefined) {
    // Only demands before the claim matter to whether the claim came in time; the claim itself is the next demand.
    const demands = [...(claim.reportedOn === undefined ? [] : [claim.reportedOn]), ...(claim.interruptedOn ?? [])].filter((on) => on < claim.submittedOn).sort();
    for (const on of demands) {
      // A demand restarts a running period (Civil Code art. 195); one before it started or after it ended does not.
      if (on > countsFrom && on <= end.dueOn) {
        countsFrom = on;
        end = endOfPeriod(countsFrom, period, profile);
        interruptedOn.push(on);
      }
    }
  }
  return { countsFrom, period, ...end, interruptedOn };
}

/**
 * Whether the claim was brought after the limitation period ended (the fact `limitationPeriodExpired`, for a rule
 * that denies such claims). A claim submitted on the last day is in time; a report or other demand within the
 * period restarts it (see `limitationPeriodEnd`). Suspension of the period (Civil Code art. 194, obstacles in its
 * last 6 months) is not modelled: pass the `knownOn` that stands after it.
 *
 * @param input - product line, incident date, optional `knownOn`, `reportedOn` and `interruptedOn`, submission date
 * @param profile - the jurisdiction profile; PRC Insurance Law by default
 * @returns `true` when `submittedOn` is after the last day of the period
 * @example
 * isLimitationPeriodExpired({ productLine: "non_life", incidentOn: "2024-03-04", submittedOn: "2026-03-05" })
 * //=> true // 2 years ended on Wednesday 2026-03-04
 */
export function isLimitationPeriodExpired(input: LimitationInput, profile: JurisdictionProfile = PRC_INSURANCE_LAW_PROFILE): boolean {
  return input.submittedOn > limitationPeriodEnd(input, profile).dueOn;
}
