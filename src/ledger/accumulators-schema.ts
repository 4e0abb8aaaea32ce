import { z } from "zod";
import { DisabilityGradeSchema } from "../coverage-kinds/schedule/disability-schedule-coverage-schema.js";
import { IdSchema, MoneyStringSchema } from "../values/primitives.js";

/**
 * What one coverage has used so far in the policy year (or, for lifetime counters such as payouts and
 * disabilities, over the life of the policy). Every field defaults to nothing used.
 */
export const CoverageAccumulatorSchema = z.strictObject({
  deductibleUsed: MoneyStringSchema.default("0"),
  paid: MoneyStringSchema.default("0"),
  /** Days a per-diem coverage has paid. */
  daysPaid: z.int().min(0).default(0),
  /** Times each fixed-benefit tier has paid, by benefit id. */
  payouts: z.record(IdSchema, z.int().min(0)).default({}),
  /** What each per-year sub-limit has paid, by sub-limit id. */
  subLimitsUsed: z.record(IdSchema, MoneyStringSchema).default({}),
  /** Disabilities already rated under this coverage: a later one is combined with them. */
  disabilities: z.array(z.strictObject({ code: z.string().min(1), grade: DisabilityGradeSchema })).default([]),
  /** The coverage ended after a payout that ends it (e.g. a major critical illness). */
  ended: z.boolean().default(false),
});

/**
 * Policy-year ledger per coverage: comes into `adjudicate`, and the decision returns the updated one.
 * A coverage not listed has used nothing yet.
 */
export const AccumulatorsSchema = z.strictObject({
  coverages: z.record(IdSchema, CoverageAccumulatorSchema),
});
export type Accumulators = z.output<typeof AccumulatorsSchema>;
export type AccumulatorsInput = z.input<typeof AccumulatorsSchema>;
export type CoverageAccumulator = z.output<typeof CoverageAccumulatorSchema>;
