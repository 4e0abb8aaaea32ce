import { daysBetween } from "../../dates/iso-date.js";
import { formatMoney, roundToMinorUnit, toMoney, ZERO, type Money } from "../../money/money.js";
import { reasonsOf } from "../../trace/make-reason.js";
import { stepsOf } from "../../trace/make-step.js";
import { buildBenefit, sharedLimitDeductions } from "../build-benefit.js";
import type { CoverageAssessment, CoverageCalculationInput } from "../coverage-kind-definition.js";
import type { CommonLedgerEntry } from "../coverage-ledger.js";
import type { CompiledFixedCoverage } from "./compile-fixed-benefit-coverage.js";
import { FIXED_BENEFIT_REASONS, FIXED_BENEFIT_STEPS } from "./fixed-benefit-texts.js";

/** A fixed benefit's ledger entry: how many times each tier has paid. */
export interface FixedBenefitLedger extends CommonLedgerEntry {
  readonly payouts: Readonly<Record<string, number>>;
  readonly conditionsPaid: Readonly<Record<string, readonly string[]>>;
}

/** The condition a claim is for: the first of the coverage's conditions a diagnosis falls under, else the first diagnosis. */
function conditionOf(coverage: CompiledFixedCoverage, diagnosisCodes: readonly string[]): { readonly id: string; readonly name: { readonly en: string; readonly zh: string } } | undefined {
  for (const condition of coverage.source.conditions) {
    if (diagnosisCodes.some((code) => condition.codes.some((prefix) => code.startsWith(prefix)))) return condition;
  }
  const [code] = diagnosisCodes;
  return code === undefined ? undefined : { id: code, name: { en: code, zh: code } };
}

/**
 * Pays the first tier (most severe first) whose event occurred: share × sum insured, rounded once to the minor
 * unit, less what the coverages it names have paid; once a tier has paid `maxPayouts` times it pays nothing more,
 * and a tier that ends the coverage closes it in the ledger.
 */
export function calculateFixedBenefit<Ledger extends FixedBenefitLedger>(input: CoverageCalculationInput<CompiledFixedCoverage, Ledger>): CoverageAssessment<Ledger> {
  const { coverage, claim, ledger, context } = input;
  const { minorUnits } = context;
  const reason = reasonsOf(FIXED_BENEFIT_REASONS, context.currency);
  const death = claim.incident.death;
  const deathDays = death === undefined ? undefined : daysBetween(death.date, claim.incident.date);
  const outsideWindow = (benefit: (typeof coverage.benefits)[number]) => benefit.deathWithinDays !== undefined && (deathDays === undefined || deathDays > benefit.deathWithinDays);
  const tier = coverage.benefits.find((benefit) => input.held.has(benefit.id) && !outsideWindow(benefit));
  const nothing = { payable: ZERO, lines: [], steps: [], ledgerAfter: ledger, referrals: [], terms: [], endsCoverages: [] };
  if (tier === undefined) {
    // A death the wording would pay, had it followed the accident within the window: say so, rather than "not covered".
    const late = coverage.benefits.find((benefit) => input.held.has(benefit.id) && deathDays !== undefined && outsideWindow(benefit));
    if (late === undefined || deathDays === undefined) return { applies: false };
    return { applies: true, ...nothing, reductions: [reason("DEATH_AFTER_WINDOW", late.clauseId ?? coverage.clauseId, { days: String(deathDays), window: String(late.deathWithinDays) })] };
  }

  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const clauseId = tier.clauseId ?? coverage.clauseId;
  const gross = roundToMinorUnit(coverage.sumInsured.times(tier.shareRate), minorUnits, context.rounding);
  const payoutsBefore = Object.hasOwn(ledger.payouts, tier.id) ? (ledger.payouts[tier.id] as number) : 0;
  const condition = tier.oncePerCondition ? conditionOf(coverage, claim.incident.diagnosisCodes) : undefined;
  const paidConditions = Object.hasOwn(ledger.conditionsPaid, tier.id) ? (ledger.conditionsPaid[tier.id] as readonly string[]) : [];
  const conditionPaid = condition !== undefined && paidConditions.includes(condition.id);
  const exhausted = conditionPaid || payoutsBefore >= tier.maxPayouts;
  const exhaustion = conditionPaid
    ? reason("CONDITION_ALREADY_PAID", clauseId, { benefit: tier.name, condition: condition.name }, { recorded: { benefit: tier.id, conditionId: condition.id } })
    : reason("PAYOUTS_EXHAUSTED", clauseId, { benefit: tier.name, maxPayouts: String(tier.maxPayouts) }, { recorded: { benefit: tier.id } });
  const earlier = tier.deductPaidBy.reduce((total, id) => total.plus(context.paidSoFar(id)), ZERO);
  const { benefit, payable } = buildBenefit(
    {
      coverageId: coverage.id,
      kind: "fixed",
      benefitId: tier.id,
      clauseId,
      description: tier.name,
      gross,
      deductions: exhausted ? [{ kind: "benefit_maximum", amount: gross, clauseId, reason: exhaustion }] : [{ kind: "earlier_payments", amount: earlier, clauseId }, ...sharedLimitDeductions(context, coverage.id)],
      basis: {
        sumInsured: money(coverage.sumInsured),
        share: tier.share,
        payoutsBefore: String(payoutsBefore),
        maxPayouts: String(tier.maxPayouts),
        ...(tier.deductPaidBy.length > 0 ? { deductPaidBy: tier.deductPaidBy.join(","), paidByThem: money(earlier) } : {}),
        ...(death !== undefined ? { diedOn: death.date } : {}),
        ...(condition !== undefined ? { condition: condition.id } : {}),
      },
      evidence: (input.held.get(tier.id) ?? []).map((item) => ({ ...item })),
    },
    minorUnits,
  );
  return {
    applies: true,
    payable,
    lines: [],
    benefit,
    steps: [stepsOf(FIXED_BENEFIT_STEPS, context.currency)("fixed_benefit", { benefit: tier.name, share: tier.share }, { coverageId: coverage.id, inputs: { ...benefit.basis, gross: benefit.gross }, result: benefit.payable, clauseId })],
    ledgerAfter: exhausted
      ? ledger
      : {
          ...ledger,
          paid: money(toMoney(ledger.paid).plus(payable)),
          payouts: { ...ledger.payouts, [tier.id]: payoutsBefore + 1 },
          conditionsPaid: condition === undefined ? ledger.conditionsPaid : { ...ledger.conditionsPaid, [tier.id]: [...paidConditions, condition.id] },
          ended: ledger.ended || tier.endsCoverage,
        },
    reductions: exhausted ? [exhaustion] : [],
    referrals: [],
    terms: [],
    endsCoverages: exhausted ? [] : tier.endsCoverages,
  };
}
