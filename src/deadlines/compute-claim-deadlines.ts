import type { z } from "zod";
import { addCalendarDays } from "../dates/add-calendar-days.js";
import type { IsoDate } from "../dates/iso-date.js";
import { parseInput } from "../values/parse-input.js";
import type { LocalizedText } from "../values/primitives.js";
import { type ClaimDeadlineInput, ClaimDeadlineInputSchema, isDetermination } from "./claim-deadline-input-schema.js";
import type { ClaimDeadlines, DatedDeadline, Deadline, DeadlineWarning, DeadlineWhyCode, Period } from "./claim-deadlines-schema.js";
import { DEADLINE_WHY_MESSAGES } from "./deadline-why-messages.js";
import { endOfPeriod, endOfSuspendedPeriod, type PeriodEnd } from "./end-of-period.js";
import { countLimitationPeriod } from "./is-limitation-period-expired.js";
import type { DeadlineId, JurisdictionProfile, LegalBasis, ServiceDeadlineId } from "./jurisdiction-profile-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "./prc-insurance-law-profile.js";

const ORDINARY_CASE_OUTER_BOUND: LocalizedText = {
  zh: "法律对一般案件仅要求及时核定，未规定天数；此处以复杂案件的期限作为最迟期限。",
  en: "The law sets no number of days for an ordinary case (promptly, 及时); the complex-case limit is shown as the latest date.",
};
const ADVANCE_PAYMENT_CONDITION: LocalizedText = {
  zh: "仅在届时赔付金额仍不能确定时，须先予支付可以确定的部分。",
  en: "Owed only if the amount is still not determined on the due date: then the part that can be determined is paid in advance.",
};
const NO_REQUEST_REACHED: LocalizedText = {
  zh: "未记录补充资料通知送达申请人的日期，故不扣除补充资料期间，核定期限自首次收到理赔申请之日起算。",
  en: "No date is recorded on which a request for documents reached the claimant, so no time is deducted: the period counts from the first receipt of the claim.",
};
const REQUEST_WOULD_SUSPEND: LocalizedText = {
  zh: "资料尚不完整；补充资料通知送达申请人后，至所需资料送达保险人之日止的期间不计入核定期限。",
  en: "Documents are missing; once a request for them reaches the claimant, the time until they reach the insurer is not counted.",
};

function suspensionNote(suspension: NonNullable<PeriodEnd["suspension"]>, basis: LegalBasis): LocalizedText {
  return {
    zh: `${suspension.from} 至 ${suspension.to} 共 ${suspension.days} 日为补充提供证明和资料的期间，不计入核定期限（${basis.law.zh}第${basis.article}条）。`,
    en: `The ${suspension.days} days from ${suspension.from} to ${suspension.to}, while the requested documents were outstanding, are not counted (${basis.law.en} art. ${basis.article}).`,
  };
}

function interruptionNote(interruptedOn: readonly IsoDate[], basis: LegalBasis): LocalizedText {
  const last = interruptedOn.at(-1) ?? "";
  return {
    zh: `诉讼时效因 ${interruptedOn.join("、")} 向保险人提出的请求（报案）而中断，自 ${last} 起重新计算（${basis.law.zh}第${basis.article}条）。`,
    en: `The limitation period was interrupted by the demand made to the insurer (the report) on ${interruptedOn.join(", ")} and runs again from ${last} (${basis.law.en} art. ${basis.article}).`,
  };
}

/** Several notes as one: the Chinese sentences run on, the English ones are spaced. */
function joinNotes(notes: readonly LocalizedText[]): LocalizedText | undefined {
  return notes.length === 0 ? undefined : { zh: notes.map((note) => note.zh).join(""), en: notes.map((note) => note.en).join(" ") };
}

interface DatedExtra {
  readonly metOn?: IsoDate | undefined;
  readonly notes?: readonly LocalizedText[];
  readonly interruptedOn?: readonly IsoDate[];
}

