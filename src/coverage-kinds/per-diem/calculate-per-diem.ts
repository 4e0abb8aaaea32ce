import type { Claim } from "../../claim/claim-schema.js";
import { countedStayDates } from "../../claim/stay-days.js";
import { daysBetween } from "../../dates/iso-date.js";
import { formatMoney, sumMoney, toMoney, type Money } from "../../money/money.js";
import { fillTemplate } from "../../trace/fill-template.js";
import { reasonsOf } from "../../trace/make-reason.js";
import { stepsOf } from "../../trace/make-step.js";
import type { AdjustmentKind } from "../../codes/adjustment-kinds.js";
import { benefitAdjustmentSteps } from "../benefit-adjustment-steps.js";
import { buildBenefit, sharedLimitDeductions } from "../build-benefit.js";
import type { CompiledCoverage, CoverageAssessment, CoverageCalculationInput, EarlierStay } from "../coverage-kind-definition.js";
import type { CommonLedgerEntry } from "../coverage-ledger.js";
import type { PerDiemCoverage } from "./per-diem-coverage-schema.js";
import type { LocalizedText } from "../../values/primitives.js";
import { PER_DIEM_REASONS, PER_DIEM_STEPS, PER_DIEM_WORDS } from "./per-diem-texts.js";

export interface CompiledPerDiemCoverage extends CompiledCoverage<PerDiemCoverage> {
  readonly dailyAmount: Money;
  /** The daily amounts by ward type (`wardRates`), empty when every day is paid at `dailyAmount`. */
  readonly wardRates: ReadonlyMap<string, { readonly name: LocalizedText; readonly dailyAmount: Money }>;
}

type Stay = NonNullable<Claim["hospitalStay"]>;

/**
 * The ward type a day of the stay was spent in, by the claim's ward stretches (`from` ≤ day < `to`, as the stay's
 * days are counted; a stretch of one day is that day, and the discharge day, when counted, belongs to the stretch
 * ending on it); undefined for the general ward.
 */
function wardTypeOn(stay: Stay, date: string): string | undefined {
  const ward = (stay.wards ?? []).find((w) => w.from <= date && (date < w.to || (date === w.to && (w.from === w.to || date === stay.discharge))));
  return ward?.type;
}

