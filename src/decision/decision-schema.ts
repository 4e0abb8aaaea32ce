import { z } from "zod";
import { AccumulatorsSchema } from "../ledger/accumulators-schema.js";
import { IdSchema, IsoDateSchema, LocalizedTextSchema, MoneyStringSchema } from "../values/primitives.js";
import { RULE_EVENT_TYPES } from "../rules/rule-set-schema.js";
import { ClaimDeadlinesSchema } from "../deadlines/claim-deadlines-schema.js";

import { OUTCOMES } from "../codes/outcomes.js";
export { OUTCOMES, type Outcome } from "../codes/outcomes.js";

const HashSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/);

/** Signed decimal string (a rounding difference may be negative). */
const SignedDecimalSchema = z.string().regex(/^-?\d+(\.\d+)?$/);

export const ADJUSTMENT_KINDS = [
  // bill lines, in the order the calculation takes them off
  "social_insurance",
  "self_pay",
  "excluded_by_rule",
  "category_not_covered",
  "coverage_not_applicable",
  "no_coverage",
  "fee_cap",
  "other_insurance",
  "deductible",
  "per_claim_deductible",
  "coinsurance",
  "sub_limit",
  "per_claim_limit",
  "annual_limit",
  // fixed, schedule, per-diem and parametric benefits
  "deductible_days",
  "earlier_payments",
  "benefit_maximum",
  // the whole claim
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
export type Adjustment = z.output<typeof AdjustmentSchema>;

export const DecisionLineSchema = z.strictObject({
  lineId: IdSchema,
  category: z.string(),
  /** The claim's own words for the line, when it gave them. */
  description: z.string().optional(),
  /** The reimbursement coverage that assessed the line; absent when none answers for this claim. */
  coverageId: IdSchema.optional(),
  /** Σ of the bill lines, in the policy's currency. */
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

/** A benefit that is not a reimbursement of bill lines: a lump sum, a disability share, days of hospital cash, a delay tier. */
export const DecisionBenefitSchema = z.strictObject({
  coverageId: IdSchema,
  kind: z.enum(["fixed", "schedule", "per_diem", "parametric"]),
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
});
export type DecisionBenefit = z.output<typeof DecisionBenefitSchema>;

export const COVERAGE_STATUSES = ["paid", "nothing_payable", "refused", "referred", "not_applicable"] as const;

/** What each coverage of the policy made of the claim. */
export const DecisionCoverageSchema = z.strictObject({
  coverageId: IdSchema,
  kind: z.enum(["reimbursement", "fixed", "schedule", "per_diem", "parametric"]),
  clauseId: IdSchema,
  name: LocalizedTextSchema,
  /**
   * `paid`: it pays something; `nothing_payable`: it applies but pays nothing (e.g. below the deductible);
   * `refused`: it would apply but a term refuses it (waiting period, ended, outside the period); `referred`: a person
   * must decide (e.g. a disability assessed too late); `not_applicable`: the claim does not concern it.
   */
  status: z.enum(COVERAGE_STATUSES),
  payable: MoneyStringSchema,
  /** Reason codes of a refusal or referral. */
  reasons: z.array(z.string()),
});
export type DecisionCoverage = z.output<typeof DecisionCoverageSchema>;

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
  coverageId: IdSchema.optional(),
  /** The figures the message was filled with (days, amounts, dates), for reports and other templates. */
  params: z.record(z.string(), z.string()).optional(),
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
  /** Σ of the bill lines, in the policy's currency. */
  billed: MoneyStringSchema,
  /**
   * What the calculation pays. `"0"` for denied and pending claims; for a referred claim, what will be
   * paid if the reviewer confirms the decision.
   */
  payable: MoneyStringSchema,
  /** Why the outcome is what it is: every denial, referral and reduction reason, with its clause. */
  reasons: z.array(ReasonSchema),
  lines: z.array(DecisionLineSchema),
  benefits: z.array(DecisionBenefitSchema),
  coverages: z.array(DecisionCoverageSchema),
  /** The claim's amounts were converted into the policy's currency at intake. */
  currencyConversion: z
    .strictObject({ from: z.string(), to: z.string(), rate: z.string(), source: z.string().optional(), date: IsoDateSchema.optional() })
    .optional(),
  triggeredRules: z.array(TriggeredRuleSchema),
  missingDocuments: z.array(MissingDocumentSchema),
  flags: z.array(FlagSchema),
  calculation: z.array(CalculationStepSchema),
  /** The wording of every clause the decision cites, in the policy's order: notices quote it. */
  clauses: z.array(z.strictObject({ id: IdSchema, title: LocalizedTextSchema, text: LocalizedTextSchema })),
  /** The claim clocks under the jurisdiction profile and the product's terms; `deadlineStatus` tells met, due or overdue. */
  deadlines: ClaimDeadlinesSchema,
  accumulatorsBefore: AccumulatorsSchema,
  accumulatorsAfter: AccumulatorsSchema,
  explanation: LocalizedTextSchema,
  /** Made without a person in the loop (PIPL art. 24): the claimant may ask for the explanation and refuse it. */
  automation: z.strictObject({
    /** Always true for what `adjudicate` returns; a reviewer's confirmation is the caller's to record. */
    automated: z.literal(true),
    /** A denial or a reduction: a decision with significant effect on the claimant. */
    significant: z.boolean(),
    /** The policy wants a person to confirm denials: this decision is referred for that. */
    humanConfirmationRequired: z.boolean(),
  }),
  /**
   * What the decision was made from: re-running the inputs these hashes name, with this `asOf` and library version,
   * gives the same decision, byte for byte. Hashes are SHA-256 of the canonical JSON (RFC 8785) of the validated input.
   */
  meta: z.strictObject({
    /** Derived from every input below: the same inputs always give the same id. */
    decisionId: z.string().regex(/^dec-[0-9a-f]{32}$/),
    ruleSetId: IdSchema,
    ruleSetVersion: z.string(),
    policyHash: HashSchema,
    ruleSetHash: HashSchema,
    claimHash: HashSchema,
    accumulatorsHash: HashSchema,
    asOf: IsoDateSchema,
    libraryVersion: z.string(),
  }),
});
export type Decision = z.output<typeof DecisionSchema>;
