import { z } from "zod";
import { IdSchema, MoneyStringSchema, RateStringSchema } from "../../values/primitives.js";
import { coverageCommonShape } from "../coverage-common.js";

/** Reimbursement ratio by how social insurance took part in the settlement. */
export const SocialInsuranceRatioSchema = z.strictObject({
  used: RateStringSchema,
  not_used: RateStringSchema,
  /** Settlement through social insurance was impossible (e.g. an accident with a liable third party). */
  could_not_be_used: RateStringSchema,
});

/** A cap on what a group of expense categories pays, after the ratio (sub-limit, 分项限额). */
export const SubLimitSchema = z.strictObject({
  id: IdSchema,
  /** The clause that states the cap; default the coverage's clause. */
  clauseId: IdSchema.optional(),
  categories: z.array(IdSchema).min(1, { error: "list the expense categories the sub-limit caps" }),
  amount: MoneyStringSchema,
  /**
   * `unit`: per unit of each line (e.g. per day of a bed line, with its `quantity`); `day`: per service date;
   * `visit`: per visit (a line's `visitId`, else its service date); `claim`: per claim; `year`: per policy year (ledger).
   */
  per: z.enum(["unit", "day", "visit", "claim", "year"]),
});
export type SubLimit = z.output<typeof SubLimitSchema>;

export const ReimbursementCoverageSchema = z.strictObject({
  ...coverageCommonShape,
  kind: z.literal("reimbursement"),
  incidentTypes: coverageCommonShape.incidentTypes.default(["illness", "accident"]),
  annualDeductible: MoneyStringSchema.default("0"),
  /** Deductible on every claim, applied after the annual deductible (次免赔额). */
  perClaimDeductible: MoneyStringSchema.default("0"),
  /**
   * Deductible per incident (每次事故免赔额), applied after the per-claim one: claims for the same incident
   * (`incident.id`) take it once between them.
   */
  perIncidentDeductible: MoneyStringSchema.default("0"),
  /** `insured`: each insured person has the annual deductible; `family`: the policy's insureds share one (家庭共享免赔额). */
  deductibleLevel: z.enum(["insured", "family"]).default("insured"),
  /** `insured`: each insured person has the annual limit; `family`: the policy's insureds share one. */
  limitLevel: z.enum(["insured", "family"]).default("insured"),
  /**
   * Payments by others that count towards the deductible (免赔额抵扣). Chinese medical products usually let what
   * other commercial insurers paid count and never what social insurance reimbursed; the insured's own payments
   * always count.
   */
  deductibleCredits: z
    .strictObject({ socialInsurance: z.boolean().default(false), otherInsurance: z.boolean().default(true) })
    .default({ socialInsurance: false, otherInsurance: true }),
  ratio: SocialInsuranceRatioSchema,
  perClaimLimit: MoneyStringSchema.optional(),
  annualLimit: MoneyStringSchema,
  subLimits: z.array(SubLimitSchema).default([]),
  /** Expense categories this coverage pays for; a line of any other category is not eligible. */
  eligibleCategories: z.array(IdSchema).min(1, { error: "list at least one eligible expense category" }),
  /** When false (the default), the self-pay portion of a line (outside the social-insurance catalogue) is not eligible. */
  selfPayCovered: z.boolean().default(false),
  /** Clauses behind each calculation step, when the wording puts them in their own clauses; default `clauseId`. */
  clauseRefs: z
    .strictObject({
      eligibility: IdSchema.optional(),
      otherInsurance: IdSchema.optional(),
      deductible: IdSchema.optional(),
      ratio: IdSchema.optional(),
      limits: IdSchema.optional(),
    })
    .default({}),
});
export type ReimbursementCoverage = z.output<typeof ReimbursementCoverageSchema>;
