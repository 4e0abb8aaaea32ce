import { daysBetween } from "../../dates/iso-date.js";
import { formatMoney, toMoney, ZERO, type Money } from "../../money/money.js";
import type { CoverageAccumulator } from "../../ledger/accumulators-schema.js";
import type { Claim } from "../../claim/claim-schema.js";
import { buildBenefit } from "../build-benefit.js";
import type { CompiledPerDiemCoverage } from "../../policy/compile-policy.js";
import type { BenefitCoverageResult, BenefitReason } from "../coverage-result.js";

/** Days of a stay as the catalogue counts them: discharge − admission, at least 1 once admitted. */
export function stayDays(stay: NonNullable<Claim["hospitalStay"]>): number {
  return Math.max(1, daysBetween(stay.discharge, stay.admission));
}

/**
 * Pays an amount per day of hospital stay: the stay's days less the deductible days, within the maximum per stay
 * and what is left of the maximum per year (ledger `daysPaid`).
 */
export function calculatePerDiem(input: { coverage: CompiledPerDiemCoverage; claim: Claim; accumulator: CoverageAccumulator; minorUnits: number }): BenefitCoverageResult {
  const { coverage, claim, accumulator, minorUnits } = input;
  const stay = claim.hospitalStay;
  if (stay === undefined) return { status: "not_applicable", payable: ZERO, steps: [], accumulatorAfter: accumulator, reductions: [], referrals: [] };
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const { deductibleDays, maxDaysPerStay, maxDaysPerYear } = coverage.source;
  const days = stayDays(stay);
  const limitsClause = coverage.source.clauseRefs.limits ?? coverage.clauseId;
  const afterDeductible = Math.max(0, days - deductibleDays);
  const yearLeft = Math.max(0, maxDaysPerYear - accumulator.daysPaid);
  const payableDays = Math.min(afterDeductible, maxDaysPerStay, yearLeft);
  const beyondMaximum = afterDeductible - payableDays;
  const daily = coverage.dailyAmount;
  const { benefit, payable } = buildBenefit(
    {
      coverageId: coverage.id,
      kind: "per_diem",
      clauseId: coverage.clauseId,
      description: { en: `${payableDays} day(s) of hospital cash at ${money(daily)}`, zh: `住院津贴 ${payableDays} 日，每日 ${money(daily)}` },
      gross: daily.times(days),
      deductions: [
        { kind: "deductible_days", amount: daily.times(Math.min(days, deductibleDays)), clauseId: limitsClause },
        { kind: "benefit_maximum", amount: daily.times(beyondMaximum), clauseId: limitsClause, reasonCode: "DAYS_MAXIMUM" },
      ],
      basis: {
        admission: stay.admission,
        discharge: stay.discharge,
        days: String(days),
        deductibleDays: String(deductibleDays),
        maxDaysPerStay: String(maxDaysPerStay),
        daysPaidBefore: String(accumulator.daysPaid),
        maxDaysPerYear: String(maxDaysPerYear),
        payableDays: String(payableDays),
        dailyAmount: money(daily),
      },
    },
    minorUnits,
  );
  const reductions: BenefitReason[] =
    beyondMaximum > 0
      ? [{ code: "DAYS_MAXIMUM", clauseId: limitsClause, params: { days: String(beyondMaximum), maxDaysPerStay: String(maxDaysPerStay), maxDaysPerYear: String(maxDaysPerYear) } }]
      : [];
  return {
    status: payable.isZero() ? "nothing_payable" : "paid",
    payable,
    benefit,
    steps: [{ step: "per_diem", description: benefit.description, coverageId: coverage.id, inputs: { ...benefit.basis, gross: benefit.gross }, result: benefit.payable, clauseId: coverage.clauseId }],
    accumulatorAfter: { ...accumulator, daysPaid: accumulator.daysPaid + payableDays, paid: money(toMoney(accumulator.paid).plus(payable)) },
    reductions,
    referrals: [],
  };
}
