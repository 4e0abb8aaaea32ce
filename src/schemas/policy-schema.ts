import { z } from "zod";
import { ConditionSchema } from "./condition-schema.js";
import {
  Icd10CodeSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  MoneyStringSchema,
  RateStringSchema,
  RoundingModeSchema,
} from "./primitives.js";
import { CurrencyCodeSchema } from "./currency-schema.js";

export const ClauseSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  /** The policy wording the clause enforces, quoted in decisions and notices. */
  text: LocalizedTextSchema,
});
export type Clause = z.output<typeof ClauseSchema>;

/** Reimbursement ratio by how social insurance took part in the settlement. */
export const SocialInsuranceRatioSchema = z.strictObject({
  used: RateStringSchema,
  not_used: RateStringSchema,
  could_not_be_used: RateStringSchema,
});

export const WaitingPeriodsSchema = z.strictObject({
  illnessDays: z.int().min(0, { error: "a waiting period cannot be negative" }),
  accidentDays: z.int().min(0, { error: "a waiting period cannot be negative" }),
});

export const ReimbursementCoverageSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal("reimbursement"),
  /** The clause that grants this coverage; calculation steps cite it. */
  clauseId: IdSchema,
  name: LocalizedTextSchema,
  annualDeductible: MoneyStringSchema,
  ratio: SocialInsuranceRatioSchema,
  perClaimLimit: MoneyStringSchema.optional(),
  annualLimit: MoneyStringSchema,
  /** Expense categories this coverage pays for; a line of any other category is not eligible. */
  eligibleCategories: z.array(IdSchema).min(1, { error: "list at least one eligible expense category" }),
  /** When false (the default), the self-pay portion of a line (outside the social-insurance catalogue) is not eligible. */
  selfPayCovered: z.boolean().default(false),
  waitingPeriods: WaitingPeriodsSchema,
  /** Clauses behind each calculation step, when the wording puts them in their own clauses; default `clauseId`. */
  clauseRefs: z
    .strictObject({
      eligibility: IdSchema.optional(),
      deductible: IdSchema.optional(),
      ratio: IdSchema.optional(),
      limits: IdSchema.optional(),
    })
    .default({}),
});
export type ReimbursementCoverage = z.output<typeof ReimbursementCoverageSchema>;

export const CoverageSchema = z.discriminatedUnion("kind", [ReimbursementCoverageSchema]);
export type Coverage = z.output<typeof CoverageSchema>;

export const DocumentRequirementSchema = z.strictObject({
  id: IdSchema,
  documentType: IdSchema,
  clauseId: IdSchema,
  /** What the document is and why it is needed, as the claimant will read it. */
  description: LocalizedTextSchema,
  /** Only required when this condition holds (json-rules-engine condition over the fact catalogue). */
  when: ConditionSchema.optional(),
  /** `claim`: one document for the claim; `invoice`: one per distinct invoice number, with the invoice number as document id. */
  per: z.enum(["claim", "invoice"]).default("claim"),
  /** The original is needed, a copy does not satisfy the requirement. */
  originalRequired: z.boolean().default(false),
});
export type DocumentRequirement = z.output<typeof DocumentRequirementSchema>;

export const PartySchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  /** Identity number; decisions never echo it. */
  idNumber: z.string().optional(),
  birthDate: IsoDateSchema.optional(),
});

export const InsuredSchema = PartySchema.extend({
  /** Conditions declared or known at underwriting (既往症), as ICD-10 code prefixes. */
  preExistingConditions: z.array(Icd10CodeSchema.or(z.string().regex(/^[A-Z][0-9]{0,2}$/))).default([]),
});

export const PolicySchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: IdSchema,
    product: z.enum(["medical_reimbursement"]),
    name: LocalizedTextSchema,
    insured: InsuredSchema,
    holder: PartySchema,
    period: z.strictObject({
      effective: IsoDateSchema,
      expiry: IsoDateSchema,
      /** First day of uninterrupted cover with this insurer; a renewal keeps it so waiting periods are not served twice. */
      continuousCoverageSince: IsoDateSchema.optional(),
    }),
    currency: z.strictObject({
      code: CurrencyCodeSchema,
      minorUnits: z.int().min(0).max(4),
      rounding: RoundingModeSchema.default("half_up"),
    }),
    clauses: z.array(ClauseSchema).min(1),
    coverages: z.array(CoverageSchema).min(1),
    documentRequirements: z.array(DocumentRequirementSchema).default([]),
  })
  .superRefine((policy, ctx) => {
    if (policy.period.expiry < policy.period.effective) {
      ctx.addIssue({ code: "custom", path: ["period", "expiry"], message: `expiry ${policy.period.expiry} is before effective ${policy.period.effective}` });
    }
    if (policy.period.continuousCoverageSince !== undefined && policy.period.continuousCoverageSince > policy.period.effective) {
      ctx.addIssue({ code: "custom", path: ["period", "continuousCoverageSince"], message: "continuous cover cannot start after this period's effective date" });
    }
    const clauseIds = new Set<string>();
    policy.clauses.forEach((clause, i) => {
      if (clauseIds.has(clause.id)) ctx.addIssue({ code: "custom", path: ["clauses", i, "id"], message: `duplicate clause id "${clause.id}"` });
      clauseIds.add(clause.id);
    });
    const checkClause = (clauseId: string, path: (string | number)[]) => {
      if (!clauseIds.has(clauseId)) {
        ctx.addIssue({ code: "custom", path, message: `clause "${clauseId}" is not among the policy's clauses (${[...clauseIds].join(", ")})` });
      }
    };
    const coverageIds = new Set<string>();
    policy.coverages.forEach((coverage, i) => {
      if (coverageIds.has(coverage.id)) ctx.addIssue({ code: "custom", path: ["coverages", i, "id"], message: `duplicate coverage id "${coverage.id}"` });
      coverageIds.add(coverage.id);
      checkClause(coverage.clauseId, ["coverages", i, "clauseId"]);
      for (const [step, clauseId] of Object.entries(coverage.clauseRefs)) {
        if (clauseId !== undefined) checkClause(clauseId, ["coverages", i, "clauseRefs", step]);
      }
    });
    const requirementIds = new Set<string>();
    policy.documentRequirements.forEach((requirement, i) => {
      if (requirementIds.has(requirement.id)) ctx.addIssue({ code: "custom", path: ["documentRequirements", i, "id"], message: `duplicate requirement id "${requirement.id}"` });
      requirementIds.add(requirement.id);
      checkClause(requirement.clauseId, ["documentRequirements", i, "clauseId"]);
    });
  });
export type Policy = z.output<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
