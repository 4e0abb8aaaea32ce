import { formatMoney, sumMoney, toMoney, ZERO, type Money } from "../money/money.js";
import { assignLines } from "./assign-lines.js";
import { calculateDisabilitySchedule } from "../coverage-kinds/schedule/calculate-disability-schedule.js";
import { calculateFixedBenefit } from "../coverage-kinds/fixed/calculate-fixed-benefit.js";
import { calculateParametric } from "../coverage-kinds/parametric/calculate-parametric.js";
import { calculatePerDiem } from "../coverage-kinds/per-diem/calculate-per-diem.js";
import { calculateReimbursement } from "../coverage-kinds/reimbursement/calculate-reimbursement.js";
import { checkCoverageApplies, type CoverageApplicability } from "./check-coverage-applies.js";
import type { CompiledCoverage, CompiledPolicy, CompiledReimbursementCoverage } from "../policy/compile-policy.js";
import type { PolicyConditionResults } from "../policy/compile-policy-conditions.js";
import type { BenefitCoverageResult } from "../coverage-kinds/coverage-result.js";
import { makeAdjustment, REDUCING_ADJUSTMENTS } from "../trace/make-adjustment.js";
import type { RuleHit } from "../rules/compile-rule-set.js";
import type { Accumulators, CoverageAccumulator } from "../ledger/accumulators-schema.js";
import type { Claim } from "../claim/claim-schema.js";
import type { CalculationStep, DecisionBenefit, DecisionCoverage, DecisionLine, Reason } from "../decision/decision-schema.js";
import { libraryMessage, libraryReason } from "../trace/library-reason.js";
import { resolveLineRules } from "./resolve-line-rules.js";

export interface CoverageCalculationInput {
  readonly claim: Claim;
  readonly policy: CompiledPolicy;
  readonly hits: readonly RuleHit[];
  readonly conditions: PolicyConditionResults;
  /** One entry per coverage of the policy. */
  readonly accumulatorsBefore: Accumulators;
}

export interface CoverageCalculation {
  readonly lines: DecisionLine[];
  readonly benefits: DecisionBenefit[];
  readonly coverages: DecisionCoverage[];
  readonly steps: CalculationStep[];
  readonly payable: Money;
  readonly accumulatorsAfter: Accumulators;
  /** Reductions and refusals, each with its clause: they make an approval partial, or a claim that pays nothing a denial. */
  readonly reductions: Reason[];
  /** Referrals the calculation itself raises (the rules' come separately). */
  readonly referrals: Reason[];
  /** Some coverage answers for the claim (even if it pays nothing, e.g. under the deductible). */
  readonly anyCoverageApplies: boolean;
}

/**
 * Runs every coverage of the policy on the claim, in the policy's order (a benefit that deducts what another
 * coverage paid sees what the coverages before it pay on this claim). Each coverage first checks it answers for
 * the claim (incident type, not ended, in force, past its waiting period), then pays by its kind.
 */
