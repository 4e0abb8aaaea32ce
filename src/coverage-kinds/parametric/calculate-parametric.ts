import type Decimal from "decimal.js";
import { flightDelayMinutes } from "../../claim/flight-delay-minutes.js";
import { formatMoney, minMoney, toMoney, ZERO, type Money } from "../../money/money.js";
import { fillTemplate } from "../../trace/fill-template.js";
import { reasonsOf } from "../../trace/make-reason.js";
import { stepsOf } from "../../trace/make-step.js";
import { buildBenefit, sharedLimitDeductions } from "../build-benefit.js";
import type { CompiledCoverage, CoverageAssessment, CoverageCalculationInput } from "../coverage-kind-definition.js";
import type { CommonLedgerEntry } from "../coverage-ledger.js";
import type { ParametricCoverage } from "./parametric-coverage-schema.js";
import { MEASURED, PARAMETRIC_BENEFIT, PARAMETRIC_REASONS, PARAMETRIC_STEPS } from "./parametric-texts.js";

export interface CompiledParametricCoverage extends CompiledCoverage<ParametricCoverage> {
  /** Highest threshold first. */
  readonly tiers: readonly { readonly minHours: number; readonly minMinutes: Decimal; readonly amount: Money }[];
  readonly limit: Money;
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
  const minutes = flightDelayMinutes(flight, coverage.source.measure);
  const tier = coverage.tiers.find((candidate) => candidate.minMinutes.lessThanOrEqualTo(minutes));
  const lowest = coverage.tiers[coverage.tiers.length - 1];
  const delay = `${Math.floor(Math.max(0, minutes) / 60)}h${String(Math.max(0, minutes) % 60).padStart(2, "0")}`;
  const measure = MEASURED[coverage.source.measure];
  const basis = {
    flight: `${flight.carrier} ${flight.number}`,
    measure: coverage.source.measure,
    delayMinutes: String(minutes),
    tierHours: tier === undefined ? "none" : String(tier.minHours),
    limit: money(coverage.limit),
    paidBefore: money(toMoney(ledger.paid)),
  };
  const step = stepsOf(PARAMETRIC_STEPS, context.currency);
  if (tier === undefined) {
    return {
      applies: true,
      payable: ZERO,
      lines: [],
      steps: [step("parametric", { measure, delay }, { coverageId: coverage.id, inputs: basis, result: money(ZERO), clauseId: coverage.clauseId })],
      ledgerAfter: ledger,
      reductions: [reason("DELAY_BELOW_THRESHOLD", coverage.clauseId, { measure, delay, minHours: String(lowest?.minHours ?? 0) }, { recorded: { measure: measure.en } })],
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
  const { benefit, payable } = buildBenefit(
    {
      coverageId: coverage.id,
      kind: "parametric",
      clauseId: coverage.clauseId,
      description: fillTemplate(PARAMETRIC_BENEFIT, { measure, delay, tierHours: String(tier.minHours) }, context.currency).message,
      gross: tier.amount,
      deductions:
        already !== undefined
          ? [{ kind: "benefit_maximum", amount: tier.amount, clauseId: coverage.clauseId, reason: already }]
          : [{ kind: "benefit_maximum", amount: tier.amount.minus(minMoney(tier.amount, left)), clauseId: limitsClause, reason: limitReached }, ...sharedLimitDeductions(context, coverage.id)],
      basis,
    },
    minorUnits,
  );
  const capped = !payable.equals(tier.amount);
  return {
    applies: true,
    payable,
    lines: [],
    benefit,
    steps: [{ step: "parametric", description: benefit.description, coverageId: coverage.id, inputs: { ...basis, gross: benefit.gross }, result: benefit.payable, clauseId: coverage.clauseId }],
    ledgerAfter: already !== undefined || payable.isZero() ? ledger : { ...ledger, paid: money(paidBefore.plus(payable)), flightsPaid: [...ledger.flightsPaid, { flight: key, claimId: claim.id }] },
    reductions: already !== undefined ? [already] : capped ? [limitReached] : [],
    referrals: [],
    terms: [],
    endsCoverages: [],
  };
}
