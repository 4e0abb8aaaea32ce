import { DisabilityGradeSchema } from "../../claim/disability-grade-schema.js";
import { z } from "zod";
import { IdSchema, MoneyStringSchema, RateStringSchema } from "../../values/primitives.js";
import { coverageCommonShape } from "../coverage-common.js";

export const ScheduleEntrySchema = z.strictObject({
  grade: DisabilityGradeSchema,
  /** Share of the sum insured paid at this grade, e.g. `"0.9"` for grade 2. */
  share: RateStringSchema,
});

/**
 * A percentage of the sum insured looked up by disability grade (伤残保险金). Several disabilities from one accident:
 * the most severe grade counts; two or more at that grade promote it by one, never beyond grade 1. A later disability
 * that, with earlier ones, reaches a higher grade pays that grade less what was already paid; all payments together
 * stay within the sum insured.
 */
export const DisabilityScheduleCoverageSchema = z.strictObject({
  ...coverageCommonShape,
  kind: z.literal("schedule"),
  incidentTypes: coverageCommonShape.incidentTypes.default(["accident"]),
  sumInsured: MoneyStringSchema,
  table: z.array(ScheduleEntrySchema).min(1, { error: "give the share paid for each grade" }),
  /** Disability is assessed within this many days of the accident (on that day if treatment continues). */
  assessmentWindowDays: z.int().min(1).default(180),
  clauseRefs: z.strictObject({ assessment: IdSchema.optional(), limits: IdSchema.optional() }).default({}),
});
export type DisabilityScheduleCoverage = z.output<typeof DisabilityScheduleCoverageSchema>;
