import type { z } from "zod";
import type { IsoDate } from "../dates/iso-date.js";
import { parseInput } from "../values/parse-input.js";
import type { LocalizedText } from "../values/primitives.js";
import { type ClaimDeadlineInput, ClaimDeadlineInputSchema, isDetermination } from "./claim-deadline-input-schema.js";
import type { ClaimDeadlines, DatedDeadline, Deadline, DeadlineWarning, DeadlineWhyCode, Period } from "./claim-deadlines-schema.js";
import { DEADLINE_WHY_MESSAGES } from "./deadline-why-messages.js";
import { endOfPeriod } from "./end-of-period.js";
import { countLimitationPeriod } from "./is-limitation-period-expired.js";
import type { DeadlineId, JurisdictionProfile, ServiceDeadlineId } from "./jurisdiction-profile-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "./prc-insurance-law-profile.js";

const ORDINARY_CASE_OUTER_BOUND: LocalizedText = {
  zh: "法律对一般案件仅要求及时核定，未规定天数；此处以复杂案件的期限作为最迟期限。",
  en: "The law sets no number of days for an ordinary case (promptly, 及时); the complex-case limit is shown as the latest date.",
};
const ADVANCE_PAYMENT_CONDITION: LocalizedText = {
  zh: "仅在届时赔付金额仍不能确定时，须先予支付可以确定的部分。",
  en: "Owed only if the amount is still not determined on the due date: then the part that can be determined is paid in advance.",
};

/**
 * Every claim clock of one claim under a jurisdiction profile: the limitation period for bringing it, the notice
 * of the event, the one consolidated request for missing documents, the determination, the denial notice, the
 * payment and the advance payment. Each has its legal basis (and the product clause when a product set it) and
 * either a due date, or `dueOn: null` with why (its clock has not started, the law gives no number of days, or it
 * does not apply to this claim). Pure: `asOf` plays no part; `deadlineStatus` compares with a date.
 *
 * Periods are counted by PRC Civil Code arts. 201–203 (see `endOfPeriod`). The determination counts from the day
 * complete documents arrived, the advance payment too (art. 25: the claim and its documents); the payment from the
 * agreement on the amount; the denial notice from the determination.
 *
 * @param input - the claim's dates, outcome, complexity and product line (`ClaimDeadlineInputSchema`)
 * @param profile - a parsed jurisdiction profile (`parseJurisdictionProfile`, `applyProductDeadlineTerms`); PRC by default
 * @returns the deadlines by id, with warnings when a count runs beyond the holiday calendar
 * @throws ValidationError when a date is invalid or the dates are out of order, with paths such as `deadlineInput.determinedOn`
 * @example
 * computeClaimDeadlines({ productLine: "non_life", incidentOn: "2026-01-31", submittedOn: "2026-02-02",
 *   documentsCompleteOn: "2026-02-10", complex: true, outcome: "denied", determinedOn: "2026-03-02" }).byId.denialNotice.dueOn
 * //=> "2026-03-05"
 */
export function computeClaimDeadlines(input: ClaimDeadlineInput, profile: JurisdictionProfile = PRC_INSURANCE_LAW_PROFILE): ClaimDeadlines {
  return countClaimDeadlines(parseInput(ClaimDeadlineInputSchema, input, "deadlineInput"), profile);
}

