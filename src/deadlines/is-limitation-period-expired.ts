import { parseInput } from "../values/parse-input.js";
import type { IsoDate } from "../dates/iso-date.js";
import { type LimitationInput, LimitationInputSchema, type ProductLine } from "./claim-deadline-input-schema.js";
import type { Period } from "./claim-deadlines-schema.js";
import { endOfPeriod, type PeriodEnd } from "./end-of-period.js";
import type { JurisdictionProfile } from "./jurisdiction-profile-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "./prc-insurance-law-profile.js";

export interface LimitationPeriodEnd extends PeriodEnd {
  /** When the claimant knew or should have known of the event: the period counts from the day after. */
  readonly countsFrom: IsoDate;
  readonly period: Period;
}

/**
 * The last day on which a claim can be brought: `lifeYears` or `nonLifeYears` of the profile (PRC Insurance Law
 * art. 26: 5 and 2) after the claimant knew or should have known of the event (`knownOn`, else `incidentOn`),
 * counted by Civil Code arts. 201–203. 2 years from 2024-02-29 end on 2026-02-28.
 *
 * @param input - product line, incident date, optional `knownOn`, submission date
 * @param profile - the jurisdiction profile; PRC Insurance Law by default
 * @returns the period and its last day (included)
 * @throws ValidationError when a date is not a real `YYYY-MM-DD` day or the dates are out of order
 * @example
 * limitationPeriodEnd({ productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2026-03-01" }).dueOn
 * //=> "2026-02-28"
 */
export function limitationPeriodEnd(input: LimitationInput, profile: JurisdictionProfile = PRC_INSURANCE_LAW_PROFILE): LimitationPeriodEnd {
  return countLimitationPeriod(parseInput(LimitationInputSchema, input, "limitationInput"), profile);
}

/** `limitationPeriodEnd` for dates already validated. */
export function countLimitationPeriod(
  claim: { readonly productLine: ProductLine; readonly incidentOn: IsoDate; readonly knownOn?: IsoDate | undefined },
  profile: JurisdictionProfile,
): LimitationPeriodEnd {
  const rule = profile.deadlines.limitation;
  const countsFrom = claim.knownOn ?? claim.incidentOn;
  const period: Period = { length: claim.productLine === "life" ? rule.lifeYears : rule.nonLifeYears, unit: "years" };
  return { countsFrom, period, ...endOfPeriod(countsFrom, period, profile.holidayCalendar) };
}

/**
 * Whether the claim was brought after the limitation period ended (the fact `limitationPeriodExpired`, for a rule
 * that denies such claims). A claim submitted on the last day is in time. Suspension and interruption of the
 * period (Civil Code arts. 194–195) are not modelled: pass the `knownOn` that stands after them.
 *
 * @param input - product line, incident date, optional `knownOn`, submission date
 * @param profile - the jurisdiction profile; PRC Insurance Law by default
 * @returns `true` when `submittedOn` is after the last day of the period
 * @example
 * isLimitationPeriodExpired({ productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2026-03-01" })
 * //=> true
 */
export function isLimitationPeriodExpired(input: LimitationInput, profile: JurisdictionProfile = PRC_INSURANCE_LAW_PROFILE): boolean {
  return input.submittedOn > limitationPeriodEnd(input, profile).dueOn;
}
