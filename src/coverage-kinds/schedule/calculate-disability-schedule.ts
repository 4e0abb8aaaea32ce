import { daysBetween } from "../../dates/iso-date.js";
import { formatMoney, roundToMinorUnit, toMoney, ZERO, type Money } from "../../money/money.js";
import { fillTemplate } from "../../trace/fill-template.js";
import { reasonsOf } from "../../trace/make-reason.js";
import { stepsOf } from "../../trace/make-step.js";
import type { Reason } from "../../trace/reason-schema.js";
import { buildBenefit, sharedLimitDeductions } from "../build-benefit.js";
import type { CoverageAssessment, CoverageCalculationInput } from "../coverage-kind-definition.js";
import type { CommonLedgerEntry } from "../coverage-ledger.js";
import { combineDisabilityGrades } from "./combine-disability-grades.js";
import type { CompiledScheduleCoverage } from "./compile-disability-schedule-coverage.js";
import { DISABILITY_BENEFIT, DISABILITY_SCHEDULE_REASONS, DISABILITY_SCHEDULE_STEPS, NOT_PROMOTED, PROMOTED } from "./disability-schedule-texts.js";

/** A disability schedule's ledger entry: the disabilities already rated under it. */
export interface DisabilityScheduleLedger extends CommonLedgerEntry {
  readonly disabilities: readonly { readonly code: string; readonly grade: number }[];
}

/**
 * Pays a disability by grade: the claim's disabilities are combined with those already rated under the coverage
 * (an item already rated is not rated twice); the combined grade's share of the sum insured, rounded once, less
 * what the coverage already paid. Payments never exceed the sum insured in total. An assessment later than the
 * window after the accident is referred: the wording wants the state on the window's last day.
 */
export function calculateDisabilitySchedule<Ledger extends DisabilityScheduleLedger>(input: CoverageCalculationInput<CompiledScheduleCoverage, Ledger>): CoverageAssessment<Ledger> {
  const { coverage, claim, ledger, context } = input;
  const { minorUnits } = context;
  if (claim.incident.disabilities.length === 0) return { applies: false };
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const reason = reasonsOf(DISABILITY_SCHEDULE_REASONS, context.currency);
  const rated = new Set(ledger.disabilities.map((disability) => disability.code));
  const newOnes = claim.incident.disabilities.filter((disability) => !rated.has(disability.code));

  const assessmentClause = coverage.source.clauseRefs.assessment ?? coverage.clauseId;
  const limitsClause = coverage.source.clauseRefs.limits ?? coverage.clauseId;
  const window = coverage.source.assessmentWindowDays;
  const referrals: Reason[] = claim.incident.disabilities
    .filter((disability) => daysBetween(disability.assessedOn, claim.incident.date) > window)
    .map((disability) => reason("DISABILITY_ASSESSED_LATE", assessmentClause, { code: disability.code, assessedOn: disability.assessedOn, window: String(window) }));

  const combinedList = [...ledger.disabilities, ...newOnes.map(({ code, grade }) => ({ code, grade }))];
  const combined = combineDisabilityGrades(combinedList.map((disability) => disability.grade));
  const share = coverage.shareByGrade.get(combined.grade);
  const reductions: Reason[] = [];
  if (share === undefined) reductions.push(reason("GRADE_NOT_IN_SCHEDULE", coverage.clauseId, { grade: String(combined.grade) }));
  const gross = share === undefined ? ZERO : roundToMinorUnit(coverage.sumInsured.times(share), minorUnits, context.rounding);
  const paidBefore = toMoney(ledger.paid);
  const { benefit, payable } = buildBenefit(
    {
      coverageId: coverage.id,
      kind: "schedule",
      clauseId: coverage.clauseId,
      description: fillTemplate(DISABILITY_BENEFIT, { grade: String(combined.grade) }, context.currency).message,
      gross,
      deductions: [{ kind: "earlier_payments", amount: paidBefore, clauseId: limitsClause }, ...sharedLimitDeductions(context, coverage.id)],
      basis: {
        sumInsured: money(coverage.sumInsured),
        disabilities: combinedList.map((disability) => `${disability.code}:${disability.grade}`).join(","),
        alreadyRated: ledger.disabilities.map((disability) => disability.code).join(","),
        combinedGrade: String(combined.grade),
        promoted: String(combined.promoted),
        share: share?.toString() ?? "0",
        paidBefore: money(paidBefore),
      },
    },
    minorUnits,
  );
  if (newOnes.length === 0) reductions.push(reason("DISABILITY_ALREADY_RATED", assessmentClause, {}));
  const step = stepsOf(DISABILITY_SCHEDULE_STEPS, context.currency);
  return {
    applies: true,
    payable,
    lines: [],
    benefit,
    steps: [step("disability_schedule", { grade: String(combined.grade), promotion: combined.promoted ? PROMOTED : NOT_PROMOTED }, { coverageId: coverage.id, inputs: { ...benefit.basis, gross: benefit.gross }, result: benefit.payable, clauseId: coverage.clauseId })],
    ledgerAfter: { ...ledger, paid: money(paidBefore.plus(payable)), disabilities: combinedList },
    reductions,
    referrals,
    terms: [],
    endsCoverages: [],
  };
}
