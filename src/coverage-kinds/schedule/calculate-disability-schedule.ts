import { daysBetween } from "../../dates/iso-date.js";
import { formatMoney, roundToMinorUnit, toMoney, ZERO, type Money, type RoundingMode } from "../../money/money.js";
import type { CoverageAccumulator } from "../../ledger/accumulators-schema.js";
import type { Claim } from "../../claim/claim-schema.js";
import { buildBenefit } from "../build-benefit.js";
import { combineDisabilityGrades } from "./combine-disability-grades.js";
import type { CompiledScheduleCoverage } from "../../policy/compile-policy.js";
import type { BenefitCoverageResult, BenefitReason } from "../coverage-result.js";

export interface DisabilityScheduleInput {
  readonly coverage: CompiledScheduleCoverage;
  readonly claim: Claim;
  readonly accumulator: CoverageAccumulator;
  readonly minorUnits: number;
  readonly rounding: RoundingMode;
}

/**
 * Pays a disability by grade: the claim's disabilities are combined with those already rated under the coverage
 * (an item already rated is not rated twice); the combined grade's share of the sum insured, rounded once, less
 * what the coverage already paid. Payments never exceed the sum insured in total. An assessment later than the
 * window after the accident is referred: the wording wants the state on the window's last day.
 */
export function calculateDisabilitySchedule(input: DisabilityScheduleInput): BenefitCoverageResult {
  const { coverage, claim, accumulator, minorUnits } = input;
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const rated = new Set(accumulator.disabilities.map((disability) => disability.code));
  const newOnes = claim.incident.disabilities.filter((disability) => !rated.has(disability.code));
  if (claim.incident.disabilities.length === 0) return { status: "not_applicable", payable: ZERO, steps: [], accumulatorAfter: accumulator, reductions: [], referrals: [] };

  const assessmentClause = coverage.source.clauseRefs.assessment ?? coverage.clauseId;
  const limitsClause = coverage.source.clauseRefs.limits ?? coverage.clauseId;
  const window = coverage.source.assessmentWindowDays;
  const referrals: BenefitReason[] = claim.incident.disabilities
    .filter((disability) => daysBetween(disability.assessedOn, claim.incident.date) > window)
    .map((disability) => ({ code: "DISABILITY_ASSESSED_LATE", clauseId: assessmentClause, params: { code: disability.code, assessedOn: disability.assessedOn, window: String(window) } }));

  const combinedList = [...accumulator.disabilities, ...newOnes.map(({ code, grade }) => ({ code, grade }))];
  const combined = combineDisabilityGrades(combinedList.map((disability) => disability.grade));
  const share = coverage.shareByGrade.get(combined.grade);
  const reductions: BenefitReason[] = [];
  if (share === undefined) {
    reductions.push({ code: "GRADE_NOT_IN_SCHEDULE", clauseId: coverage.clauseId, params: { grade: String(combined.grade) } });
  }
  const gross = share === undefined ? ZERO : roundToMinorUnit(coverage.sumInsured.times(share), minorUnits, input.rounding);
  const paidBefore = toMoney(accumulator.paid);
  const { benefit, payable } = buildBenefit(
    {
      coverageId: coverage.id,
      kind: "schedule",
      clauseId: coverage.clauseId,
      description: { en: `Disability grade ${combined.grade}`, zh: `${combined.grade} 级伤残` },
      gross,
      deductions: [{ kind: "earlier_payments", amount: paidBefore, clauseId: limitsClause }],
      basis: {
        sumInsured: money(coverage.sumInsured),
        disabilities: combinedList.map((disability) => `${disability.code}:${disability.grade}`).join(","),
        alreadyRated: accumulator.disabilities.map((disability) => disability.code).join(","),
        combinedGrade: String(combined.grade),
        promoted: String(combined.promoted),
        share: share?.toString() ?? "0",
        paidBefore: money(paidBefore),
      },
    },
    minorUnits,
  );
  if (newOnes.length === 0) {
    reductions.push({ code: "DISABILITY_ALREADY_RATED", clauseId: assessmentClause, params: {} });
  }
  return {
    status: referrals.length > 0 ? "referred" : payable.isZero() ? "nothing_payable" : "paid",
    payable,
    benefit,
    steps: [
      {
        step: "disability_schedule",
        description: { en: `Disability grade ${combined.grade}${combined.promoted ? " (promoted one grade)" : ""}`, zh: `伤残等级 ${combined.grade} 级${combined.promoted ? "（晋升一级）" : ""}` },
        coverageId: coverage.id,
        inputs: { ...benefit.basis, gross: benefit.gross },
        result: benefit.payable,
        clauseId: coverage.clauseId,
      },
    ],
    accumulatorAfter: { ...accumulator, paid: money(paidBefore.plus(payable)), disabilities: combinedList },
    reductions,
    referrals,
  };
}
