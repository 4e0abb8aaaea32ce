import { z } from "zod";
import { IsoDateSchema } from "../../dates/iso-date-schema.js";
import { IdSchema, MoneyStringSchema } from "../../values/primitives.js";
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
    /** The diagnoses the tiers paid (condition, group, date, claim): groups pay once, payouts keep their interval. */
    diagnosesPaid: z.array(z.strictObject({ benefit: IdSchema, condition: z.string().min(1), group: IdSchema.optional(), diagnosedOn: IsoDateSchema, claimId: IdSchema })).default([]),
    /** Premiums waived on a payout (豁免保险费): from which due date, on which claim. Premiums due from then are paid. */
    waivers: z.array(z.strictObject({ from: IsoDateSchema, claimId: IdSchema })).default([]),
    /** What the coverage paid for the claim's incident (accident), over every claim for it. */
    incidentPaid: MoneyStringSchema.default("0"),
  },
  // A lump sum is paid over the insured's life: what it paid, the payouts and the conditions count for every later year.
  ledgerScopes: () => ({ paid: "lifetime", payouts: "lifetime", conditionsPaid: "lifetime", diagnosesPaid: "lifetime", waivers: "lifetime", incidentPaid: "incident" }),
  ledgerKeys: (coverage) => {
    const tiers = { what: "benefit tier", ids: coverage.benefits.map((benefit) => benefit.id) };
    return { payouts: tiers, conditionsPaid: tiers };
  },
  reasons: FIXED_BENEFIT_REASONS,
  steps: FIXED_BENEFIT_STEPS,
  checkReferences(coverage, { checkClause, checkUnique, checkCoverage, report }) {
    checkUnique(coverage.benefits.map((benefit) => benefit.id), (j) => ["benefits", j, "id"], "benefit");
    checkUnique(coverage.conditions.map((condition) => condition.id), (j) => ["conditions", j, "id"], "condition");
    const tiers = coverage.benefits.map((benefit) => benefit.id);
    const named = new Set(coverage.conditions.flatMap((condition) => (condition.benefit === undefined ? [] : [condition.benefit])));
    coverage.benefits.forEach((benefit, j) => {
      checkClause(benefit.clauseId, ["benefits", j, "clauseId"]);
        checkClause(benefit.waiverClauseId, ["benefits", j, "waiverClauseId"]);
      for (const field of ["deductPaidBy", "endsCoverages"] as const) benefit[field].forEach((id, k) => checkCoverage(id, ["benefits", j, field, k]));
      benefit.intervalAfter?.forEach((id, k) => {
        if (!tiers.includes(id)) report(["benefits", j, "intervalAfter", k], `benefit "${id}" is not among this coverage's benefits (${tiers.join(", ")})`);
      });
      if (benefit.when === undefined && !named.has(benefit.id)) {
        report(["benefits", j, "when"], `benefit "${benefit.id}" has no "when" and no condition names it ("benefit": "${benefit.id}"): say what event it pays`);
      }
      if (benefit.oncePerGroup === true && !coverage.conditions.some((condition) => condition.group !== undefined)) {
        report(["benefits", j, "oncePerGroup"], `benefit "${benefit.id}" pays each group once, but no condition of the coverage has a "group"`);
      }
    });
    coverage.conditions.forEach((condition, j) => {
      if (condition.benefit !== undefined && !tiers.includes(condition.benefit)) report(["conditions", j, "benefit"], `benefit "${condition.benefit}" is not among this coverage's benefits (${tiers.join(", ")})`);
      if (condition.minAge !== undefined && condition.maxAge !== undefined && condition.minAge > condition.maxAge) report(["conditions", j, "maxAge"], `maxAge ${condition.maxAge} is below minAge ${condition.minAge}`);
    });
  },
  amounts: (coverage) => [{ amount: coverage.sumInsured, path: ["sumInsured"] }, ...(coverage.perIncidentLimit !== undefined ? [{ amount: coverage.perIncidentLimit, path: ["perIncidentLimit"] }] : [])],
  conditions: (coverage) => coverage.benefits.flatMap((benefit, j) => (benefit.when === undefined ? [] : [{ id: benefit.id, conditions: benefit.when, path: ["benefits", j, "when"] }])),
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
