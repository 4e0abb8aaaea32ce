import { z } from "zod";
import { AccumulatorsSchema } from "./accumulators-schema.js";
import { IdSchema, IsoDateSchema, LocalizedTextSchema, MoneyStringSchema } from "./primitives.js";
import { RULE_EVENT_TYPES } from "./rule-set-schema.js";

export const OUTCOMES = ["approved", "partially_approved", "denied", "pending_documents", "referred"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Signed decimal string (a rounding difference may be negative). */
const SignedDecimalSchema = z.string().regex(/^-?\d+(\.\d+)?$/);

export const ADJUSTMENT_KINDS = [
  "social_insurance",
  "self_pay",
  "category_not_covered",
  "excluded_by_rule",
  "deductible",
  "coinsurance",
  "per_claim_limit",
  "annual_limit",
  "denied",
  "pending_documents",
] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/**
 * One amount taken off a line, with the clause or rule behind it. Group and code follow X12 835:
 * PR patient responsibility, CO contractual, OA other payer; `carc` is the claim adjustment reason code.
 */
export const AdjustmentSchema = z.strictObject({
  kind: z.enum(ADJUSTMENT_KINDS),
  group: z.enum(["PR", "CO", "OA"]),
  carc: z.string(),
  amount: MoneyStringSchema,
  clauseId: IdSchema,
  ruleId: IdSchema.optional(),
  reasonCode: z.string(),
});
export type Adjustment = z.output<typeof AdjustmentSchema>;

export const DecisionLineSchema = z.strictObject({
  lineId: IdSchema,
  category: z.string(),
  coverageId: IdSchema,
  billed: MoneyStringSchema,
  /** What the coverage recognises: billed less social insurance, self-pay and anything not covered. */
  eligible: MoneyStringSchema,
  payable: MoneyStringSchema,
  /** billed − Σ adjustments = payable, exactly. */
  adjustments: z.array(AdjustmentSchema),
  /** Reason codes that reduced or excluded this line. */
  reasons: z.array(z.string()),
});
export type DecisionLine = z.output<typeof DecisionLineSchema>;

export const EvidenceSchema = z.strictObject({
  path: z.string(),
  fact: z.string(),
  factPath: z.string().optional(),
  operator: z.string(),
  expected: z.unknown(),
  actual: z.unknown(),
  result: z.boolean().nullable(),
});

export const TriggeredRuleSchema = z.strictObject({
  ruleId: IdSchema,
  clauseId: IdSchema,
  clauseTitle: LocalizedTextSchema,
  clauseText: LocalizedTextSchema,
  eventType: z.enum(RULE_EVENT_TYPES),
  reasonCode: z.string(),
  message: LocalizedTextSchema,
  priority: z.int(),
  lineId: IdSchema.optional(),
  evidence: z.array(EvidenceSchema),
});
export type TriggeredRule = z.output<typeof TriggeredRuleSchema>;

export const MissingDocumentSchema = z.strictObject({
  documentType: IdSchema,
  /** For per-invoice requirements: the invoice number whose document is missing. */
  documentId: z.string().optional(),
  problem: z.enum(["missing", "copy_only"]),
  requirementId: IdSchema.optional(),
  ruleId: IdSchema.optional(),
  clauseId: IdSchema,
  description: LocalizedTextSchema,
});
export type MissingDocument = z.output<typeof MissingDocumentSchema>;

export const FlagSchema = z.strictObject({
  ruleId: IdSchema,
  clauseId: IdSchema,
  reasonCode: z.string(),
  severity: z.enum(["low", "medium", "high"]),
  message: LocalizedTextSchema,
  lineId: IdSchema.optional(),
});

export const ReasonSchema = z.strictObject({
  code: z.string(),
  clauseId: IdSchema,
  ruleId: IdSchema.optional(),
  lineId: IdSchema.optional(),
  message: LocalizedTextSchema,
});
export type Reason = z.output<typeof ReasonSchema>;

export const CalculationStepSchema = z.strictObject({
  step: z.string(),
  description: LocalizedTextSchema,
  coverageId: IdSchema.optional(),
  lineId: IdSchema.optional(),
  inputs: z.record(z.string(), z.string()),
  result: SignedDecimalSchema,
  clauseId: IdSchema,
  ruleId: IdSchema.optional(),
});
export type CalculationStep = z.output<typeof CalculationStepSchema>;

export const DecisionSchema = z.strictObject({
  claimId: IdSchema,
  policyId: IdSchema,
  outcome: z.enum(OUTCOMES),
  currency: z.string(),
  billed: MoneyStringSchema,
  /**
   * What the calculation pays. `"0"` for denied and pending claims; for a referred claim, what will be
   * paid if the reviewer confirms the decision.
   */
  payable: MoneyStringSchema,
  /** Why the outcome is what it is: every denial, referral and reduction reason, with its clause. */
  reasons: z.array(ReasonSchema),
  lines: z.array(DecisionLineSchema),
  triggeredRules: z.array(TriggeredRuleSchema),
  missingDocuments: z.array(MissingDocumentSchema),
  flags: z.array(FlagSchema),
  calculation: z.array(CalculationStepSchema),
  accumulatorsBefore: AccumulatorsSchema,
  accumulatorsAfter: AccumulatorsSchema,
  explanation: LocalizedTextSchema,
  meta: z.strictObject({
    ruleSetId: IdSchema,
    ruleSetVersion: z.string(),
    policyHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    ruleSetHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    asOf: IsoDateSchema,
    libraryVersion: z.string(),
  }),
});
export type Decision = z.output<typeof DecisionSchema>;
