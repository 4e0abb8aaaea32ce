import type Decimal from "decimal.js";
import { Dec, toMoney, type Money } from "../../money/money.js";
import type { SocialInsuranceUse } from "../../claim/claim-schema.js";
import type { CompiledCoverage } from "../coverage-kind-definition.js";
import type { ReimbursementCoverage, SubLimit } from "./reimbursement-coverage-schema.js";

/** A reimbursement coverage with its amounts parsed once, at `createAdjudicator`. */
export interface CompiledReimbursementCoverage extends CompiledCoverage<ReimbursementCoverage> {
  readonly annualDeductible: Money;
  readonly perClaimDeductible: Money;
  readonly perIncidentDeductible: Money;
  readonly perClaimLimit: Money | undefined;
  readonly annualLimit: Money;
  readonly ratio: Readonly<Record<SocialInsuranceUse, Decimal>>;
  readonly eligibleCategories: ReadonlySet<string>;
  readonly subLimits: readonly (SubLimit & { readonly cap: Money; readonly categorySet: ReadonlySet<string> })[];
}

export function compileReimbursementCoverage(coverage: ReimbursementCoverage): CompiledReimbursementCoverage {
  return {
    kind: "reimbursement",
    id: coverage.id,
    clauseId: coverage.clauseId,
    source: coverage,
    annualDeductible: toMoney(coverage.annualDeductible),
    perClaimDeductible: toMoney(coverage.perClaimDeductible),
    perIncidentDeductible: toMoney(coverage.perIncidentDeductible),
    perClaimLimit: coverage.perClaimLimit === undefined ? undefined : toMoney(coverage.perClaimLimit),
    annualLimit: toMoney(coverage.annualLimit),
    ratio: { used: new Dec(coverage.ratio.used), not_used: new Dec(coverage.ratio.not_used), could_not_be_used: new Dec(coverage.ratio.could_not_be_used) },
    eligibleCategories: new Set(coverage.eligibleCategories),
    subLimits: coverage.subLimits.map((subLimit) => ({ ...subLimit, cap: toMoney(subLimit.amount), categorySet: new Set(subLimit.categories) })),
  };
}