/**
 * Every claim clock of one claim under a jurisdiction profile: the limitation period for bringing it, the notice
 * of the event, the one consolidated request for missing documents, the determination, the denial notice, the
 * payment and the advance payment. Each has its legal basis (and the product clause when a product set it) and
 * either a due date, or `dueOn: null` with why (its clock has not started or is suspended, the law gives no number
 * of days, or it does not apply to this claim). Pure: `asOf` plays no part; `deadlineStatus` compares with a date.
 *
 * What counts from what:
 * - limitation: from when the claimant knew of the event, restarted by a report or other demand made within it
 *   before the claim (Civil Code art. 195); report: from when the claimant knew of the event;
 * - determination (art. 23): from the insurer's **first** receipt of the claim (`submittedOn`), less the time the
 *   requested documents were outstanding: from the day the art. 22 request reached the claimant to the day they
 *   arrived (保险法司法解释（二） art. 15; the profile's `suspension.endDays` says which end days). While they are
 *   outstanding the period is suspended (`dueOn: null`, `suspended_for_documents`), unless it had already ended;
 * - advance payment (art. 25): from complete documents (the claim and its documents); payment: from the agreement
 *   on the amount; denial notice: from the determination.
 * Periods are counted by PRC Civil Code arts. 201–203 (see `endOfPeriod`): a last day on a rest day moves to the
 * next working day, the rest days being the holiday calendar's or, without one, Saturdays and Sundays.
 *
 * @param input - the claim's dates, outcome, complexity and product line (`ClaimDeadlineInputSchema`)
 * @param profile - a parsed jurisdiction profile (`parseJurisdictionProfile`, `applyProductDeadlineTerms`); PRC by default
 * @returns the deadlines by id, with warnings when a count runs beyond the holiday calendar
 * @throws ValidationError when a date is invalid or the dates are out of order, with paths such as `deadlineInput.documentRequest.reachedClaimantOn`
 * @example
 * computeClaimDeadlines({ productLine: "non_life", incidentOn: "2026-02-27", submittedOn: "2026-03-02",
 *   documentRequest: { reachedClaimantOn: "2026-03-12" }, documentsCompleteOn: "2026-03-25", complex: true }).byId.determination.dueOn
 * //=> "2026-04-14" // Mar 2 + 30 days = Apr 1, plus the 13 days Mar 13–25 not counted
 */
export function computeClaimDeadlines(input: ClaimDeadlineInput, profile: JurisdictionProfile = PRC_INSURANCE_LAW_PROFILE): ClaimDeadlines {
  return countClaimDeadlines(parseInput(ClaimDeadlineInputSchema, input, "deadlineInput"), profile);
}

/** What every deadline of one count reads: the claim's dates, the profile, and the warnings found so far. */
interface Count {
  readonly claim: z.output<typeof ClaimDeadlineInputSchema>;
  readonly profile: JurisdictionProfile;
  readonly rules: JurisdictionProfile["deadlines"];
  readonly warnings: DeadlineWarning[];
}

const NO_EXTRA: DatedExtra = {};

function common(count: Count, id: DeadlineId) {
  const contractTerm = id === "limitation" ? undefined : count.profile.contractTerms?.[id];
  const { basis, title } = count.rules[id];
  return {
    id,
    party: id === "limitation" || id === "report" ? ("claimant" as const) : ("insurer" as const),
    title,
    basis: contractTerm === undefined ? basis : { ...basis, contractTerm },
  };
}

function datedAt(count: Count, id: DeadlineId, countsFrom: IsoDate, period: Period, end: PeriodEnd, extra: DatedExtra = NO_EXTRA): DatedDeadline {
  if (end.beyondCalendar) count.warnings.push(beyondCalendarWarning(id, end.dueOn, count.profile));
  const note = joinNotes(extra.notes ?? []);
  return {
    kind: "dated",
    ...common(count, id),
    countsFrom,
    period,
    dueOn: end.dueOn,
    ...(end.rolledOverFrom === undefined ? {} : { rolledOverFrom: end.rolledOverFrom }),
    ...(extra.metOn === undefined ? {} : { metOn: extra.metOn }),
    ...(end.suspension === undefined ? {} : { suspension: end.suspension }),
    ...(extra.interruptedOn === undefined || extra.interruptedOn.length === 0 ? {} : { interruptedOn: [...extra.interruptedOn] }),
    ...(note === undefined ? {} : { note }),
  };
}

