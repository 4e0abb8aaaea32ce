import { z } from "zod";
import { OUTCOMES } from "../codes/outcomes.js";
import { REVISION_REASONS } from "../ledger/ledger-schema.js";
import { IdSchema, MoneyStringSchema } from "../values/primitives.js";

const SignedDecimalSchema = z.string().regex(/^-?\d+(\.\d+)?$/);

/** Which decision on the claim this is, what it replaces, and what changes against it. */
export const RevisionSchema = z.strictObject({
  /** 1 for the first decision on the claim; n + 1 when it replaces decision n. */
  number: z.int().min(1),
  /** `first`, or why the claim was decided again. */
  reason: z.enum(["first", ...REVISION_REASONS]),
  /** The claim and what it would change are those of the decision already recorded: nothing was replaced. */
  unchanged: z.boolean(),
  /** The decision this one replaces. */
  supersedes: z.strictObject({ decisionId: z.string(), revision: z.int().min(1), outcome: z.enum([...OUTCOMES, "voided"]), payable: MoneyStringSchema }).optional(),
  /** What changes against the decision replaced: in money, line by line, and in reasons. */
  delta: z
    .strictObject({
      /** This decision's payable less the one replaced (both 0 when they did not take effect). */
      payable: SignedDecimalSchema,
      /** `additional_payment` when more is payable, `recovery` when less (an overpayment to recover if it was paid). */
      settlement: z.enum(["additional_payment", "no_change", "recovery"]),
      amount: MoneyStringSchema,
      /** The lines whose payable moved, in the claim's order, then the lines the claim no longer has that paid something (after: 0). */
      lines: z.array(z.strictObject({ lineId: IdSchema, before: MoneyStringSchema, after: MoneyStringSchema })),
      reasonsAdded: z.array(z.string()),
      reasonsRemoved: z.array(z.string()),
    })
    .optional(),
  /** The claimant's grounds or what was corrected, as the caller gave them. */
  grounds: z.string().optional(),
  /** The reviewer of an appeal and what they found. */
  reviewer: z.strictObject({ id: IdSchema, outcome: z.enum(["upheld", "amended", "overturned"]), note: z.string().optional() }).optional(),
});
/** What a revised decision records: its revision number, why it was revised, and what changed from the one before. */
export type Revision = z.output<typeof RevisionSchema>;
