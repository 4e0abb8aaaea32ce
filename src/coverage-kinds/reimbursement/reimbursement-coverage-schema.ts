import { z } from "zod";
import { PAYER_SOURCES } from "../../claim/payer-sources.js";
import { IdSchema, LocalizedTextSchema, MoneyStringSchema } from "../../values/primitives.js";
import { coverageCommonShape } from "../coverage-common.js";
import { StayTermsSchema } from "../stay-terms.js";
import {
  CataloguePartsSchema,
  CopaySchema,
  DeductibleCreditsSchema,
  HospitalisationWindowSchema,
  OutOfPocketMaximumSchema,
  PreExistingTermsSchema,
  ProviderRequirementsSchema,
  RatioSchema,
  SpecialDrugsSchema,
} from "./reimbursement-terms-schema.js";

export { SocialInsuranceRatioSchema } from "./reimbursement-terms-schema.js";

/** A cap on what a group of expense categories pays, after the ratio (sub-limit, 分项限额). */
export const SubLimitSchema = z.strictObject({
  id: IdSchema,
  /**
   * What the calculation calls it, as the wording does ("rehabilitation", "康复治疗": "Sub-limit for rehabilitation:
   * CNY 200.00 per unit"); without it, the trace names it by its id and categories, which are codes.
   */
  name: LocalizedTextSchema.optional(),
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
/** A limit within a reimbursement coverage for some expense categories: its amount, and what it is counted per. */
export type SubLimit = z.output<typeof SubLimitSchema>;

/** The schema of a reimbursement coverage. */
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
   * Payments by others that count towards the deductible (免赔额抵扣), as the wording says: required, there is no
   * default. Chinese 百万医疗 wordings usually let other commercial insurers' payments count and never social
   * insurance's (`["other_commercial_insurance"]`); "扣除已从社会医疗保险及其他途径获得的补偿后……扣除免赔额"
   * lets none count (`[]`). The insured's own payments always count.
   */
  deductibleCredits: DeductibleCreditsSchema,
  /** Payments by others the coverage deducts before it pays (补偿原则); default every payer source. */
  deductedPayers: z.array(z.enum(PAYER_SOURCES)).optional(),
  /**
   * The family's deductible over all its insureds when each also has the annual deductible (embedded family
   * deductible): with `deductibleLevel: "insured"`.
   */
  familyDeductible: MoneyStringSchema.optional(),
  /** The ratio the coverage pays: one rate, a rate by settlement with social insurance, or rates by amount band. */
  ratio: RatioSchema,
  /** Copayments per visit, service, day or prescription. */
  copays: z.array(CopaySchema).optional(),
  /** Categories whose lines skip every deductible (preventive care, office visits paid before the deductible). */
  deductibleExemptCategories: z.array(IdSchema).min(1).optional(),
  /** The most the insured bears in a policy year; then the plan pays in full. */
  outOfPocketMaximum: OutOfPocketMaximumSchema.optional(),
  /** A lower ratio for declared pre-existing conditions (惠民保 既往症). */
  preExisting: PreExistingTermsSchema.optional(),
  /** Separate deductibles and ratios inside and outside the medical-insurance catalogue (医保内/医保外). */
  catalogueParts: CataloguePartsSchema.optional(),
  /** When false, the class B items' first share (乙类先行自付, 自付二) is not covered; default true. */
  classBSelfPayCovered: z.boolean().optional(),
  /** Where treatment must take place (hospital grade, ownership, department, designated lists). */
  providers: ProviderRequirementsSchema.optional(),
  /** Outpatient care covered only within days before admission and after discharge (住院前后门急诊). */
  hospitalisationWindow: HospitalisationWindowSchema.optional(),
  /** Special drugs: the list, the prescription's age, the pharmacies. */
  specialDrugs: SpecialDrugsSchema.optional(),
  /** Hospital stays and the period: admission within it, days after expiry for a stay running then (延续住院). */
  stay: StayTermsSchema.optional(),
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
      copays: IdSchema.optional(),
      outOfPocket: IdSchema.optional(),
      providers: IdSchema.optional(),
    })
    .default({}),
});
/** A coverage reimbursing expenses (medical), with its deductible, ratios, limits and sub-limits, as its schema gives it. */
export type ReimbursementCoverage = z.output<typeof ReimbursementCoverageSchema>;
