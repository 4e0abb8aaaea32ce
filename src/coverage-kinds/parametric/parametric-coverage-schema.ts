import { z } from "zod";
import { IdSchema, MoneyStringSchema } from "../../values/primitives.js";
import { coverageCommonShape } from "../coverage-common.js";

export const ParametricTierSchema = z.strictObject({
  /** The tier pays when the measured delay reaches this many hours, e.g. 2, 4.5. */
  minHours: z.number().positive({ error: "a tier starts at a positive number of hours" }),
  amount: MoneyStringSchema,
});

/**
 * An amount by tiers of a measured value (航班延误): the flight delay in hours, measured on departure or arrival as the
 * wording says, from the scheduled and actual times. The highest tier reached pays; all payments stay within `limit`.
 */
export const ParametricCoverageSchema = z.strictObject({
  ...coverageCommonShape,
  kind: z.literal("parametric"),
  incidentTypes: coverageCommonShape.incidentTypes.default(["flight_delay"]),
  measure: z.enum(["departure_delay", "arrival_delay"]),
  tiers: z.array(ParametricTierSchema).min(1, { error: "give at least one tier" }),
  /** What the coverage pays in all over the policy period. */
  limit: MoneyStringSchema,
  /** The clause that states the limit, when not the coverage's own. */
  clauseRefs: z.strictObject({ limits: IdSchema.optional() }).default({}),
});
export type ParametricCoverage = z.output<typeof ParametricCoverageSchema>;