/** `computeClaimDeadlines` for dates already validated (in order, a determination dated): the pipeline's entry. */
export function countClaimDeadlines(claim: z.output<typeof ClaimDeadlineInputSchema>, profile: JurisdictionProfile): ClaimDeadlines {
  const rules = profile.deadlines;
  const warnings: DeadlineWarning[] = [];
  const determinedOn = isDetermination(claim.outcome) ? claim.determinedOn : undefined;
  const covered = claim.outcome === "approved" || claim.outcome === "partially_approved";
  const amountAgreedOn = covered ? claim.amountAgreedOn : undefined;
  const knownOn = claim.knownOn ?? claim.incidentOn;
  const reportedOn = claim.reportedOn ?? claim.submittedOn;

  const common = (id: DeadlineId) => {
    const contractTerm = id === "limitation" ? undefined : profile.contractTerms?.[id];
    const { basis, title } = rules[id];
    return {
      id,
      party: id === "limitation" || id === "report" ? ("claimant" as const) : ("insurer" as const),
      title,
      basis: contractTerm === undefined ? basis : { ...basis, contractTerm },
    };
  };
  const dated = (id: DeadlineId, countsFrom: IsoDate, period: Period, extra: { metOn?: IsoDate | undefined; note?: LocalizedText } = {}): DatedDeadline => {
    const end = endOfPeriod(countsFrom, period, profile.holidayCalendar);
    if (end.beyondCalendar) warnings.push(beyondCalendarWarning(id, end.dueOn, profile));
    return {
      kind: "dated",
      ...common(id),
      countsFrom,
      period,
      dueOn: end.dueOn,
      ...(end.rolledOverFrom === undefined ? {} : { rolledOverFrom: end.rolledOverFrom }),
      ...(extra.metOn === undefined ? {} : { metOn: extra.metOn }),
      ...(extra.note === undefined ? {} : { note: extra.note }),
    };
  };
  const undated = (id: DeadlineId, code: DeadlineWhyCode, metOn?: IsoDate): Deadline => ({
    kind: "undated",
    ...common(id),
    dueOn: null,
    why: { code, message: DEADLINE_WHY_MESSAGES[code] },
    ...(metOn === undefined ? {} : { metOn }),
  });
  const notApplicable = (id: DeadlineId, code: DeadlineWhyCode): Deadline => ({
    kind: "not_applicable",
    ...common(id),
    dueOn: null,
    why: { code, message: DEADLINE_WHY_MESSAGES[code] },
  });
  const inDays = (id: ServiceDeadlineId, days: number): Period => ({
    length: days,
    unit: (rules[id].dayCount ?? profile.dayCount) === "working" ? "working_days" : "calendar_days",
  });
  /** A deadline counted in days from `countsFrom`, or undated when the rule gives no number of days. */
  const afterDays = (id: ServiceDeadlineId, days: number | null, countsFrom: IsoDate, extra: { metOn?: IsoDate | undefined; note?: LocalizedText } = {}): Deadline =>
    days === null ? undated(id, "no_fixed_period", extra.metOn) : dated(id, countsFrom, inDays(id, days), extra);

  const limitation = countLimitationPeriod(claim, profile);
  const determinationDays = claim.complex ? rules.determination.complexDays : (rules.determination.ordinaryDays ?? rules.determination.complexDays);
  const usesOuterBound = !claim.complex && rules.determination.ordinaryDays === null && rules.determination.complexDays !== null;
  const advancePaymentEnd =
    claim.documentsCompleteOn === undefined || rules.advancePayment.days === null
      ? undefined
      : endOfPeriod(claim.documentsCompleteOn, inDays("advancePayment", rules.advancePayment.days), profile.holidayCalendar).dueOn;

  const byId: ClaimDeadlines["byId"] = {
    limitation: dated("limitation", limitation.countsFrom, limitation.period, { metOn: claim.submittedOn }),
    report: afterDays("report", rules.report.days, knownOn, { metOn: reportedOn }),
    documentRequest:
      claim.documentsCompleteOn === claim.submittedOn
        ? notApplicable("documentRequest", "documents_complete_at_submission")
        : claim.documentsCompleteOn === undefined && claim.outcome === "denied"
          ? notApplicable("documentRequest", "claim_denied")
          : afterDays("documentRequest", rules.documentRequest.days, claim.submittedOn),
    determination:
      claim.documentsCompleteOn === undefined
        ? undated("determination", "waiting_for_documents", determinedOn)
        : afterDays("determination", determinationDays, claim.documentsCompleteOn, {
            metOn: determinedOn,
            ...(usesOuterBound ? { note: ORDINARY_CASE_OUTER_BOUND } : {}),
          }),
    denialNotice:
      claim.outcome === "approved"
        ? notApplicable("denialNotice", "not_a_denial")
        : determinedOn === undefined
          ? undated("denialNotice", "waiting_for_determination")
          : afterDays("denialNotice", rules.denialNotice.days, determinedOn),
    payment:
      claim.outcome === "denied"
        ? notApplicable("payment", "claim_denied")
        : !covered
          ? undated("payment", "waiting_for_determination")
          : amountAgreedOn === undefined
            ? undated("payment", "waiting_for_agreement")
            : afterDays("payment", rules.payment.days, amountAgreedOn),
    advancePayment:
      claim.outcome === "denied"
        ? notApplicable("advancePayment", "claim_denied")
        : claim.documentsCompleteOn === undefined
          ? undated("advancePayment", "waiting_for_documents")
          : amountAgreedOn !== undefined && advancePaymentEnd !== undefined && amountAgreedOn <= advancePaymentEnd
            ? notApplicable("advancePayment", "amount_determined_in_time")
            : afterDays("advancePayment", rules.advancePayment.days, claim.documentsCompleteOn, { note: ADVANCE_PAYMENT_CONDITION }),
  };

  return { profileId: profile.id, productLine: claim.productLine, counting: profile.counting, byId, warnings };
}

function beyondCalendarWarning(deadlineId: DeadlineId, dueOn: IsoDate, profile: JurisdictionProfile): DeadlineWarning {
  const covers = profile.holidayCalendar?.covers;
  const range = covers === undefined ? "" : `${covers.from} – ${covers.to}`;
  return {
    deadlineId,
    code: "beyond_holiday_calendar",
    message: {
      zh: `期限（至 ${dueOn}）超出节假日数据的范围（${range}），范围以外仅按周末计算休息日。`,
      en: `The period (to ${dueOn}) reaches beyond the holiday data (${range}); outside it only weekends count as rest days.`,
    },
  };
}
