import { stayDays } from "../../claim/stay-days.js";
import { addCalendarDays } from "../../dates/add-calendar-days.js";
import { formatMoney, toMoney, type Money } from "../../money/money.js";
import { fillTemplate } from "../../trace/fill-template.js";
import { reasonsOf } from "../../trace/make-reason.js";
import { stepsOf } from "../../trace/make-step.js";
import { buildBenefit, sharedLimitDeductions } from "../build-benefit.js";
import type { CompiledCoverage, CoverageAssessment, CoverageCalculationInput } from "../coverage-kind-definition.js";
import type { CommonLedgerEntry } from "../coverage-ledger.js";
import type { PerDiemCoverage } from "./per-diem-coverage-schema.js";
import { PER_DIEM_REASONS, PER_DIEM_STEPS } from "./per-diem-texts.js";

export interface CompiledPerDiemCoverage extends CompiledCoverage<PerDiemCoverage> {
  readonly dailyAmount: Money;
}

/** Hospital cash's ledger entry: the days it has paid this policy year. */
export interface PerDiemLedger extends CommonLedgerEntry {
  readonly daysPaid: number;
}

/**
 * Pays an amount per day of hospital stay: the stay's days less the deductible days, within the maximum per stay
 * and what is left of the maximum per year (ledger `daysPaid`).
 */
export function calculatePerDiem<Ledger extends PerDiemLedger>(input: CoverageCalculationInput<CompiledPerDiemCoverage, Ledger>): CoverageAssessment<Ledger> {
  const { coverage, claim, ledger, context } = input;
  const { minorUnits } = context;
  const stay = claim.hospitalStay;
  if (stay === undefined) return { applies: false };
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const { deductibleDays, maxDaysPerStay, maxDaysPerYear } = coverage.source;
  const days = stayDays(stay);
  const limitsClause = coverage.source.clauseRefs.limits ?? coverage.clauseId;
  // The stay's days, from the day of admission; the deductible days are its first. A day another claim of the
  // insured was paid (the same stay sent again, or an overlapping one) is not paid again.
  const stayDates = Array.from({ length: days }, (_, k) => addCalendarDays(stay.admission, k));
  const paidElsewhere = context.hospitalDaysPaidElsewhere?.(coverage.id) ?? new Map<string, string>();
  const candidates = stayDates.slice(Math.min(days, deductibleDays));
  const alreadyPaid = candidates.filter((date) => paidElsewhere.has(date));
  const afterDeductible = candidates.length - alreadyPaid.length;
  const yearLeft = Math.max(0, maxDaysPerYear - ledger.daysPaid);
  const payableDays = Math.min(afterDeductible, maxDaysPerStay, yearLeft);
  const paidDates = candidates.filter((date) => !paidElsewhere.has(date)).slice(0, payableDays);
  const beyondMaximum = afterDeductible - payableDays;
  const daily = coverage.dailyAmount;
  const beyond = reasonsOf(PER_DIEM_REASONS, context.currency)("DAYS_MAXIMUM", limitsClause, { days: String(beyondMaximum), maxDaysPerStay: String(maxDaysPerStay), maxDaysPerYear: String(maxDaysPerYear) });
  const [firstPaid] = alreadyPaid;
  const paidBefore = firstPaid === undefined ? undefined : reasonsOf(PER_DIEM_REASONS, context.currency)("DAYS_ALREADY_PAID", limitsClause, { days: String(alreadyPaid.length), claimId: paidElsewhere.get(firstPaid) as string });
  const figures = { payableDays: String(payableDays), dailyAmount: money(daily) };
  const { benefit, payable } = buildBenefit(
    {
      coverageId: coverage.id,
      kind: "per_diem",
      clauseId: coverage.clauseId,
      description: fillTemplate(PER_DIEM_STEPS.per_diem, figures, context.currency).message,
      gross: daily.times(days),
      deductions: [
        { kind: "deductible_days", amount: daily.times(Math.min(days, deductibleDays)), clauseId: limitsClause },
        ...(paidBefore === undefined ? [] : [{ kind: "days_already_paid" as const, amount: daily.times(alreadyPaid.length), clauseId: limitsClause, reason: paidBefore }]),
        { kind: "benefit_maximum", amount: daily.times(beyondMaximum), clauseId: limitsClause, reason: beyond },
        ...sharedLimitDeductions(context, coverage.id),
      ],
      basis: {
        admission: stay.admission,
        discharge: stay.discharge,
        days: String(days),
        deductibleDays: String(deductibleDays),
        maxDaysPerStay: String(maxDaysPerStay),
        daysPaidBefore: String(ledger.daysPaid),
        maxDaysPerYear: String(maxDaysPerYear),
        payableDays: String(payableDays),
        dailyAmount: money(daily),
        ...(alreadyPaid.length > 0 ? { daysPaidOnOtherClaims: String(alreadyPaid.length) } : {}),
      },
    },
    minorUnits,
  );
  return {
    applies: true,
    payable,
    lines: [],
    benefit,
    steps: [stepsOf(PER_DIEM_STEPS, context.currency)("per_diem", figures, { coverageId: coverage.id, inputs: { ...benefit.basis, gross: benefit.gross }, result: benefit.payable, clauseId: coverage.clauseId })],
    ledgerAfter: { ...ledger, daysPaid: ledger.daysPaid + payableDays, paid: money(toMoney(ledger.paid).plus(payable)) },
    reductions: [...(paidBefore === undefined ? [] : [paidBefore]), ...(beyondMaximum > 0 ? [beyond] : [])],
    hospitalDaysPaid: paidDates,
    referrals: [],
    terms: [],
    endsCoverages: [],
  };
}
