import { z } from "zod";
import { IdSchema, MoneyStringSchema } from "../../values/primitives.js";
import { coverageCommonShape } from "../coverage-common.js";
import { StayTermsSchema } from "../stay-terms.js";

/** An amount per day of hospital stay (住院津贴), after deductible days, within per-stay and per-year maxima. */
export const PerDiemCoverageSchema = z.strictObject({
  ...coverageCommonShape,
  kind: z.literal("per_diem"),
  incidentTypes: coverageCommonShape.incidentTypes.default(["illness", "accident"]),
  dailyAmount: MoneyStringSchema,
  /** Days of each stay the coverage does not pay (免赔天数). */
  deductibleDays: z.int().min(0).default(0),
  maxDaysPerStay: z.int().min(1),
  maxDaysPerYear: z.int().min(1),
  /** The clause that states the deductible days and maxima, when not the coverage's own. */
  clauseRefs: z.strictObject({ limits: IdSchema.optional() }).default({}),
  /**
   * Hospital stays and the period: with `admissionWithinPeriod`, a stay admitted outside the period of insurance pays
   * nothing (被保险人须在保险期间内入院). Days of a stay after expiry (`continuedStayDays`) are not counted apart by this kind.
   */
  stay: StayTermsSchema.omit({ continuedStayDays: true }).optional(),
});
/** A coverage paying an amount per day in hospital (hospital cash), as its schema gives it. */
export type PerDiemCoverage = z.output<typeof PerDiemCoverageSchema>;
