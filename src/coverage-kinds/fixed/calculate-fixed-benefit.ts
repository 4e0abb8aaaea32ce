import { daysBetween } from "../../dates/iso-date.js";
import { formatMoney, roundToMinorUnit, toMoney, ZERO, type Money, type RoundingMode } from "../../money/money.js";
import type { EvaluatedComparison } from "../../rules/condition-evaluator.js";
import type { CoverageAccumulator } from "../../ledger/accumulators-schema.js";
import type { Claim } from "../../claim/claim-schema.js";
import { buildBenefit } from "../build-benefit.js";
import type { CompiledFixedCoverage } from "../../policy/compile-policy.js";
import type { BenefitCoverageResult } from "../coverage-result.js";

export interface FixedBenefitInput {
  readonly coverage: CompiledFixedCoverage;
  readonly claim: Claim;
  /** The tiers whose `when` held on the claim, by benefit id, with the evidence. */
  readonly held: ReadonlyMap<string, readonly EvaluatedComparison[]>;
  readonly accumulator: CoverageAccumulator;
  /** What a coverage has paid so far: the ledger plus what this claim's earlier coverages pay. */
  readonly paidSoFar: (coverageId: string) => Money;
  readonly minorUnits: number;
  readonly rounding: RoundingMode;
}

/**
 * Pays the first tier (most severe first) whose event occurred: share × sum insured, rounded once to the minor
 * unit, less what the coverages it names have paid; once a tier has paid `maxPayouts` times it pays nothing more,
 * and a tier that ends the coverage closes it in the ledger.
 */
export function calculateFixedBenefit(input: FixedBenefitInput): BenefitCoverageResult {
  const { coverage, claim, accumulator, minorUnits } = input;
  const death = claim.incident.death;
  const deathDays = death === undefined ? undefined : daysBetween(death.date, claim.incident.date);
  const outsideWindow = (benefit: (typeof coverage.benefits)[number]) => benefit.deathWithinDays !== undefined && (deathDays === undefined || deathDays > benefit.deathWithinDays);
  const tier = coverage.benefits.find((benefit) => input.held.has(benefit.id) && !outsideWindow(benefit));
  if (tier === undefined) {
    // A death the wording would pay, had it followed the accident within the window: say so, rather than "not covered".
    const late = coverage.benefits.find((benefit) => input.held.has(benefit.id) && deathDays !== undefined && outsideWindow(benefit));
    if (late === undefined || deathDays === undefined) return { status: "not_applicable", payable: ZERO, steps: [], accumulatorAfter: accumulator, reductions: [], referrals: [] };
    return {
      status: "nothing_payable",
      payable: ZERO,
      steps: [],
      accumulatorAfter: accumulator,
      reductions: [{ code: "DEATH_AFTER_WINDOW", clauseId: late.clauseId ?? coverage.clauseId, params: { days: String(deathDays), window: String(late.deathWithinDays) } }],
      referrals: [],
    };
  }

  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const clauseId = tier.clauseId ?? coverage.clauseId;
  const gross = roundToMinorUnit(coverage.sumInsured.times(tier.shareRate), minorUnits, input.rounding);
  const payoutsBefore = accumulator.payouts[tier.id] ?? 0;
  const exhausted = payoutsBefore >= tier.maxPayouts;
  const earlier = tier.deductPaidBy.reduce((total, id) => total.plus(input.paidSoFar(id)), ZERO);
  const { benefit, payable } = buildBenefit(
    {
      coverageId: coverage.id,
      kind: "fixed",
      benefitId: tier.id,
      clauseId,
      description: tier.name,
      gross,
      deductions: exhausted
        ? [{ kind: "benefit_maximum", amount: gross, clauseId, reasonCode: "PAYOUTS_EXHAUSTED" }]
        : [{ kind: "earlier_payments", amount: earlier, clauseId }],
      basis: {
        sumInsured: money(coverage.sumInsured),
        share: tier.share,
        payoutsBefore: String(payoutsBefore),
        maxPayouts: String(tier.maxPayouts),
        ...(tier.deductPaidBy.length > 0 ? { deductPaidBy: tier.deductPaidBy.join(","), paidByThem: money(earlier) } : {}),
        ...(death !== undefined ? { diedOn: death.date } : {}),
      },
      evidence: (input.held.get(tier.id) ?? []).map((item) => ({ ...item })),
    },
    minorUnits,
  );
  return {
    status: payable.isZero() ? "nothing_payable" : "paid",
    payable,
    benefit,
    steps: [
      {
        step: "fixed_benefit",
        description: { en: `${tier.name.en}: ${tier.share} × sum insured`, zh: `${tier.name.zh}：保险金额 × ${tier.share}` },
        coverageId: coverage.id,
        inputs: { ...benefit.basis, gross: benefit.gross },
        result: benefit.payable,
        clauseId,
      },
    ],
    accumulatorAfter: exhausted
      ? accumulator
      : {
          ...accumulator,
          paid: money(toMoney(accumulator.paid).plus(payable)),
          payouts: { ...accumulator.payouts, [tier.id]: payoutsBefore + 1 },
          ended: accumulator.ended || tier.endsCoverage,
        },
    reductions: exhausted ? [{ code: "PAYOUTS_EXHAUSTED", clauseId, params: { benefit: tier.id, "benefit.en": tier.name.en, "benefit.zh": tier.name.zh, maxPayouts: String(tier.maxPayouts) } }] : [],
    endsCoverages: exhausted ? [] : tier.endsCoverages,
    referrals: [],
  };
}
