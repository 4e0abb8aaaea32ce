import { differenceInMinutes, parseISO } from "date-fns";
import { formatMoney, minMoney, toMoney, ZERO, type Money } from "../../money/money.js";
import type { CoverageAccumulator } from "../../ledger/accumulators-schema.js";
import type { Claim, Flight } from "../../claim/claim-schema.js";
import { buildBenefit } from "../build-benefit.js";
import type { CompiledParametricCoverage } from "../../policy/compile-policy.js";
import type { BenefitCoverageResult } from "../coverage-result.js";

/** Minutes from the scheduled to the actual time (negative when early); the times carry their UTC offsets. */
export function flightDelayMinutes(flight: Flight, measure: "departure_delay" | "arrival_delay"): number {
  return measure === "departure_delay"
    ? differenceInMinutes(parseISO(flight.actualDeparture), parseISO(flight.scheduledDeparture))
    : differenceInMinutes(parseISO(flight.actualArrival), parseISO(flight.scheduledArrival));
}

/** Pays the highest tier the measured delay reaches, within what is left of the coverage's limit. */
export function calculateParametric(input: { coverage: CompiledParametricCoverage; claim: Claim; accumulator: CoverageAccumulator; minorUnits: number }): BenefitCoverageResult {
  const { coverage, claim, accumulator, minorUnits } = input;
  const flight = claim.flight;
  if (flight === undefined) return { status: "not_applicable", payable: ZERO, steps: [], accumulatorAfter: accumulator, reductions: [], referrals: [] };
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const minutes = flightDelayMinutes(flight, coverage.source.measure);
  const tier = coverage.tiers.find((candidate) => candidate.minMinutes.lessThanOrEqualTo(minutes));
  const lowest = coverage.tiers[coverage.tiers.length - 1];
  const hours = `${Math.floor(Math.max(0, minutes) / 60)}h${String(Math.max(0, minutes) % 60).padStart(2, "0")}`;
  const measured = coverage.source.measure === "departure_delay" ? { en: "departure", zh: "起飞" } : { en: "arrival", zh: "到达" };
  const basis = {
    flight: `${flight.carrier} ${flight.number}`,
    measure: coverage.source.measure,
    delayMinutes: String(minutes),
    tierHours: tier === undefined ? "none" : String(tier.minHours),
    limit: money(coverage.limit),
    paidBefore: money(toMoney(accumulator.paid)),
  };
  if (tier === undefined) {
    return {
      status: "nothing_payable",
      payable: ZERO,
      steps: [{ step: "parametric", description: { en: `Flight ${measured.en} delay ${hours}`, zh: `航班${measured.zh}延误 ${hours}` }, coverageId: coverage.id, inputs: basis, result: money(ZERO), clauseId: coverage.clauseId }],
      accumulatorAfter: accumulator,
      reductions: [
        {
          code: "DELAY_BELOW_THRESHOLD",
          clauseId: coverage.clauseId,
          params: { measure: coverage.source.measure === "departure_delay" ? "departure" : "arrival", delay: hours, minHours: String(lowest?.minHours ?? 0) },
        },
      ],
      referrals: [],
    };
  }
  const paidBefore = toMoney(accumulator.paid);
  const limitsClause = coverage.source.clauseRefs.limits ?? coverage.clauseId;
  const left = coverage.limit.minus(minMoney(paidBefore, coverage.limit));
  const { benefit, payable } = buildBenefit(
    {
      coverageId: coverage.id,
      kind: "parametric",
      clauseId: coverage.clauseId,
      description: { en: `Flight ${measured.en} delay ${hours}: tier of ${tier.minHours} hours`, zh: `航班${measured.zh}延误 ${hours}：${tier.minHours} 小时档` },
      gross: tier.amount,
      deductions: [{ kind: "benefit_maximum", amount: tier.amount.minus(minMoney(tier.amount, left)), clauseId: limitsClause, reasonCode: "LIMIT_REACHED" }],
      basis,
    },
    minorUnits,
  );
  const capped = !payable.equals(tier.amount);
  return {
    status: payable.isZero() ? "nothing_payable" : "paid",
    payable,
    benefit,
    steps: [{ step: "parametric", description: benefit.description, coverageId: coverage.id, inputs: { ...basis, gross: benefit.gross }, result: benefit.payable, clauseId: coverage.clauseId }],
    accumulatorAfter: { ...accumulator, paid: money(paidBefore.plus(payable)) },
    reductions: capped ? [{ code: "LIMIT_REACHED", clauseId: limitsClause, params: { limit: money(coverage.limit) } }] : [],
    referrals: [],
  };
}
