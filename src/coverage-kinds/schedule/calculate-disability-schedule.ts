import { daysBetween } from "../../dates/iso-date.js";
import { formatMoney, roundToMinorUnit, toMoney, type Money } from "../../money/money.js";
import { fillTemplate } from "../../trace/fill-template.js";
import { reasonsOf } from "../../trace/make-reason.js";
import { stepsOf } from "../../trace/make-step.js";
import type { Reason } from "../../trace/reason-schema.js";
import { benefitSpent, buildBenefit, limitReductions, perIncidentLimitDeductions, sharedLimitDeductions, unpaidPremiumDeductions, type BenefitDeduction } from "../build-benefit.js";
import { benefitAdjustmentSteps } from "../benefit-adjustment-steps.js";
import type { CoverageAssessment, CoverageCalculationInput } from "../coverage-kind-definition.js";
import type { CommonLedgerEntry } from "../coverage-ledger.js";
import { combineDisabilities, rateEachItemOnce, type RatedDisability } from "./combine-disabilities.js";
import type { CompiledScheduleCoverage } from "./compile-disability-schedule-coverage.js";
import { DISABILITY_BENEFIT, DISABILITY_SCHEDULE_REASONS, DISABILITY_SCHEDULE_STEPS, DISABILITY_SUM_BENEFIT, NOT_PROMOTED, PRIOR_SOURCE, PROMOTED } from "./disability-schedule-texts.js";

/** A disability schedule's ledger entry: the disabilities already rated under it, those the insured had before, what one accident paid. */
export interface DisabilityScheduleLedger extends CommonLedgerEntry {
  readonly disabilities: readonly RatedDisability[];
  readonly priorDisabilities: readonly RatedDisability[];
  readonly incidentPaid: string;
}

const rated = (items: readonly RatedDisability[]) => items.map((item) => `${item.code}:${item.grade}`).join(",");

/**
 * Pays a disability by grade. The claim's disabilities, each item once (JR/T 0083-2013 §3.4), are combined with those
 * already rated under the coverage and, unless the wording rates new ones alone, with those the insured had before
 * from any source; the combination (the most severe grade promoted once, or the shares added up) gives the share of
 * the sum insured, rounded once. From it are deducted what the coverage already paid and the share of the earlier
 * disabilities it did not pay; all payments stay within the sum insured, and within the limit per accident when the
 * wording has one. An assessment later than the window after the accident is referred: the wording wants the state
 * on the window's last day.
 */