/** The adjustments of hospital cash that are days not paid (the payable days leave them out), not cuts of the amount. */
const DAY_ADJUSTMENTS: ReadonlySet<AdjustmentKind> = new Set<AdjustmentKind>(["deductible_days", "days_already_paid", "benefit_maximum"]);

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
  const limitsClause = coverage.source.clauseRefs.limits ?? coverage.clauseId;
  // The stay's days as the wording counts them, from the day of admission; the deductible days are its first. A day
  // another claim of the insured was paid (the same stay sent again, or an overlapping one) is not paid again.
  const stayDates = countedStayDates(stay, coverage.source.dayCounting);
  const days = stayDates.length;
  // Each day at the rate of the ward it was spent in: a ward type the coverage does not rate is the general ward.
  const byWard = coverage.wardRates.size > 0;
  const rateTypeOn = (date: string): string | undefined => {
    const type = byWard ? wardTypeOn(stay, date) : undefined;
    return type !== undefined && coverage.wardRates.has(type) ? type : undefined;
  };
  const rateOn = (date: string): Money => {
    const type = rateTypeOn(date);
    return type === undefined ? coverage.dailyAmount : (coverage.wardRates.get(type)?.dailyAmount ?? coverage.dailyAmount);
  };
  const amountOf = (dates: readonly string[]): Money => sumMoney(dates.map(rateOn));
  const paidElsewhere = context.hospitalDaysPaidElsewhere?.(coverage.id) ?? new Map<string, string>();
  // A readmission continuing earlier stays: their days count towards the deductible days, their paid days towards
  // the maximum per stay.
  const readmission = readmissionOf(coverage, claim, context.earlierStays?.() ?? []);
  const deductibleLeft = Math.max(0, deductibleDays - (readmission?.earlierDays ?? 0));
  const stayMaximumLeft = Math.max(0, maxDaysPerStay - (readmission?.earlierPaid ?? 0));
  const candidates = stayDates.slice(Math.min(days, deductibleLeft));
  const alreadyPaid = candidates.filter((date) => paidElsewhere.has(date));
  const afterDeductible = candidates.length - alreadyPaid.length;
  const yearLeft = Math.max(0, maxDaysPerYear - ledger.daysPaid);
  const payableDays = Math.min(afterDeductible, stayMaximumLeft, yearLeft);
  const unpaidBefore = candidates.filter((date) => !paidElsewhere.has(date));
  const paidDates = unpaidBefore.slice(0, payableDays);
  const beyondMaximum = afterDeductible - payableDays;
  const daily = coverage.dailyAmount;
  const beyond = reasonsOf(PER_DIEM_REASONS, context.currency)("DAYS_MAXIMUM", limitsClause, { days: String(beyondMaximum), maxDaysPerStay: String(maxDaysPerStay), maxDaysPerYear: String(maxDaysPerYear) });
  const [firstPaid] = alreadyPaid;
  const paidBefore = firstPaid === undefined ? undefined : reasonsOf(PER_DIEM_REASONS, context.currency)("DAYS_ALREADY_PAID", limitsClause, { days: String(alreadyPaid.length), claimId: paidElsewhere.get(firstPaid) as string });
  const figures = { payableDays: String(payableDays), dailyAmount: money(daily) };
  const wards = byWard ? wardBreakdown(coverage, stayDates, paidDates, rateTypeOn) : [];
  const step = stepsOf(PER_DIEM_STEPS, context.currency);
  const { benefit, payable } = buildBenefit(
    {
      coverageId: coverage.id,
      kind: "per_diem",
      clauseId: coverage.clauseId,
      description: byWard ? fillTemplate(PER_DIEM_STEPS.per_diem_by_ward, figures, context.currency).message : fillTemplate(PER_DIEM_STEPS.per_diem, figures, context.currency).message,
      gross: amountOf(stayDates),
      deductions: [
        { kind: "deductible_days", amount: amountOf(stayDates.slice(0, Math.min(days, deductibleLeft))), clauseId: limitsClause },
        ...(paidBefore === undefined ? [] : [{ kind: "days_already_paid" as const, amount: amountOf(alreadyPaid), clauseId: limitsClause, reason: paidBefore }]),
        { kind: "benefit_maximum", amount: amountOf(unpaidBefore.slice(payableDays)), clauseId: limitsClause, reason: beyond },
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
        ...(coverage.source.dayCounting !== undefined ? { dayCounting: coverage.source.dayCounting } : {}),
        ...(readmission !== undefined ? { readmissionOf: readmission.claimId, earlierStayDays: String(readmission.earlierDays), earlierPaidDays: String(readmission.earlierPaid) } : {}),
        ...Object.fromEntries(wards.flatMap((ward) => [[`${ward.key}.days`, String(ward.days)], [`${ward.key}.paidDays`, String(ward.paidDays)], [`${ward.key}.dailyAmount`, money(ward.dailyAmount)]])),
      },
    },
    minorUnits,
  );
  // The days counted leave out the deductible days, the days paid before and those above the maximum: the step of the
  // days ends at what they are worth, and only the cuts that are not days (a shared limit) are steps of their own.
  const dayCuts = benefit.adjustments.filter((adjustment) => DAY_ADJUSTMENTS.has(adjustment.kind));
  const otherCuts = benefit.adjustments.filter((adjustment) => !DAY_ADJUSTMENTS.has(adjustment.kind));
  const daysWorth = formatMoney(toMoney(benefit.gross).minus(sumMoney(dayCuts.map((adjustment) => toMoney(adjustment.amount)))), minorUnits);
  return {
    applies: true,
    payable,
    lines: [],
    benefit,
    steps: [
      ...(readmission === undefined
        ? []
        : [
            step(
              "per_diem_readmission",
              { gap: String(readmission.gap), discharge: readmission.discharge, claimId: readmission.claimId, earlierDays: String(readmission.earlierDays), earlierPaid: String(readmission.earlierPaid) },
              { coverageId: coverage.id, inputs: { claimId: readmission.claimId, discharge: readmission.discharge, gap: String(readmission.gap), earlierDays: String(readmission.earlierDays), earlierPaid: String(readmission.earlierPaid) }, result: String(stayMaximumLeft), clauseId: coverage.source.readmission?.clauseId ?? limitsClause },
            ),
          ]),
      ...(byWard
      ? [
          ...wards.map((ward) => {
            const amount = money(ward.dailyAmount.times(ward.paidDays));
            const wardFigures = { ward: ward.name, days: String(ward.days), paidDays: String(ward.paidDays), dailyAmount: money(ward.dailyAmount), amount };
            return step("per_diem_ward", wardFigures, { coverageId: coverage.id, inputs: { ward: ward.key, days: String(ward.days), paidDays: String(ward.paidDays), dailyAmount: money(ward.dailyAmount) }, result: amount, clauseId: coverage.clauseId });
          }),
          step("per_diem_by_ward", figures, { coverageId: coverage.id, inputs: { ...benefit.basis, gross: benefit.gross }, result: daysWorth, clauseId: coverage.clauseId }),
        ]
      : [step("per_diem", figures, { coverageId: coverage.id, inputs: { ...benefit.basis, gross: benefit.gross }, result: daysWorth, clauseId: coverage.clauseId })]),
      ...benefitAdjustmentSteps(benefit, otherCuts, toMoney(daysWorth), coverage.source.name, minorUnits, context.currency),
    ],
    ledgerAfter: { ...ledger, daysPaid: ledger.daysPaid + payableDays, paid: money(toMoney(ledger.paid).plus(payable)) },
    reductions: [...(paidBefore === undefined ? [] : [paidBefore]), ...(beyondMaximum > 0 ? [beyond] : [])],
    hospitalDaysPaid: paidDates,
    referrals: [],
    terms: [],
    endsCoverages: [],
  };
}

