import { z } from "zod";
import { IdSchema, MoneyStringSchema } from "../../values/primitives.js";
import { coverageCommonShape } from "../coverage-common.js";

/**
 * An amount for each block of hours of delay (每满 N 小时): `full` counts whole blocks only (每满 4 小时 200 元: 7h59 is one
 * block), `pro_rata` the exact fraction (4h30 of 1-hour blocks is 4.5); counted from the scheduled time, or from the
 * tier's threshold (此后每满 1 小时增加 100 元).
 */
export const PerHoursSchema = z.strictObject({
  everyHours: z.number().positive({ error: "a block is a positive number of hours" }),
  amount: MoneyStringSchema,
  counting: z.enum(["full", "pro_rata"]).default("full"),
  countedFrom: z.enum(["scheduled", "threshold"]).default("scheduled"),
});

/** The schema of one tier of a parametric coverage: from how many hours of delay it pays a fixed amount, or an amount per so many hours up to a maximum. */
export const ParametricTierSchema = z.strictObject({
  /** The tier pays when the measured delay reaches this many hours (or exceeds them, `thresholds: "more_than"`), e.g. 2, 4.5. */
  minHours: z.number().positive({ error: "a tier starts at a positive number of hours" }),
  /** Paid on reaching the tier (with `perHours`, the base before the blocks; "0.00" for none). */
  amount: MoneyStringSchema,
  /** An amount per block of hours on top of `amount`, cumulative. */
  perHours: PerHoursSchema.optional(),
  /** The most the tier pays for one flight (with `perHours`). */
  maxAmount: MoneyStringSchema.optional(),
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
  /**
   * How the wording states its thresholds: `at_least` (达到, 满 N 小时: exactly N hours reaches the tier) or
   * `more_than` (超过 N 小时: exactly N hours does not; a minute more does). Default `at_least`.
   */
  thresholds: z.enum(["at_least", "more_than"]).default("at_least"),
  /**
   * Disruptions the wording does not cover (default: none excluded). A covered cancellation is measured to the
   * replacement flight (the claim's actual times); a diversion or return (备降, 返航) on the arrival at the
   * destination, whatever `measure` says, as wordings do.
   */
  disruptionsExcluded: z.array(z.enum(["cancelled", "diverted", "returned"])).default([]),
  /**
   * A replacement flight the insured arranged on their own (自行改乘, `flight.replacement.arrangedBy: "insured"`):
   * `covered` (default: measured to the flight taken, like one the carrier arranged) or `not_covered` (wordings that
   * pay only for the carrier's replacement, 承运人安排的替代航班).
   */
  selfRebooking: z.enum(["covered", "not_covered"]).default("covered"),
  /** What the coverage pays in all over the policy period. */
  limit: MoneyStringSchema,
  /**
   * The clauses that state the limit and what is said of cancellations, replacement flights, diversions and returns
   * (`disruptions`: DISRUPTION_NOT_COVERED and SELF_REBOOKING_NOT_COVERED cite it), when not the coverage's own.
   */
  clauseRefs: z.strictObject({ limits: IdSchema.optional(), disruptions: IdSchema.optional() }).default({}),
});
/** A coverage paying by a measured figure (a flight's delay), by tiers, as its schema gives it. */
export type ParametricCoverage = z.output<typeof ParametricCoverageSchema>;
