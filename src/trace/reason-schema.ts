import { z } from "zod";
import { IdSchema, LocalizedTextSchema } from "../values/primitives.js";

/** Why the outcome is what it is: a denial, referral or reduction, with the clause and the figures behind it. */
export const ReasonSchema = z.strictObject({
  /** A library reason code (see the code tables) or a rule's own. */
  code: z.string(),
  clauseId: IdSchema,
  ruleId: IdSchema.optional(),
  lineId: IdSchema.optional(),
  coverageId: IdSchema.optional(),
  /** The figures the message was filled with (days, amounts, dates), for reports and other templates. */
  params: z.record(z.string(), z.string()).optional(),
  message: LocalizedTextSchema,
});
/** A reason of the decision: its code, the clause or rule it comes from, the line it concerns, and its words in zh and en. */
export type Reason = z.output<typeof ReasonSchema>;