interface WardDays {
  /** `generalWard`, or `ward.<type>`, as the benefit's basis names its figures. */
  readonly key: string;
  readonly name: LocalizedText;
  readonly dailyAmount: Money;
  readonly days: number;
  readonly paidDays: number;
}

/** The stay's days and paid days by the rate they are paid at: the general ward first, then the rated wards in the policy's order, each with a day. */
function wardBreakdown(coverage: CompiledPerDiemCoverage, stayDates: readonly string[], paidDates: readonly string[], rateTypeOn: (date: string) => string | undefined): WardDays[] {
  const count = (dates: readonly string[], type: string | undefined) => dates.filter((date) => rateTypeOn(date) === type).length;
  const general: WardDays = { key: "generalWard", name: PER_DIEM_WORDS.generalWard, dailyAmount: coverage.dailyAmount, days: count(stayDates, undefined), paidDays: count(paidDates, undefined) };
  const rated = [...coverage.wardRates].map(([type, rate]): WardDays => ({ key: `ward.${type}`, name: rate.name, dailyAmount: rate.dailyAmount, days: count(stayDates, type), paidDays: count(paidDates, type) }));
  return [general, ...rated].filter((ward) => ward.days > 0);
}

interface Readmission {
  /** The latest earlier stay this one continues. */
  readonly claimId: string;
  readonly discharge: string;
  /** Days from that discharge to this admission. */
  readonly gap: number;
  /** Days in hospital of every earlier stay of the chain, as the coverage counts them, and the days it paid on them. */
  readonly earlierDays: number;
  readonly earlierPaid: number;
}

/** The ICD-10 category of a diagnosis (J18.9 → J18): "the same disease" of a readmission. */
const category = (code: string | undefined): string | undefined => code?.slice(0, 3);

/**
 * The earlier stays a readmission continues: the latest stay discharged at most `withinDays` days before this
 * admission (not after it: the same days claimed again are days already paid) with the same principal diagnosis
 * category, then the one that stay continues, and so on.
 */
function readmissionOf(coverage: CompiledPerDiemCoverage, claim: CoverageCalculationInput<CompiledPerDiemCoverage, PerDiemLedger>["claim"], stays: readonly EarlierStay[]): Readmission | undefined {
  const terms = coverage.source.readmission;
  const stay = claim.hospitalStay;
  if (terms === undefined || stay === undefined) return undefined;
  const disease = category(claim.incident.principalDiagnosis ?? claim.incident.diagnosisCodes[0]);
  if (disease === undefined) return undefined;
  const chain: EarlierStay[] = [];
  let admission = stay.admission;
  for (;;) {
    const from = admission;
    const previous = stays
      .filter((earlier) => !chain.includes(earlier) && category(earlier.principalDiagnosis) === disease && earlier.discharge <= from && daysBetween(from, earlier.discharge) <= terms.withinDays)
      .sort((a, b) => (a.discharge < b.discharge ? 1 : a.discharge > b.discharge ? -1 : a.claimId < b.claimId ? -1 : 1))[0];
    if (previous === undefined) break;
    chain.push(previous);
    admission = previous.admission;
  }
  const [latest] = chain;
  if (latest === undefined) return undefined;
  return {
    claimId: latest.claimId,
    discharge: latest.discharge,
    gap: daysBetween(stay.admission, latest.discharge),
    earlierDays: chain.reduce((sum, earlier) => sum + countedStayDates(earlier, coverage.source.dayCounting).length, 0),
    earlierPaid: chain.reduce((sum, earlier) => sum + (earlier.daysPaid[coverage.id]?.length ?? 0), 0),
  };
}
