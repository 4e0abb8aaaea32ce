import type Decimal from "decimal.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { Dec, toMoney, type Money, type RoundingMode } from "../money/money.js";
import type { SocialInsuranceUse } from "../claim/claim-schema.js";
import type { DisabilityScheduleCoverage } from "../coverage-kinds/schedule/disability-schedule-coverage-schema.js";
import type { FixedBenefit, FixedBenefitCoverage } from "../coverage-kinds/fixed/fixed-benefit-coverage-schema.js";
import type { ParametricCoverage } from "../coverage-kinds/parametric/parametric-coverage-schema.js";
import type { PerDiemCoverage } from "../coverage-kinds/per-diem/per-diem-coverage-schema.js";
import type { ReimbursementCoverage, SubLimit } from "../coverage-kinds/reimbursement/reimbursement-coverage-schema.js";
import type { FeeSchedule } from "./fee-schedule-schema.js";
import type { Clause, Policy } from "./policy-schema.js";

/** A reimbursement coverage with its amounts parsed once, at `createAdjudicator`. */
export interface CompiledReimbursementCoverage {
  readonly kind: "reimbursement";
  readonly source: ReimbursementCoverage;
  readonly id: string;
  readonly clauseId: string;
  readonly annualDeductible: Money;
  readonly perClaimDeductible: Money;
  readonly perClaimLimit: Money | undefined;
  readonly annualLimit: Money;
  readonly ratio: Readonly<Record<SocialInsuranceUse, Decimal>>;
  readonly eligibleCategories: ReadonlySet<string>;
  readonly subLimits: readonly (SubLimit & { readonly cap: Money; readonly categorySet: ReadonlySet<string> })[];
}

export interface CompiledFixedCoverage {
  readonly kind: "fixed";
  readonly source: FixedBenefitCoverage;
  readonly id: string;
  readonly clauseId: string;
  readonly sumInsured: Money;
  readonly benefits: readonly (FixedBenefit & { readonly shareRate: Decimal })[];
}

export interface CompiledScheduleCoverage {
  readonly kind: "schedule";
  readonly source: DisabilityScheduleCoverage;
  readonly id: string;
  readonly clauseId: string;
  readonly sumInsured: Money;
  readonly shareByGrade: ReadonlyMap<number, Decimal>;
}

export interface CompiledPerDiemCoverage {
  readonly kind: "per_diem";
  readonly source: PerDiemCoverage;
  readonly id: string;
  readonly clauseId: string;
  readonly dailyAmount: Money;
}

export interface CompiledParametricCoverage {
  readonly kind: "parametric";
  readonly source: ParametricCoverage;
  readonly id: string;
  readonly clauseId: string;
  /** Highest threshold first. */
  readonly tiers: readonly { readonly minHours: number; readonly minMinutes: Decimal; readonly amount: Money }[];
  readonly limit: Money;
}

export type CompiledCoverage = CompiledReimbursementCoverage | CompiledFixedCoverage | CompiledScheduleCoverage | CompiledPerDiemCoverage | CompiledParametricCoverage;

export interface CompiledPolicy {
  readonly source: Policy;
  readonly clauses: ReadonlyMap<string, Clause>;
  readonly coverages: readonly CompiledCoverage[];
  readonly feeSchedules: ReadonlyMap<string, FeeSchedule>;
  readonly minorUnits: number;
  readonly rounding: RoundingMode;
}

function compileCoverage(coverage: Policy["coverages"][number]): CompiledCoverage {
  const base = { id: coverage.id, clauseId: coverage.clauseId };
  switch (coverage.kind) {
    case "reimbursement":
      return {
        ...base,
        kind: "reimbursement",
        source: coverage,
        annualDeductible: toMoney(coverage.annualDeductible),
        perClaimDeductible: toMoney(coverage.perClaimDeductible),
        perClaimLimit: coverage.perClaimLimit === undefined ? undefined : toMoney(coverage.perClaimLimit),
        annualLimit: toMoney(coverage.annualLimit),
        ratio: { used: new Dec(coverage.ratio.used), not_used: new Dec(coverage.ratio.not_used), could_not_be_used: new Dec(coverage.ratio.could_not_be_used) },
        eligibleCategories: new Set(coverage.eligibleCategories),
        subLimits: coverage.subLimits.map((subLimit) => ({ ...subLimit, cap: toMoney(subLimit.amount), categorySet: new Set(subLimit.categories) })),
      };
    case "fixed":
      return { ...base, kind: "fixed", source: coverage, sumInsured: toMoney(coverage.sumInsured), benefits: coverage.benefits.map((benefit) => ({ ...benefit, shareRate: new Dec(benefit.share) })) };
    case "schedule":
      return { ...base, kind: "schedule", source: coverage, sumInsured: toMoney(coverage.sumInsured), shareByGrade: new Map(coverage.table.map((entry) => [entry.grade, new Dec(entry.share)])) };
    case "per_diem":
      return { ...base, kind: "per_diem", source: coverage, dailyAmount: toMoney(coverage.dailyAmount) };
    case "parametric":
      return {
        ...base,
        kind: "parametric",
        source: coverage,
        tiers: [...coverage.tiers]
          .sort((a, b) => b.minHours - a.minHours)
          // Hours as the wording states them, in minutes computed in decimal so 2.5 h is exactly 150 and 0.1 h exactly 6.
          .map((tier) => ({ minHours: tier.minHours, minMinutes: new Dec(tier.minHours).times(60), amount: toMoney(tier.amount) })),
        limit: toMoney(coverage.limit),
      };
    default:
      return coverage satisfies never;
  }
}

export function compilePolicy(policy: Policy): CompiledPolicy {
  return {
    source: policy,
    clauses: new Map(policy.clauses.map((clause) => [clause.id, clause])),
    coverages: policy.coverages.map(compileCoverage),
    feeSchedules: new Map(policy.feeSchedules.map((schedule) => [schedule.id, schedule])),
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

/** Every money string of the policy, with its path, to check against the currency's minor unit. */
function policyAmounts(policy: Policy): { amount: string; path: (string | number)[] }[] {
  const amounts: { amount: string; path: (string | number)[] }[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === "string" && AMOUNT_KEYS.has(String(path[path.length - 1]))) amounts.push({ amount: value, path });
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (typeof value === "object" && value !== null) for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(policy.coverages, ["policy", "coverages"]);
  walk(policy.feeSchedules, ["policy", "feeSchedules"]);
  return amounts;
}
const AMOUNT_KEYS = new Set(["annualDeductible", "perClaimDeductible", "perClaimLimit", "annualLimit", "amount", "sumInsured", "dailyAmount", "limit", "maxAmount"]);

export function checkPolicyAmounts(policy: Policy): Issue[] {
  const { code, minorUnits } = policy.currency;
  const issues = policyAmounts(policy).flatMap(({ amount, path }) => checkMinorUnits(amount, minorUnits, path, code));
  policy.coverages.forEach((coverage, i) => {
    if (coverage.kind === "reimbursement" && coverage.perClaimLimit !== undefined && new Dec(coverage.perClaimLimit).greaterThan(coverage.annualLimit)) {
      issues.push({ code: "invalid_input", path: ["policy", "coverages", i, "perClaimLimit"], message: `per-claim limit ${coverage.perClaimLimit} is above the annual limit ${coverage.annualLimit}` });
    }
  });
  return issues;
}