export function calculateDisabilitySchedule<Ledger extends DisabilityScheduleLedger>(input: CoverageCalculationInput<CompiledScheduleCoverage, Ledger>): CoverageAssessment<Ledger> {
  const { coverage, claim, ledger, context } = input;
  const { minorUnits } = context;
  const source = coverage.source;
  if (claim.incident.disabilities.length === 0) return { applies: false };
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const reason = reasonsOf(DISABILITY_SCHEDULE_REASONS, context.currency);
  const assessmentClause = source.clauseRefs.assessment ?? coverage.clauseId;
  const limitsClause = source.clauseRefs.limits ?? coverage.clauseId;
  const combinationClause = source.clauseRefs.combination ?? assessmentClause;
  const reductions: Reason[] = [];

  const { items: claimed, repeated } = rateEachItemOnce(claim.incident.disabilities);
  for (const code of repeated) {
    const times = claim.incident.disabilities.filter((disability) => disability.code === code).length;
    reductions.push(reason("DISABILITY_ITEM_REPEATED", combinationClause, { code, times: String(times) }));
  }
  const ratedBefore = new Set(ledger.disabilities.map((disability) => disability.code));
  // Earlier disabilities the coverage did not pay: recorded on an earlier claim, or stated on this one.
  const priorStated = rateEachItemOnce([...ledger.priorDisabilities, ...(claim.incident.priorDisabilities ?? []).map(({ code, grade }) => ({ code, grade }))]).items.filter((item) => !ratedBefore.has(item.code));
  const priorCodes = new Set(priorStated.map((item) => item.code));
  const newOnes = claimed.filter((disability) => !ratedBefore.has(disability.code) && !priorCodes.has(disability.code)).map(({ code, grade }) => ({ code, grade }));
  for (const disability of claimed.filter((item) => priorCodes.has(item.code) && !ratedBefore.has(item.code))) {
    const stated = claim.incident.priorDisabilities?.find((prior) => prior.code === disability.code);
    reductions.push(reason("DISABILITY_HAD_BEFORE", assessmentClause, { code: disability.code, source: PRIOR_SOURCE[stated?.source ?? "other"] }));
  }
  const window = source.assessmentWindowDays;
  const referrals: Reason[] = claim.incident.disabilities
    .filter((disability) => daysBetween(disability.assessedOn, claim.incident.date) > window)
    .map((disability) => reason("DISABILITY_ASSESSED_LATE", assessmentClause, { code: disability.code, assessedOn: disability.assessedOn, window: String(window) }));

  const mergesPrior = (source.priorDisabilities ?? "deduct_share") === "deduct_share";
  const combination = source.combination ?? "most_severe_promoted";
  const prior = mergesPrior ? priorStated : [];
  const combinedList = [...ledger.disabilities, ...newOnes];
  const combined = combineDisabilities([...combinedList, ...prior], coverage.shareByGrade, combination);
  const priorCombined = combineDisabilities(prior, coverage.shareByGrade, combination);
  for (const grade of combined.missingGrades) reductions.push(reason("GRADE_NOT_IN_SCHEDULE", coverage.clauseId, { grade: String(grade) }));
  const share = (value: typeof combined) => roundToMinorUnit(coverage.sumInsured.times(value.share), minorUnits, context.rounding);
  const gross = share(combined);
  const priorShare = share(priorCombined);
  const paidBefore = toMoney(ledger.paid);
  const deductions: BenefitDeduction[] = [
    { kind: "earlier_payments", amount: paidBefore, clauseId: limitsClause },
    { kind: "prior_disability", amount: priorShare, clauseId: combinationClause },
    ...perIncidentLimitDeductions(coverage.perIncidentLimit, ledger.incidentPaid, limitsClause),
    ...sharedLimitDeductions(context, coverage.id),
    ...unpaidPremiumDeductions(context),
  ];
  const grades = [...combinedList, ...prior].map((item) => String(item.grade)).sort((a, b) => Number(a) - Number(b));
  const description =
    combined.grade === undefined
      ? fillTemplate(DISABILITY_SUM_BENEFIT, { grades }, context.currency).message
      : fillTemplate(DISABILITY_BENEFIT, { grade: String(combined.grade) }, context.currency).message;
  const { benefit, payable } = buildBenefit(
    {
      coverageId: coverage.id,
      kind: "schedule",
      clauseId: coverage.clauseId,
      description,
      gross,
      deductions,
      basis: {
        sumInsured: money(coverage.sumInsured),
        combination,
        disabilities: rated(combinedList),
        alreadyRated: ledger.disabilities.map((disability) => disability.code).join(","),
        ...(prior.length > 0 ? { priorDisabilities: rated(prior), priorShare: priorCombined.share.toString() } : {}),
        ...(repeated.length > 0 ? { ratedOnce: repeated.join(",") } : {}),
        combinedGrade: combined.grade === undefined ? "sum" : String(combined.grade),
        promoted: String(combined.promoted),
        share: combined.share.toString(),
        paidBefore: money(paidBefore),
        ...(coverage.perIncidentLimit !== undefined ? { perIncidentLimit: money(coverage.perIncidentLimit), incidentPaidBefore: ledger.incidentPaid } : {}),
      },
    },
    minorUnits,
  );
  reductions.push(...limitReductions(benefit));
  if (newOnes.length === 0 && claimed.some((item) => ratedBefore.has(item.code))) reductions.push(reason("DISABILITY_ALREADY_RATED", assessmentClause, {}));
  const step = stepsOf(DISABILITY_SCHEDULE_STEPS, context.currency);
  const inputs = { ...benefit.basis, gross: benefit.gross };
  const recorded = { coverageId: coverage.id, inputs, result: benefit.gross, clauseId: coverage.clauseId };
  return {
    applies: true,
    payable,
    lines: [],
    benefit,
    steps: [
      combined.grade === undefined ? step("disability_schedule_sum", { grades }, recorded) : step("disability_schedule", { grade: String(combined.grade), promotion: combined.promoted ? PROMOTED : NOT_PROMOTED }, recorded),
      ...benefitAdjustmentSteps(benefit, benefit.adjustments, gross, description, minorUnits, context.currency),
    ],
    ledgerAfter: {
      ...ledger,
      paid: money(paidBefore.plus(benefitSpent(benefit, payable))),
      incidentPaid: money(toMoney(ledger.incidentPaid).plus(benefitSpent(benefit, payable))),
      disabilities: combinedList,
      priorDisabilities: [...ledger.priorDisabilities, ...priorStated.filter((item) => !ledger.priorDisabilities.some((known) => known.code === item.code))],
    },
    reductions,
    referrals,
    terms: [],
    endsCoverages: [],
  };
}
