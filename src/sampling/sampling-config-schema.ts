import { z } from "zod";
import { OUTCOMES } from "../codes/outcomes.js";
import { PRODUCTS } from "../policy/policy-schema.js";
import { IdSchema, LocalizedTextSchema, MoneyStringSchema } from "../values/primitives.js";

/** A sampling rate between 0 and 1 with at most six decimals (`"0.05"` for 5%): draws have six decimals too. */
export const SamplingRateSchema = z
  .string({ error: 'must be a decimal string between "0" and "1" with at most six decimals, e.g. "0.05" for 5%' })
  .regex(/^(0(\.\d{1,6})?|1(\.0{1,6})?)$/, { error: 'must be a decimal string between "0" and "1" with at most six decimals, e.g. "0.05" for 5%' });

/** Which decisions a segment holds: every condition given must hold; none given, every decision. */
export const SamplingSegmentConditionSchema = z.strictObject({
  products: z.array(z.enum(PRODUCTS)).min(1).optional(),
  outcomes: z.array(z.enum(OUTCOMES)).min(1).optional(),
  /** Amount bands: payable (or billed) at least `…AtLeast` and below `…Below`. */
  payableAtLeast: MoneyStringSchema.optional(),
  payableBelow: MoneyStringSchema.optional(),
  billedAtLeast: MoneyStringSchema.optional(),
  billedBelow: MoneyStringSchema.optional(),
});
/** Which decisions a sampling segment holds (product, outcome, amount band). */
export type SamplingSegmentCondition = z.output<typeof SamplingSegmentConditionSchema>;

/** A segment of straight-through decisions and the share of it reviewed. */
export const SamplingSegmentSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema.optional(),
  when: SamplingSegmentConditionSchema.default({}),
  rate: SamplingRateSchema,
});
/** A segment of quality sampling: the decisions it holds and the share drawn. */
export type SamplingSegment = z.output<typeof SamplingSegmentSchema>;

/**
 * Quality sampling (抽检) of straight-through decisions: each decision falls in the first segment whose conditions
 * hold, and is sampled when its draw, a number in [0, 1) derived from the seed and the claim id alone, is below the
 * segment's rate. No randomness: the same claim always gets the same draw, so an auditor reproduces the sample.
 */
export const SamplingConfigSchema = z.strictObject({
  /** Mixed into every draw; change it (say each quarter) for a new sample. */
  seed: z.string().min(1),
  /** In order: the first segment that holds is the decision's. A decision in none is not sampled. */
  segments: z.array(SamplingSegmentSchema).min(1),
});
/** The quality sampling configuration: the seed and the segments with their rates. */
export type SamplingConfig = z.output<typeof SamplingConfigSchema>;
