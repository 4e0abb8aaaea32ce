import { DisabilityGradeSchema } from "../../claim/disability-grade-schema.js";
import { z } from "zod";
import { IdSchema, MoneyStringSchema, RateStringSchema } from "../../values/primitives.js";
import { coverageCommonShape } from "../coverage-common.js";

/** The schema of one entry of a disability schedule: a grade and the share of the sum insured it pays. */
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
  /**
   * How several disabilities make one share, as the wording says: `most_severe_promoted` (JR/T 0083-2013 §3.4: the
   * most severe grade, promoted one grade when two or more share it, never beyond grade 1), or `sum_of_shares` (each
   * disability's share added up, at most the whole sum insured). An item listed twice is rated once either way.
   * Default `most_severe_promoted`.
   */
  combination: z.enum(["most_severe_promoted", "sum_of_shares"]).optional(),
  /**
   * What a disability the insured had before does, when the policy did not rate it (before cover, another insurer, an
   * excluded cause): `deduct_share` merges it with the new ones and deducts its own share (the industry clause: 按合并后
   * 的伤残程度给付，扣除原有伤残程度对应的给付比例); `rate_new_alone` rates the new disabilities without it. Default
   * `deduct_share`.
   */
  priorDisabilities: z.enum(["deduct_share", "rate_new_alone"]).optional(),
  /** What the coverage pays in all for one accident (incident), over every claim for it. */
  perIncidentLimit: MoneyStringSchema.optional(),
  clauseRefs: z.strictObject({ assessment: IdSchema.optional(), limits: IdSchema.optional(), combination: IdSchema.optional() }).default({}),
});
/** A coverage paying a share of the sum insured by disability grade (伤残等级), as its schema gives it. */
export type DisabilityScheduleCoverage = z.output<typeof DisabilityScheduleCoverageSchema>;
