import { z } from "zod";
import { IdSchema, LocalizedTextSchema } from "../values/primitives.js";

/** Signed decimal string (a rounding difference may be negative). */
const SignedDecimalSchema = z.string().regex(/^-?\d+(\.\d+)?$/);

/**
 * One step of the calculation trace. `step` is a step kind of the code tables (the general ones and those of each
 * coverage kind); the decision's schema lists the kinds it allows.
 */
export const CalculationStepSchema = z.strictObject({
  step: z.string(),
  description: LocalizedTextSchema,
  coverageId: IdSchema.optional(),
  lineId: IdSchema.optional(),
  inputs: z.record(z.string(), z.string()),
  result: SignedDecimalSchema,
  clauseId: IdSchema,
  ruleId: IdSchema.optional(),
});
/** One step of the calculation: what was computed, from which inputs, its result, and its words in zh and en. */
export type CalculationStep = z.output<typeof CalculationStepSchema>;