export function calculateCoverages(input: CoverageCalculationInput): CoverageCalculation {
  const { claim, policy } = input;
  const minor = policy.minorUnits;
  const money = (amount: Money) => formatMoney(amount, minor);
  const ledger = (id: string) => input.accumulatorsBefore.coverages[id] as CoverageAccumulator;
  const applicability = new Map(policy.coverages.map((coverage) => [coverage.id, checkCoverageApplies(coverage, claim, policy.source, ledger(coverage.id))]));
  const reimbursements = policy.coverages.filter((coverage): coverage is CompiledReimbursementCoverage => coverage.kind === "reimbursement");
  const assignment = assignLines(claim.lines, reimbursements.filter((coverage) => applicability.get(coverage.id)?.status !== "not_applicable"));
  const { exclusions, caps } = resolveLineRules(input.hits, claim.lines, policy);
  const ruleHits = new Map(input.hits.map((hit) => [`${hit.rule.id}\u0000${hit.lineId ?? ""}`, hit]));

  const decided = new Map<string, DecisionLine>();
  const benefits: DecisionBenefit[] = [];
  const coverages: DecisionCoverage[] = [];
  const steps: CalculationStep[] = [];
  const reductions: Reason[] = [];
  const referrals: Reason[] = [];
  const accumulatorsAfter: Record<string, CoverageAccumulator> = { ...input.accumulatorsBefore.coverages };
  const paidOnClaim = new Map<string, Money>();
  const paidSoFar = (id: string) => toMoney(ledger(id)?.paid ?? "0").plus(paidOnClaim.get(id) ?? ZERO);

  const record = (coverage: CompiledCoverage, status: DecisionCoverage["status"], payable: Money, reasons: readonly string[]) => {
    coverages.push({ coverageId: coverage.id, kind: coverage.kind, clauseId: coverage.clauseId, name: coverage.source.name, status, payable: money(payable), reasons: [...reasons] });
    paidOnClaim.set(coverage.id, payable);
  };
  const currency = policy.source.currency.code;
  const refusalReason = (coverage: CompiledCoverage, applies: CoverageApplicability): Reason | undefined =>
    applies.status === "refused" ? libraryReason({ code: applies.refusal.code, clauseId: applies.refusal.clauseId, params: applies.refusal.params, coverageId: coverage.id }, currency) : undefined;

  for (const coverage of policy.coverages) {
    const applies = applicability.get(coverage.id) as CoverageApplicability;
    const before = ledger(coverage.id);
    if (coverage.kind === "reimbursement") {
      const lines = claim.lines.filter((line) => assignment.get(line.id) === coverage);
      if (lines.length === 0) {
        record(coverage, "not_applicable", ZERO, []);
        continue;
      }
      const refusal = refusalReason(coverage, applies);
      if (refusal !== undefined) {
        for (const line of lines) {
          const adjustment = makeAdjustment("coverage_not_applicable", line.amount, refusal.clauseId, { coverageId: coverage.id, reasonCode: refusal.code, message: refusal.message });
          decided.set(line.id, { lineId: line.id, category: line.category, coverageId: coverage.id, billed: line.amount, eligible: money(ZERO), payable: money(ZERO), adjustments: toMoney(line.amount).isZero() ? [] : [adjustment], reasons: [refusal.code] });
        }
        reductions.push(refusal);
        record(coverage, "refused", ZERO, [refusal.code]);
        continue;
      }
      const result = calculateReimbursement({ coverage, lines, exclusions, caps, socialInsurance: claim.socialInsurance ?? "used", accumulator: before, minorUnits: minor, rounding: policy.rounding });
      for (const line of result.lines) {
        decided.set(line.lineId, line);
        for (const adjustment of line.adjustments) {
          if (!REDUCING_ADJUSTMENTS.has(adjustment.kind)) continue;
          const hit = adjustment.ruleId === undefined ? undefined : ruleHits.get(`${adjustment.ruleId}\u0000${line.lineId}`);
          reductions.push({
            code: adjustment.reasonCode,
            clauseId: adjustment.clauseId,
            ...(hit !== undefined ? { ruleId: hit.rule.id } : {}),
            lineId: line.lineId,
            coverageId: coverage.id,
            message: hit !== undefined ? adjustment.message : libraryMessage(adjustment.reasonCode, {}, currency),
          });
        }
      }
      steps.push(...result.steps);
      accumulatorsAfter[coverage.id] = result.accumulatorAfter;
      record(coverage, result.payable.isZero() ? "nothing_payable" : "paid", result.payable, []);
      continue;
    }

    if (applies.status === "not_applicable") {
      record(coverage, "not_applicable", ZERO, []);
      continue;
    }
    const result = calculateBenefitCoverage(coverage, claim, input.conditions, before, paidSoFar, policy);
    if (result.status === "not_applicable") {
      record(coverage, "not_applicable", ZERO, []);
      continue;
    }
    const refusal = refusalReason(coverage, applies);
    if (refusal !== undefined) {
      const benefit = result.benefit;
      if (benefit !== undefined) {
        const adjustment = makeAdjustment("coverage_not_applicable", benefit.gross, refusal.clauseId, { coverageId: coverage.id, reasonCode: refusal.code, message: refusal.message });
        benefits.push({ ...benefit, adjustments: toMoney(benefit.gross).isZero() ? [] : [adjustment], payable: money(ZERO) });
      }
      reductions.push(refusal);
      record(coverage, "refused", ZERO, [refusal.code]);
      continue;
    }
    if (result.benefit !== undefined) benefits.push(result.benefit);
    steps.push(...result.steps);
    accumulatorsAfter[coverage.id] = result.accumulatorAfter;
    for (const id of result.endsCoverages ?? []) accumulatorsAfter[id] = { ...(accumulatorsAfter[id] as CoverageAccumulator), ended: true };
    for (const reason of result.reductions) reductions.push(libraryReason({ ...reason, coverageId: coverage.id }, currency));
    for (const reason of result.referrals) referrals.push(libraryReason({ ...reason, coverageId: coverage.id }, currency));
    record(coverage, result.status, result.payable, [...result.referrals, ...result.reductions].map((reason) => reason.code));
  }

  const lines = claim.lines.map(
    (line) =>
      decided.get(line.id) ?? {
        lineId: line.id,
        category: line.category,
        billed: line.amount,
        eligible: money(ZERO),
        payable: money(ZERO),
        adjustments: toMoney(line.amount).isZero() ? [] : [makeAdjustment("no_coverage", line.amount, policy.coverages[0]?.clauseId as string)],
        reasons: ["NO_REIMBURSEMENT_COVERAGE"],
      },
  );
  const payable = sumMoney(coverages.map((coverage) => toMoney(coverage.payable)));
  return {
    lines,
    benefits,
    coverages,
    steps,
    payable,
    accumulatorsAfter: { coverages: accumulatorsAfter },
    reductions,
    referrals,
    anyCoverageApplies: coverages.some((coverage) => coverage.status !== "not_applicable"),
  };
}

function calculateBenefitCoverage(
  coverage: Exclude<CompiledCoverage, CompiledReimbursementCoverage>,
  claim: Claim,
  conditions: PolicyConditionResults,
  accumulator: CoverageAccumulator,
  paidSoFar: (coverageId: string) => Money,
  policy: CompiledPolicy,
): BenefitCoverageResult {
  const common = { claim, accumulator, minorUnits: policy.minorUnits };
  switch (coverage.kind) {
    case "fixed":
      return calculateFixedBenefit({ ...common, coverage, held: conditions.heldBenefits(coverage.id), paidSoFar, rounding: policy.rounding });
    case "schedule":
      return calculateDisabilitySchedule({ ...common, coverage, rounding: policy.rounding });
    case "per_diem":
      return calculatePerDiem({ ...common, coverage });
    case "parametric":
      return calculateParametric({ ...common, coverage });
    default:
      return coverage satisfies never;
  }
}
