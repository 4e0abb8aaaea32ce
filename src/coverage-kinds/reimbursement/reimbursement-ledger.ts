import { z } from "zod";
import { IdSchema, MoneyStringSchema } from "../../values/primitives.js";

/** A reimbursement coverage's fields in the ledger: the annual deductible used, and what each per-year sub-limit paid. */
export const REIMBURSEMENT_LEDGER_SHAPE = {
  deductibleUsed: MoneyStringSchema.default("0"),
  /** What the per-incident deductible took on the incident's claims (counted per incident). */
  incidentDeductibleUsed: MoneyStringSchema.default("0"),
  /** What each per-year sub-limit has paid, by sub-limit id. */
  subLimitsUsed: z.record(IdSchema, MoneyStringSchema).default({}),
  /** What the family's deductible has taken, over every insured (an embedded family deductible, `familyDeductible`). */
  familyDeductibleUsed: MoneyStringSchema.default("0"),
  /** What each part's own deductible has taken (`in_catalogue`, `out_of_catalogue`). */
  partDeductiblesUsed: z.record(IdSchema, MoneyStringSchema).default({}),
  /** The amounts after deductibles each part has paid a banded ratio on this year, by part (`all`, …). */
  ratioBandsUsed: z.record(IdSchema, MoneyStringSchema).default({}),
  /** What the insured bore this year of the shares the out-of-pocket maximum counts. */
  outOfPocketUsed: MoneyStringSchema.default("0"),
  /** The same, over every insured of the family. */
  familyOutOfPocketUsed: MoneyStringSchema.default("0"),
};
