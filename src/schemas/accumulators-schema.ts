import { z } from "zod";
import { IdSchema, MoneyStringSchema } from "./primitives.js";

/** What one coverage has used so far in the policy year. */
export const CoverageAccumulatorSchema = z.strictObject({
  deductibleUsed: MoneyStringSchema,
  paid: MoneyStringSchema,
});

/**
 * Policy-year ledger per coverage: comes into `adjudicate`, and the decision returns the updated one.
 * A coverage not listed has used nothing yet.
 */
export const AccumulatorsSchema = z.strictObject({
  coverages: z.record(IdSchema, CoverageAccumulatorSchema),
});
export type Accumulators = z.output<typeof AccumulatorsSchema>;
export type CoverageAccumulator = z.output<typeof CoverageAccumulatorSchema>;
