import type Decimal from "decimal.js";
import { flightDelayMinutes, measuredToReplacement } from "../../claim/flight-delay-minutes.js";
import { Dec, formatMoney, minMoney, roundToMinorUnit, toMoney, ZERO, type Money, type RoundingMode } from "../../money/money.js";
import { fillTemplate } from "../../trace/fill-template.js";
import { reasonsOf } from "../../trace/make-reason.js";
import { benefitAdjustmentSteps } from "../benefit-adjustment-steps.js";
import { stepsOf } from "../../trace/make-step.js";
import { buildBenefit, sharedLimitDeductions } from "../build-benefit.js";
import type { CompiledCoverage, CoverageAssessment, CoverageCalculationInput } from "../coverage-kind-definition.js";
import type { CommonLedgerEntry } from "../coverage-ledger.js";
import type { ParametricCoverage } from "./parametric-coverage-schema.js";
import { blockWords, DELAY_TO_REPLACEMENT, DISRUPTIONS, MEASURED, PARAMETRIC_BENEFIT_BLOCKS_ONLY, PARAMETRIC_BENEFIT_BLOCKS_ONLY_MORE_THAN, PARAMETRIC_BENEFIT, PARAMETRIC_BENEFIT_BLOCKS, PARAMETRIC_BENEFIT_BLOCKS_MORE_THAN, PARAMETRIC_BENEFIT_MORE_THAN, PARAMETRIC_REASONS, PARAMETRIC_STEPS } from "./parametric-texts.js";

export interface CompiledParametricCoverage extends CompiledCoverage<ParametricCoverage> {
  /** Highest threshold first. */
  readonly tiers: readonly CompiledParametricTier[];
  readonly limit: Money;
}

/** A tier as compiled: its threshold and blocks in minutes, its amounts as decimals. */
export interface CompiledParametricTier {
  readonly minHours: number;
  readonly minMinutes: Decimal;
  readonly amount: Money;
  readonly perHours?: { readonly everyHours: number; readonly everyMinutes: Decimal; readonly amount: Money; readonly counting: "full" | "pro_rata"; readonly countedFrom: "scheduled" | "threshold" };
  readonly maxAmount?: Money;
}

/**
 * What a tier pays for a delay: its amount, plus its blocks of hours (每满 N 小时, whole blocks or pro rata, from the
 * scheduled time or the threshold), rounded once to the minor unit.
 *
 * @example
 * // 200.00 per full 4 hours, from the scheduled time: 7h59 is 1 block, 8h00 is 2.
 * tierGross({ minHours: 4, amount: 0, perHours: { everyHours: 4, amount: 200, counting: "full", countedFrom: "scheduled" } }, 479) //=> { gross: 200, blocks: 1 }
 */
export function tierGross(tier: CompiledParametricTier, minutes: number, minorUnits: number, rounding: RoundingMode): { readonly gross: Money; readonly blocks?: Decimal } {
  const per = tier.perHours;
  if (per === undefined) return { gross: tier.amount };
  const counted = Dec.max(0, new Dec(minutes).minus(per.countedFrom === "threshold" ? tier.minMinutes : 0));
  const ratio = counted.div(per.everyMinutes);
  const blocks = per.counting === "full" ? ratio.floor() : ratio;
  return { gross: roundToMinorUnit(tier.amount.plus(per.amount.times(blocks)), minorUnits, rounding), blocks };
}

/** A parametric cover's ledger entry: the flights it paid. */
export interface ParametricLedger extends CommonLedgerEntry {
  readonly flightsPaid: readonly { readonly flight: string; readonly claimId: string }[];
}

/** A flight as the ledger knows it: carrier, number and the scheduled departure's local date. */
export function flightKey(flight: { readonly carrier: string; readonly number: string; readonly scheduledDeparture: string }): string {
  return `${flight.carrier} ${flight.number} ${flight.scheduledDeparture.slice(0, 10)}`;
}

/**
 * Pays the highest tier the measured delay reaches, within what is left of the coverage's limit; a flight it paid
 * before (on another claim) is not paid again.
 */
