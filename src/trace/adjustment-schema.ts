import { z } from "zod";
import { ADJUSTMENT_KIND_NAMES } from "../codes/adjustment-kinds.js";
import { IdSchema, LocalizedTextSchema, MoneyStringSchema } from "../values/primitives.js";

/**
 * One amount taken off a line or a benefit, with the clause or rule behind it. Group and code follow X12 835:
 * PR patient responsibility, CO contractual, OA other payer; `carc` is the claim adjustment reason code.
 */
export const AdjustmentSchema = z.strictObject({
  kind: z.enum(ADJUSTMENT_KIND_NAMES),
  group: z.enum(["PR", "CO", "OA"]),
  /** The coverage that took it off, when one did. */
  coverageId: IdSchema.optional(),
  carc: z.string(),
  amount: MoneyStringSchema,
  clauseId: IdSchema,
  ruleId: IdSchema.optional(),
  reasonCode: z.string(),
  /** Why, in words: the rule's message, or the library's for the terms it applies itself. */
  message: LocalizedTextSchema,
});
/** An amount change on a line or benefit: its kind (with its X12 group and CARC), amount, the rule or clause that made it, and its words in zh and en. */
export type Adjustment = z.output<typeof AdjustmentSchema>;
