import { z } from "zod";
import { Dec, toMoney } from "../../money/money.js";
import { IdSchema } from "../../values/primitives.js";
import { defineCoverageKind } from "../coverage-kind-definition.js";
import { calculateParametric } from "./calculate-parametric.js";
import { ParametricCoverageSchema } from "./parametric-coverage-schema.js";
import { PARAMETRIC_REASONS, PARAMETRIC_STEPS } from "./parametric-texts.js";

/** An amount by tiers of a measured value (航班延误): the delay in hours, within a limit over the period. */
export const parametricKind = defineCoverageKind({
  kind: "parametric",
  schema: ParametricCoverageSchema,
  ledgerShape: {
    /** The flights the coverage has paid, by carrier, number and scheduled departure date: a flight is paid once. */
    flightsPaid: z.array(z.strictObject({ flight: z.string().min(1), claimId: IdSchema })).default([]),
  },
  ledgerScopes: () => ({ flightsPaid: "lifetime" }),
  reasons: PARAMETRIC_REASONS,
  steps: PARAMETRIC_STEPS,
  checkReferences(coverage, { checkClause, checkUnique, report }) {
    checkUnique(coverage.tiers.map((tier) => String(tier.minHours)), (j) => ["tiers", j, "minHours"], "tier");
    coverage.tiers.forEach((tier, j) => {
      if (tier.maxAmount !== undefined && tier.perHours === undefined) report(["tiers", j, "maxAmount"], "maxAmount caps the blocks of perHours; this tier has none (its amount is already fixed)");
    });
    checkClause(coverage.clauseRefs.limits, ["clauseRefs", "limits"]);
    checkClause(coverage.clauseRefs.disruptions, ["clauseRefs", "disruptions"]);
  },
  amounts: (coverage) => [
    ...coverage.tiers.flatMap((tier, j) => [
      { amount: tier.amount, path: ["tiers", j, "amount"] },
      ...(tier.perHours !== undefined ? [{ amount: tier.perHours.amount, path: ["tiers", j, "perHours", "amount"] }] : []),
      ...(tier.maxAmount !== undefined ? [{ amount: tier.maxAmount, path: ["tiers", j, "maxAmount"] }] : []),
    ]),
    { amount: coverage.limit, path: ["limit"] },
  ],
  compile: (coverage) => ({
    kind: "parametric",
    id: coverage.id,
    clauseId: coverage.clauseId,
    source: coverage,
    tiers: [...coverage.tiers]
      .sort((a, b) => b.minHours - a.minHours)
      // Hours as the wording states them, in minutes computed in decimal so 2.5 h is exactly 150 and 0.1 h exactly 6.
      .map((tier) => ({
        minHours: tier.minHours,
        minMinutes: new Dec(tier.minHours).times(60),
        amount: toMoney(tier.amount),
        ...(tier.perHours !== undefined ? { perHours: { ...tier.perHours, everyMinutes: new Dec(tier.perHours.everyHours).times(60), amount: toMoney(tier.perHours.amount) } } : {}),
        ...(tier.maxAmount !== undefined ? { maxAmount: toMoney(tier.maxAmount) } : {}),
      })),
    limit: toMoney(coverage.limit),
  }),
  calculate: calculateParametric,
});
