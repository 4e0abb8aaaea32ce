import type { Issue } from "../errors/adjudicator-error.js";
import { toMoney, type Money, type RoundingMode } from "../money/money.js";
import type { Clause, Policy, ReimbursementCoverage } from "../schemas/policy-schema.js";
import type { SocialInsuranceUse } from "../schemas/claim-schema.js";
import { Dec } from "../money/money.js";
import type Decimal from "decimal.js";

/** A reimbursement coverage with its amounts parsed once, at `createAdjudicator`. */
export interface CompiledReimbursementCoverage {
  readonly source: ReimbursementCoverage;
  readonly id: string;
  readonly clauseId: string;
  readonly annualDeductible: Money;
  readonly perClaimLimit: Money | undefined;
  readonly annualLimit: Money;
  readonly ratio: Readonly<Record<SocialInsuranceUse, Decimal>>;
  readonly eligibleCategories: ReadonlySet<string>;
}

export interface CompiledPolicy {
  readonly source: Policy;
  readonly clauses: ReadonlyMap<string, Clause>;
  readonly coverages: readonly CompiledReimbursementCoverage[];
  readonly minorUnits: number;
  readonly rounding: RoundingMode;
}

export function compilePolicy(policy: Policy): CompiledPolicy {
  return {
    source: policy,
    clauses: new Map(policy.clauses.map((clause) => [clause.id, clause])),
    coverages: policy.coverages.map((coverage) => ({
      source: coverage,
      id: coverage.id,
      clauseId: coverage.clauseId,
      annualDeductible: toMoney(coverage.annualDeductible),
      perClaimLimit: coverage.perClaimLimit === undefined ? undefined : toMoney(coverage.perClaimLimit),
      annualLimit: toMoney(coverage.annualLimit),
      ratio: {
        used: new Dec(coverage.ratio.used),
        not_used: new Dec(coverage.ratio.not_used),
        could_not_be_used: new Dec(coverage.ratio.could_not_be_used),
      },
      eligibleCategories: new Set(coverage.eligibleCategories),
    })),
    minorUnits: policy.currency.minorUnits,
    rounding: policy.currency.rounding,
  };
}

/** Amounts finer than the currency's minor unit would be rounded silently later: reject them here. */
export function checkMinorUnits(amount: string, minorUnits: number, path: readonly (string | number)[], currency: string): Issue[] {
  const decimals = amount.split(".")[1]?.length ?? 0;
  return decimals > minorUnits
    ? [{ code: "invalid_input", path, message: `${amount} has ${decimals} decimals; ${currency} amounts have at most ${minorUnits}` }]
    : [];
}

export function checkPolicyAmounts(policy: Policy): Issue[] {
  const { code, minorUnits } = policy.currency;
  return policy.coverages.flatMap((coverage, i) => {
    const at = (field: string) => ["policy", "coverages", i, field];
    const issues = [
      ...checkMinorUnits(coverage.annualDeductible, minorUnits, at("annualDeductible"), code),
      ...checkMinorUnits(coverage.annualLimit, minorUnits, at("annualLimit"), code),
      ...(coverage.perClaimLimit === undefined ? [] : checkMinorUnits(coverage.perClaimLimit, minorUnits, at("perClaimLimit"), code)),
    ];
    if (coverage.perClaimLimit !== undefined && new Dec(coverage.perClaimLimit).greaterThan(coverage.annualLimit)) {
      issues.push({ code: "invalid_input", path: at("perClaimLimit"), message: `per-claim limit ${coverage.perClaimLimit} is above the annual limit ${coverage.annualLimit}` });
    }
    return issues;
  });
}
