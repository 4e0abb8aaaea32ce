import type Decimal from "decimal.js";
import { Dec, toMoney, type Money } from "../../money/money.js";
import type { CompiledCoverage } from "../coverage-kind-definition.js";
import type { FixedBenefit, FixedBenefitCoverage } from "./fixed-benefit-coverage-schema.js";

export interface CompiledFixedCoverage extends CompiledCoverage<FixedBenefitCoverage> {
  readonly sumInsured: Money;
  readonly benefits: readonly (FixedBenefit & { readonly shareRate: Decimal })[];
  readonly perIncidentLimit?: Money;
}

export function compileFixedBenefitCoverage(coverage: FixedBenefitCoverage): CompiledFixedCoverage {
  return {
    kind: "fixed",
    id: coverage.id,
    clauseId: coverage.clauseId,
    source: coverage,
    sumInsured: toMoney(coverage.sumInsured),
    benefits: coverage.benefits.map((benefit) => ({ ...benefit, shareRate: new Dec(benefit.share) })),
    ...(coverage.perIncidentLimit !== undefined ? { perIncidentLimit: toMoney(coverage.perIncidentLimit) } : {}),
  };
}
