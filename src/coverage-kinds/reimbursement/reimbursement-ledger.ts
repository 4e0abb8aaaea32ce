import { z } from "zod";
import { IdSchema, MoneyStringSchema } from "../../values/primitives.js";

/** A reimbursement coverage's fields in the ledger: the annual deductible used, and what each per-year sub-limit paid. */
export const REIMBURSEMENT_LEDGER_SHAPE = {
  deductibleUsed: MoneyStringSchema.default("0"),
  /** What the per-incident deductible took on the incident's claims (counted per incident). */
  incidentDeductibleUsed: MoneyStringSchema.default("0"),
  /** What each per-year sub-limit has paid, by sub-limit id. */
  subLimitsUsed: z.record(IdSchema, MoneyStringSchema).default({}),
};