function dated(count: Count, id: DeadlineId, countsFrom: IsoDate, period: Period, extra: DatedExtra = NO_EXTRA): DatedDeadline {
  return datedAt(count, id, countsFrom, period, endOfPeriod(countsFrom, period, count.profile), extra);
}

function undated(count: Count, id: DeadlineId, code: DeadlineWhyCode, metOn?: IsoDate): Deadline {
  return {
    kind: "undated",
    ...common(count, id),
    dueOn: null,
    why: { code, message: DEADLINE_WHY_MESSAGES[code] },
    ...(metOn === undefined ? {} : { metOn }),
  };
}

function notApplicable(count: Count, id: DeadlineId, code: DeadlineWhyCode): Deadline {
  return {
    kind: "not_applicable",
    ...common(count, id),
    dueOn: null,
    why: { code, message: DEADLINE_WHY_MESSAGES[code] },
  };
}

function inDays(count: Count, id: ServiceDeadlineId, days: number): Period {
  return {
    length: days,
    unit: (count.rules[id].dayCount ?? count.profile.dayCount) === "working" ? "working_days" : "calendar_days",
  };
}

/** A deadline counted in days from `countsFrom`, or undated when the rule gives no number of days. */
function afterDays(count: Count, id: ServiceDeadlineId, days: number | null, countsFrom: IsoDate, extra: DatedExtra = NO_EXTRA): Deadline {
  return days === null ? undated(count, id, "no_fixed_period", extra.metOn) : dated(count, id, countsFrom, inDays(count, id, days), extra);
}

function determinationDeadline(count: Count, determinedOn: IsoDate | undefined): Deadline {
  const { claim, profile } = count;
  const request = claim.documentRequest;
  const rule = count.rules.determination;
  const days = claim.complex ? rule.complexDays : (rule.ordinaryDays ?? rule.complexDays);
  if (days === null) return undated(count, "determination", "no_fixed_period", determinedOn);
  const usesOuterBound = !claim.complex && rule.ordinaryDays === null;
  const notes = usesOuterBound ? [ORDINARY_CASE_OUTER_BOUND] : [];
  const period = inDays(count, "determination", days);
  const extra = { metOn: determinedOn, notes };
  const documentsComplete = claim.documentsCompleteOn;
  if (rule.suspension === undefined) return dated(count, "determination", claim.submittedOn, period, extra);
  if (request !== undefined) {
    const { reachedClaimantOn } = request;
    const from = rule.suspension.endDays === "notice_day_too" ? reachedClaimantOn : addCalendarDays(reachedClaimantOn, 1);
    const end = endOfSuspendedPeriod(claim.submittedOn, period, profile, { from, to: documentsComplete });
    if ("suspendedSince" in end) return undated(count, "determination", "suspended_for_documents", determinedOn);
    const basis = rule.suspension.basis;
    return datedAt(count, "determination", claim.submittedOn, period, end, { ...extra, notes: end.suspension === undefined ? notes : [...notes, suspensionNote(end.suspension, basis)] });
  }
  // The pending decision is itself the request: the period stops once it reaches the claimant.
  if (documentsComplete === undefined && claim.outcome === "pending_documents") return undated(count, "determination", "suspended_for_documents", determinedOn);
  if (documentsComplete === claim.submittedOn) return dated(count, "determination", claim.submittedOn, period, extra);
  return dated(count, "determination", claim.submittedOn, period, { ...extra, notes: [...notes, documentsComplete === undefined ? REQUEST_WOULD_SUSPEND : NO_REQUEST_REACHED] });
}

/**
 * `computeClaimDeadlines` for dates already validated (in order, a determination dated): the pipeline's entry.
 * The deadlines are built by module functions reading one `Count`, not by closures made anew for every claim.
 */
