import { z } from "zod";
import { CurrencyCodeSchema } from "./currency-schema.js";
import { Icd10CodeSchema, IdSchema, IsoDateSchema, MoneyStringSchema } from "./primitives.js";
import { compareMoneyStrings } from "./compare-money-strings.js";

export const RELATIONSHIPS = ["self", "spouse", "child", "parent", "other"] as const;
export const SOCIAL_INSURANCE_USE = ["used", "not_used", "could_not_be_used"] as const;
export type SocialInsuranceUse = (typeof SOCIAL_INSURANCE_USE)[number];

export const SubmittedDocumentSchema = z.strictObject({
  type: IdSchema,
  /** The document's own number; for invoices, the invoice number. */
  id: z.string().min(1),
  issuedOn: IsoDateSchema,
  original: z.boolean(),
});
export type SubmittedDocument = z.output<typeof SubmittedDocumentSchema>;

export const BillLineSchema = z
  .strictObject({
    id: IdSchema,
    category: IdSchema,
    description: z.string().optional(),
    /** Amount billed on the invoice for this line. */
    amount: MoneyStringSchema,
    serviceDate: IsoDateSchema,
    invoiceNumber: z.string().min(1),
    /** Portion outside the social-insurance catalogue paid by the patient (自费). */
    selfPay: MoneyStringSchema.default("0"),
    /** Portion already reimbursed by social insurance (统筹支付). */
    socialInsurancePaid: MoneyStringSchema.default("0"),
  })
  .superRefine((line, ctx) => {
    const deducted = compareMoneyStrings.sum(line.selfPay, line.socialInsurancePaid);
    if (compareMoneyStrings.greaterThan(deducted, line.amount)) {
      ctx.addIssue({
        code: "custom",
        path: ["socialInsurancePaid"],
        message: `selfPay (${line.selfPay}) + socialInsurancePaid (${line.socialInsurancePaid}) exceed the billed amount (${line.amount})`,
      });
    }
  });
export type BillLine = z.output<typeof BillLineSchema>;

export const ClaimSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: IdSchema,
    policyId: IdSchema,
    /** Currency of the bill; must be the policy's. */
    currency: CurrencyCodeSchema,
    claimant: z.strictObject({
      name: z.string().min(1),
      relationship: z.enum(RELATIONSHIPS),
      idNumber: z.string().optional(),
    }),
    incident: z.strictObject({
      date: IsoDateSchema,
      type: z.enum(["illness", "accident"]),
      diagnosisCodes: z.array(Icd10CodeSchema).min(1, { error: "give at least one ICD-10 diagnosis code" }),
      description: z.string().min(1),
      /** When the first symptoms appeared, if the medical record says; earlier than cover means pre-existing. */
      firstSymptomsOn: IsoDateSchema.optional(),
    }),
    reportedOn: IsoDateSchema,
    submittedOn: IsoDateSchema,
    documents: z.array(SubmittedDocumentSchema),
    hospitalStay: z.strictObject({ admission: IsoDateSchema, discharge: IsoDateSchema }).optional(),
    socialInsurance: z.enum(SOCIAL_INSURANCE_USE),
    lines: z.array(BillLineSchema).min(1, { error: "a claim needs at least one bill line" }),
  })
  .superRefine((claim, ctx) => {
    if (claim.reportedOn < claim.incident.date) {
      ctx.addIssue({ code: "custom", path: ["reportedOn"], message: `reported on ${claim.reportedOn}, before the incident on ${claim.incident.date}` });
    }
    if (claim.submittedOn < claim.reportedOn) {
      ctx.addIssue({ code: "custom", path: ["submittedOn"], message: `submitted on ${claim.submittedOn}, before it was reported on ${claim.reportedOn}` });
    }
    if (claim.hospitalStay !== undefined && claim.hospitalStay.discharge < claim.hospitalStay.admission) {
      ctx.addIssue({ code: "custom", path: ["hospitalStay", "discharge"], message: `discharge ${claim.hospitalStay.discharge} is before admission ${claim.hospitalStay.admission}` });
    }
    const lineIds = new Map<string, number>();
    claim.lines.forEach((line, i) => {
      const first = lineIds.get(line.id);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: ["lines", i, "id"], message: `duplicate line id "${line.id}" (first at lines[${first}])` });
      else lineIds.set(line.id, i);
    });
  });
export type Claim = z.output<typeof ClaimSchema>;
export type ClaimInput = z.input<typeof ClaimSchema>;
