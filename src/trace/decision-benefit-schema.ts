import { z } from "zod";
import { IdSchema, LocalizedTextSchema, MoneyStringSchema } from "../values/primitives.js";
import { AdjustmentSchema } from "./adjustment-schema.js";
import { EvidenceSchema } from "./evidence-schema.js";

/**
 * A benefit that is not a reimbursement of bill lines: a lump sum, a disability share, days of hospital cash, a delay
 * tier. `kind` is the coverage kind that paid it; the decision's schema lists the kinds it allows.
 */
export const DecisionBenefitSchema = z.strictObject({
  coverageId: IdSchema,
  kind: IdSchema,
  /** The tier that paid, for a fixed benefit. */
  benefitId: IdSchema.optional(),
  clauseId: IdSchema,
  description: LocalizedTextSchema,
  /** What the wording gives before deductions: share × sum insured, days × daily amount, the delay tier's amount. */
  gross: MoneyStringSchema,
  /** gross − Σ adjustments = payable, exactly. */
  adjustments: z.array(AdjustmentSchema),
  payable: MoneyStringSchema,
  /** The figures the benefit was computed from (grade, share, days, delay hours, …). */
  basis: z.record(z.string(), z.string()),
  /** For a fixed benefit: the comparisons of the tier's condition that made it pay. */
  evidence: z.array(EvidenceSchema).optional(),
  /**
   * A death benefit's payees, one per share (PRC Insurance Law arts. 40–43): beneficiaries of the first order with
   * someone left, or the insured's estate; the amounts add up to `payable`. `notes` say why (forfeiture, estate).
   */
  payees: z
    .array(
      z.strictObject({
        beneficiaryId: IdSchema.optional(),
        name: z.string().min(1),
        relationship: z.string().optional(),
        order: z.int().min(1).optional(),
        kind: z.enum(["beneficiary", "estate"]),
        share: z.string(),
        amount: MoneyStringSchema,
        /** A beneficiary who died after the insured: the share is paid to their heirs. */
        diedOn: z.string().optional(),
      }),
    )
    .optional(),
  payeeNotes: z.array(LocalizedTextSchema).optional(),
});
/** A benefit a coverage paid or refused (a lump sum, a day rate, a tier), with its gross amount, adjustments, payable and payees. */
export type DecisionBenefit = z.output<typeof DecisionBenefitSchema>;