export function countClaimDeadlines(claim: z.output<typeof ClaimDeadlineInputSchema>, profile: JurisdictionProfile): ClaimDeadlines {
  const rules = profile.deadlines;
  const count: Count = { claim, profile, rules, warnings: [] };
  const determinedOn = isDetermination(claim.outcome) ? claim.determinedOn : undefined;
  const covered = claim.outcome === "approved" || claim.outcome === "partially_approved";
  const amountAgreedOn = covered ? claim.amountAgreedOn : undefined;
  const knownOn = claim.knownOn ?? claim.incidentOn;
  const reportedOn = claim.reportedOn ?? claim.submittedOn;
  const request = claim.documentRequest;

  const limitation = countLimitationPeriod(claim, profile);
  const interruption = rules.limitation.interruption;
  const advancePaymentEnd =
    claim.documentsCompleteOn === undefined || rules.advancePayment.days === null
      ? undefined
      : endOfPeriod(claim.documentsCompleteOn, inDays(count, "advancePayment", rules.advancePayment.days), profile).dueOn;

  const byId: ClaimDeadlines["byId"] = {
    limitation: datedAt(count, "limitation", limitation.countsFrom, limitation.period, limitation, {
      metOn: claim.submittedOn,
      interruptedOn: limitation.interruptedOn,
      notes: interruption === undefined || limitation.interruptedOn.length === 0 ? [] : [interruptionNote(limitation.interruptedOn, interruption)],
    }),
    report: afterDays(count, "report", rules.report.days, knownOn, { metOn: reportedOn }),
    documentRequest:
      request === undefined && claim.documentsCompleteOn === claim.submittedOn
        ? notApplicable(count, "documentRequest", "documents_complete_at_submission")
        : request === undefined && claim.documentsCompleteOn === undefined && claim.outcome === "denied"
          ? notApplicable(count, "documentRequest", "claim_denied")
          : afterDays(count, "documentRequest", rules.documentRequest.days, claim.submittedOn, { metOn: request?.sentOn ?? request?.reachedClaimantOn }),
    determination: determinationDeadline(count, determinedOn),
    denialNotice:
      claim.outcome === "approved"
        ? notApplicable(count, "denialNotice", "not_a_denial")
        : determinedOn === undefined
          ? undated(count, "denialNotice", "waiting_for_determination")
          : afterDays(count, "denialNotice", rules.denialNotice.days, determinedOn, { metOn: claim.denialNoticeSentOn }),
    payment:
      claim.outcome === "denied"
        ? notApplicable(count, "payment", "claim_denied")
        : !covered
          ? undated(count, "payment", "waiting_for_determination")
          : amountAgreedOn === undefined
            ? undated(count, "payment", "waiting_for_agreement")
            : afterDays(count, "payment", rules.payment.days, amountAgreedOn, { metOn: claim.paidOn }),
    advancePayment:
      claim.outcome === "denied"
        ? notApplicable(count, "advancePayment", "claim_denied")
        : claim.documentsCompleteOn === undefined
          ? undated(count, "advancePayment", "waiting_for_documents")
          : amountAgreedOn !== undefined && advancePaymentEnd !== undefined && amountAgreedOn <= advancePaymentEnd
            ? notApplicable(count, "advancePayment", "amount_determined_in_time")
            : afterDays(count, "advancePayment", rules.advancePayment.days, claim.documentsCompleteOn, { notes: [ADVANCE_PAYMENT_CONDITION] }),
  };

  const dates = {
    incidentOn: claim.incidentOn,
    knownOn,
    reportedOn,
    submittedOn: claim.submittedOn,
    ...(request !== undefined ? { documentRequestReachedOn: request.reachedClaimantOn } : {}),
    ...(claim.documentsCompleteOn !== undefined ? { documentsCompleteOn: claim.documentsCompleteOn } : {}),
    ...(determinedOn !== undefined ? { determinedOn } : {}),
  };
  return { profileId: profile.id, productLine: claim.productLine, counting: profile.counting, dates, byId, warnings: count.warnings };
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
