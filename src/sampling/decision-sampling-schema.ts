import { z } from "zod";
import { IdSchema, LocalizedTextSchema } from "../values/primitives.js";

/**
 * `decision.sampling`, on straight-through decisions: whether the quality sample (抽检) picked it, in which segment,
 * at what rate, with what draw. Sampled when `draw < rate`.
 */
export const DecisionSamplingSchema = z.strictObject({
  sampled: z.boolean(),
  /** The segment the decision fell in; absent when it fell in none (then the rate is 0). */
  segment: IdSchema.optional(),
  segmentName: LocalizedTextSchema.optional(),
  rate: z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/),
  /** The claim's draw in [0, 1), six decimals: from the seed and the claim id alone (`sampleDraw`). */
  draw: z.string().regex(/^0\.\d{6}$/),
  /** The product the segments were matched on (the policy's). */
  product: z.string().min(1),
});
/** Whether a straight-through decision was drawn for quality review (抽检): its segment, draw and rate. */
export type DecisionSampling = z.output<typeof DecisionSamplingSchema>;
