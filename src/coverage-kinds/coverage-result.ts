import type { Money } from "../money/money.js";
import type { CoverageAccumulator } from "../ledger/accumulators-schema.js";
import type { CalculationStep, DecisionBenefit, DecisionCoverage } from "../decision/decision-schema.js";

/** Why a benefit pays less than its terms would, or nothing, or needs a person: a library reason code and its figures. */
export interface BenefitReason {
  readonly code: string;
  readonly clauseId: string;
  readonly params: Readonly<Record<string, string>>;
}

/** What a fixed, schedule, per-diem or parametric coverage made of the claim. */
export interface BenefitCoverageResult {
  readonly status: DecisionCoverage["status"];
  readonly payable: Money;
  readonly benefit?: DecisionBenefit;
  readonly steps: readonly CalculationStep[];
  readonly accumulatorAfter: CoverageAccumulator;
  /** Reductions and refusals: they make an approval partial, or a claim that pays nothing a denial. */
  readonly reductions: readonly BenefitReason[];
  /** A person must decide (the amount stands if they confirm). */
  readonly referrals: readonly BenefitReason[];
  /** Other coverages this payout ends (their ledgers are closed). */
  readonly endsCoverages?: readonly string[];
}
