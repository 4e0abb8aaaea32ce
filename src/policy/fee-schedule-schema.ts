import { z } from "zod";
import { IdSchema, LocalizedTextSchema, MoneyStringSchema } from "../values/primitives.js";

/** The schema of one item of a fee schedule: its code and the most paid for it. */
export const FeeScheduleItemSchema = z.strictObject({
  /** The item code a bill line carries in `itemCode`. */
  code: z.string().min(1),
  description: LocalizedTextSchema.optional(),
  /** The reasonable and customary fee: per unit (times the line's `quantity`) or per line. */
  maxAmount: MoneyStringSchema,
  per: z.enum(["unit", "line"]).default("unit"),
});

/** A table of reasonable and customary fees (合理费用标准) that `cap_item` rules cap bill lines with. */
export const FeeScheduleSchema = z.strictObject({
  id: IdSchema,
  clauseId: IdSchema,
  name: LocalizedTextSchema,
  items: z.array(FeeScheduleItemSchema).min(1),
});
/** A fee schedule of the policy: the most it pays per item code (reasonable and customary fees). */
export type FeeSchedule = z.output<typeof FeeScheduleSchema>;
