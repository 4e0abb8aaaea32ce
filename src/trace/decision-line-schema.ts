import { z } from "zod";
import { IdSchema, MoneyStringSchema } from "../values/primitives.js";
import { AdjustmentSchema } from "./adjustment-schema.js";

/** A bill line as the decision assessed it. */
export const DecisionLineSchema = z.strictObject({
  lineId: IdSchema,
  category: z.string(),
  /** The claim's own words for the line, when it gave them. */
  description: z.string().optional(),
  /** The coverage that assessed the line; absent when none answers for this claim. */
  coverageId: IdSchema.optional(),
  /** What the line billed, in the policy's currency. */
  billed: MoneyStringSchema,
  /** What the coverage recognises: billed less social insurance, self-pay and anything not covered. */
  eligible: MoneyStringSchema,
  payable: MoneyStringSchema,
  /** billed − Σ adjustments = payable, exactly. */
  adjustments: z.array(AdjustmentSchema),
  /** Reason codes that reduced or excluded this line. */
  reasons: z.array(z.string()),
});
/** A bill line as decided: billed, eligible, payable, every adjustment on it, and its reasons. */
export type DecisionLine = z.output<typeof DecisionLineSchema>;