export function calculateParametric<Ledger extends ParametricLedger>(input: CoverageCalculationInput<CompiledParametricCoverage, Ledger>): CoverageAssessment<Ledger> {
  const { coverage, claim, ledger, context } = input;
  const { minorUnits } = context;
  const flight = claim.flight;
  if (flight === undefined) return { applies: false };
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const reason = reasonsOf(PARAMETRIC_REASONS, context.currency);
  // 备降, 返航: the delay is the late arrival at the destination.
  const measured = flight.disruption === "diverted" || flight.disruption === "returned" ? "arrival_delay" : coverage.source.measure;
  const minutes = flightDelayMinutes(flight, measured);
  // 超过 N 小时 is exclusive: exactly N hours does not reach the tier; 达到 N 小时 is inclusive.
  const exclusive = coverage.source.thresholds === "more_than";
  const tier = coverage.tiers.find((candidate) => (exclusive ? candidate.minMinutes.lessThan(minutes) : candidate.minMinutes.lessThanOrEqualTo(minutes)));
  const lowest = coverage.tiers[coverage.tiers.length - 1];
  const hours = `${Math.floor(Math.max(0, minutes) / 60)}h${String(Math.max(0, minutes) % 60).padStart(2, "0")}`;
  const replacement = flight.replacement === undefined ? undefined : `${flight.replacement.carrier} ${flight.replacement.number}`;
  const toReplacement = measuredToReplacement(flight);
  const delay = toReplacement ? fillTemplate(DELAY_TO_REPLACEMENT, { delay: hours, replacement: replacement as string }, context.currency).message : hours;
  const measure = MEASURED[measured];
  const basis = {
    flight: `${flight.carrier} ${flight.number}`,
    measure: measured,
    ...(flight.disruption !== undefined ? { disruption: flight.disruption } : {}),
    ...(replacement !== undefined ? { replacement, measuredTo: toReplacement ? "replacement" : "flight" } : {}),
    ...(flight.replacement?.arrangedBy === "insured" ? { replacementArrangedBy: "insured" } : {}),
    delayMinutes: String(minutes),
    tierHours: tier === undefined ? "none" : String(tier.minHours),
    limit: money(coverage.limit),
    paidBefore: money(toMoney(ledger.paid)),
  };
  const step = stepsOf(PARAMETRIC_STEPS, context.currency);
  if (replacement !== undefined && flight.replacement?.arrangedBy === "insured" && coverage.source.selfRebooking === "not_covered") {
    return {
      applies: true,
      payable: ZERO,
      lines: [],
      steps: [step("parametric", { measure, delay }, { coverageId: coverage.id, inputs: basis, result: money(ZERO), clauseId: coverage.clauseId })],
      ledgerAfter: ledger,
      reductions: [reason("SELF_REBOOKING_NOT_COVERED", coverage.source.clauseRefs.disruptions ?? coverage.clauseId, { flight: basis.flight, replacement })],
      referrals: [],
      terms: [],
      endsCoverages: [],
    };
  }
  if (flight.disruption !== undefined && coverage.source.disruptionsExcluded.includes(flight.disruption)) {
    return {
      applies: true,
      payable: ZERO,
      lines: [],
      steps: [step("parametric", { measure, delay }, { coverageId: coverage.id, inputs: basis, result: money(ZERO), clauseId: coverage.clauseId })],
      ledgerAfter: ledger,
      reductions: [reason("DISRUPTION_NOT_COVERED", coverage.source.clauseRefs.disruptions ?? coverage.clauseId, { disruption: DISRUPTIONS[flight.disruption], flight: basis.flight })],
      referrals: [],
      terms: [],
      endsCoverages: [],
    };
  }
  if (tier === undefined) {
    return {
      applies: true,
      payable: ZERO,
      lines: [],
      steps: [step("parametric", { measure, delay }, { coverageId: coverage.id, inputs: basis, result: money(ZERO), clauseId: coverage.clauseId })],
      ledgerAfter: ledger,
      reductions: [
        exclusive
          ? reason("DELAY_NOT_MORE_THAN_THRESHOLD", coverage.clauseId, { measure, delay, minHours: String(lowest?.minHours ?? 0) }, { recorded: { measure: measure.en } })
          : reason("DELAY_BELOW_THRESHOLD", coverage.clauseId, { measure, delay, minHours: String(lowest?.minHours ?? 0) }, { recorded: { measure: measure.en } }),
      ],
      referrals: [],
      terms: [],
      endsCoverages: [],
    };
  }
  const paidBefore = toMoney(ledger.paid);
  const limitsClause = coverage.source.clauseRefs.limits ?? coverage.clauseId;
  const key = flightKey(flight);
  const paidOn = ledger.flightsPaid.find((entry) => entry.flight === key && entry.claimId !== claim.id);
  const already = paidOn === undefined ? undefined : reason("FLIGHT_ALREADY_PAID", coverage.clauseId, { flight: basis.flight, date: flight.scheduledDeparture.slice(0, 10), claimId: paidOn.claimId });
  const left = coverage.limit.minus(minMoney(paidBefore, coverage.limit));
  const limitReached = reason("LIMIT_REACHED", limitsClause, { limit: money(coverage.limit) });
  const { gross, blocks } = tierGross(tier, minutes, minorUnits, context.rounding);
  const tierMax = tier.maxAmount !== undefined && gross.greaterThan(tier.maxAmount) ? reason("TIER_MAXIMUM", coverage.clauseId, { max: money(tier.maxAmount) }) : undefined;
  const afterTierMax = tierMax !== undefined && tier.maxAmount !== undefined ? tier.maxAmount : gross;
  const tierBasis = {
    ...(exclusive ? { thresholds: "more_than" } : {}),
    ...(tier.perHours !== undefined && blocks !== undefined
      ? { baseAmount: money(tier.amount), everyHours: String(tier.perHours.everyHours), perBlock: money(tier.perHours.amount), counting: tier.perHours.counting, countedFrom: tier.perHours.countedFrom, blocks: blocks.toString() }
      : {}),
    ...(tier.maxAmount !== undefined ? { tierMaximum: money(tier.maxAmount) } : {}),
  };
  const description =
    tier.perHours === undefined || blocks === undefined
      ? fillTemplate(exclusive ? PARAMETRIC_BENEFIT_MORE_THAN : PARAMETRIC_BENEFIT, { measure, delay, tierHours: String(tier.minHours) }, context.currency).message
      : tier.amount.isZero()
        ? fillTemplate(
            exclusive ? PARAMETRIC_BENEFIT_BLOCKS_ONLY_MORE_THAN : PARAMETRIC_BENEFIT_BLOCKS_ONLY,
            { measure, delay, tierHours: String(tier.minHours), blocks: blocks.toString(), perBlock: money(tier.perHours.amount), per: blockWords(tier.perHours.everyHours, tier.perHours.counting) },
            context.currency,
          ).message
        : fillTemplate(
          exclusive ? PARAMETRIC_BENEFIT_BLOCKS_MORE_THAN : PARAMETRIC_BENEFIT_BLOCKS,
          { measure, delay, tierHours: String(tier.minHours), blocks: blocks.toString(), everyHours: String(tier.perHours.everyHours), perBlock: money(tier.perHours.amount), base: money(tier.amount) },
          context.currency,
        ).message;
  const { benefit, payable } = buildBenefit(
    {
      coverageId: coverage.id,
      kind: "parametric",
      clauseId: coverage.clauseId,
      description,
      gross,
      deductions:
        already !== undefined
          ? [{ kind: "benefit_maximum", amount: gross, clauseId: coverage.clauseId, reason: already }]
          : [
              ...(tierMax !== undefined ? [{ kind: "benefit_maximum" as const, amount: gross.minus(afterTierMax), clauseId: coverage.clauseId, reason: tierMax }] : []),
              { kind: "benefit_maximum", amount: afterTierMax.minus(minMoney(afterTierMax, left)), clauseId: limitsClause, reason: limitReached },
              ...sharedLimitDeductions(context, coverage.id),
            ],
      basis: { ...basis, ...tierBasis },
    },
    minorUnits,
  );
  const capped = !payable.equals(afterTierMax);
  return {
    applies: true,
    payable,
    lines: [],
    benefit,
    steps: [
      { step: "parametric", description: benefit.description, coverageId: coverage.id, inputs: { ...basis, gross: benefit.gross }, result: benefit.gross, clauseId: coverage.clauseId },
      ...benefitAdjustmentSteps(benefit, benefit.adjustments, gross, coverage.source.name, minorUnits, context.currency),
    ],
    ledgerAfter: already !== undefined || payable.isZero() ? ledger : { ...ledger, paid: money(paidBefore.plus(payable)), flightsPaid: [...ledger.flightsPaid, { flight: key, claimId: claim.id }] },
    reductions: already !== undefined ? [already] : [...(tierMax !== undefined ? [tierMax] : []), ...(capped ? [limitReached] : [])],
    referrals: [],
    terms: [],
    endsCoverages: [],
  };
}
