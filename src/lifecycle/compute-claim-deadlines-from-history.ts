import type { IsoDate } from "../dates/iso-date.js";
import type { ClaimDeadlines } from "../deadlines/claim-deadlines-schema.js";
import type { ProductLine } from "../deadlines/claim-deadline-input-schema.js";
import { computeClaimDeadlines } from "../deadlines/compute-claim-deadlines.js";
import type { JurisdictionProfile } from "../deadlines/jurisdiction-profile-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "../deadlines/prc-insurance-law-profile.js";
import { ValidationError } from "../errors/validation-error.js";
import { claimClockDates } from "./claim-clock-dates.js";
import type { ClaimHistory } from "./claim-history.js";

/** What the clocks need that the history does not say: the product line, the event, and whether the case is complex. */
export interface ClaimClockFacts {
  readonly productLine: ProductLine;
  readonly incidentOn: IsoDate;
  readonly knownOn?: IsoDate;
  /** Demands made to the insurer before the claim other than the report (letters, calls on record). */
  readonly interruptedOn?: readonly IsoDate[];
  readonly complex: boolean;
}

/**
 * The claim clocks of a claim's life (`computeClaimDeadlines` on `claimClockDates(history)`): the determination
 * from the submission less the time the requested documents were outstanding, the limitation period restarted by
 * the report, the payment and denial notice met by the events that met them.
 *
 * @param history - the claim's history, submitted at least
 * @param claim - product line, incident date, `knownOn`, other interruptions, complexity
 * @param profile - the jurisdiction profile; PRC Insurance Law by default
 * @returns the deadlines by id
 * @throws ValidationError at `history.events` when the claim has not been submitted (no clock but the limitation
 *   period has started: see `limitationPeriodEnd`), or at `deadlineInput.…` when the facts and the history disagree
 * @example
 * computeClaimDeadlinesFromHistory(history, { productLine: "non_life", incidentOn: "2026-02-27", complex: true }).byId.determination.dueOn
 * //=> "2026-04-14"
 */
export function computeClaimDeadlinesFromHistory(history: ClaimHistory, claim: ClaimClockFacts, profile: JurisdictionProfile = PRC_INSURANCE_LAW_PROFILE): ClaimDeadlines {
  const { submittedOn, ...dates } = claimClockDates(history);
  if (submittedOn === undefined) {
    throw new ValidationError("claim history", [
      { code: "invalid_input", path: ["history", "events"], message: `claim "${history.claimId}" is ${history.state}, not submitted yet: the clocks of arts. 22–25 start with the claim` },
    ]);
  }
  const { interruptedOn, ...facts } = claim;
  return computeClaimDeadlines({ ...facts, ...(interruptedOn === undefined ? {} : { interruptedOn: [...interruptedOn] }), submittedOn, ...dates }, profile);
}
