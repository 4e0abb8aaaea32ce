import { z } from "zod";
import { IdSchema } from "../../values/primitives.js";
import { defineCoverageKind } from "../coverage-kind-definition.js";
import { calculateFixedBenefit } from "./calculate-fixed-benefit.js";
import { compileFixedBenefitCoverage } from "./compile-fixed-benefit-coverage.js";
import { FixedBenefitCoverageSchema } from "./fixed-benefit-coverage-schema.js";
import { FIXED_BENEFIT_REASONS, FIXED_BENEFIT_STEPS } from "./fixed-benefit-texts.js";

/** A lump sum on a covered event (重疾, 身故, 轻症): tiers, payout maxima, deductions of what others paid. */
export const fixedBenefitKind = defineCoverageKind({
  kind: "fixed",
  schema: FixedBenefitCoverageSchema,
  ledgerShape: {
    /** Times each fixed-benefit tier has paid, by benefit id. */
    payouts: z.record(IdSchema, z.int().min(0)).default({}),
    /** The conditions each tier has paid for, by benefit id (tiers that pay once per condition). */
    conditionsPaid: z.record(IdSchema, z.array(z.string().min(1))).default({}),
  },
  // A lump sum is paid over the insured's life: what it paid, the payouts and the conditions count for every later year.
  ledgerScopes: () => ({ paid: "lifetime", payouts: "lifetime", conditionsPaid: "lifetime" }),
  ledgerKeys: (coverage) => {
    const tiers = { what: "benefit tier", ids: coverage.benefits.map((benefit) => benefit.id) };
    return { payouts: tiers, conditionsPaid: tiers };
  },
  reasons: FIXED_BENEFIT_REASONS,
  steps: FIXED_BENEFIT_STEPS,
  checkReferences(coverage, { checkClause, checkUnique, checkCoverage }) {
    checkUnique(coverage.benefits.map((benefit) => benefit.id), (j) => ["benefits", j, "id"], "benefit");
    checkUnique(coverage.conditions.map((condition) => condition.id), (j) => ["conditions", j, "id"], "condition");
    coverage.benefits.forEach((benefit, j) => {
      checkClause(benefit.clauseId, ["benefits", j, "clauseId"]);
      for (const field of ["deductPaidBy", "endsCoverages"] as const) benefit[field].forEach((id, k) => checkCoverage(id, ["benefits", j, field, k]));
    });
  },
  amounts: (coverage) => [{ amount: coverage.sumInsured, path: ["sumInsured"] }],
  conditions: (coverage) => coverage.benefits.map((benefit, j) => ({ id: benefit.id, conditions: benefit.when, path: ["benefits", j, "when"] })),
  compile: compileFixedBenefitCoverage,
  calculate: calculateFixedBenefit,
  balances: (ledger, coverage, paths) => ({
    annual: [{ system: "benefit-type", code: "benefit", display: "Benefit", usedMoney: { amount: ledger.paid, path: [...paths.ledger, "paid"] } }],
    lifetime: Object.entries(ledger.payouts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([benefitId, count]) => {
        const tier = coverage?.benefits.find((candidate) => candidate.id === benefitId);
        return { system: "fixed-benefit" as const, code: benefitId, ...(tier !== undefined ? { text: tier.name, allowedCount: tier.maxPayouts } : {}), usedCount: count };
      }),
  }),
});
