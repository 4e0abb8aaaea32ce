import { z } from "zod";
import { ConditionSchema } from "../../rules/condition-schema.js";
import { IdSchema, LocalizedTextSchema, MoneyStringSchema, RateStringSchema } from "../../values/primitives.js";
import { coverageCommonShape } from "../coverage-common.js";

/** One tier of a fixed benefit: what event pays which share of the sum insured. */
export const FixedBenefitSchema = z.strictObject({
  id: IdSchema,
  /** The clause that grants this tier; default the coverage's clause. */
  clauseId: IdSchema.optional(),
  name: LocalizedTextSchema,
  /** The covered event, as a condition over the fact catalogue (e.g. a listed diagnosis, or death). */
  when: ConditionSchema,
  /** Death must follow the incident within this many days (accidental death within 180 days). */
  deathWithinDays: z.int().min(0).optional(),
  /** Share of the sum insured this tier pays, e.g. `"0.3"` for a mild condition. */
  share: RateStringSchema.default("1"),
  /** How many times this tier pays over the life of the policy (ledger `payouts`). */
  maxPayouts: z.int().min(1).default(1),
  /**
   * Each condition pays once under this tier (每种轻症以一次为限): a claim for a condition the tier already paid is
   * refused. Conditions are the coverage's `conditions` (groups of ICD-10 codes), else the diagnosis code itself.
   */
  oncePerCondition: z.boolean().default(false),
  /** Coverages whose payments so far are deducted, e.g. death deducts disability paid, a major illness deducts mild ones. */
  deductPaidBy: z.array(IdSchema).default([]),
  /** After this tier pays, the coverage ends: later claims on it pay nothing. */
  endsCoverage: z.boolean().default(false),
  /** Other coverages that end with this payout, e.g. accidental death ends the disability cover too. */
  endsCoverages: z.array(IdSchema).default([]),
});
export type FixedBenefit = z.output<typeof FixedBenefitSchema>;

/**
 * A lump sum on a covered event. Tiers are listed most severe first; the first whose `when` holds pays
 * (a claim is never paid as a major and a mild illness at once).
 */
export const FixedBenefitCoverageSchema = z.strictObject({
  ...coverageCommonShape,
  kind: z.literal("fixed"),
  incidentTypes: coverageCommonShape.incidentTypes.default(["illness", "accident"]),
  sumInsured: MoneyStringSchema,
  benefits: z.array(FixedBenefitSchema).min(1, { error: "list at least one benefit tier" }),
  /**
   * The conditions the wording defines, each a group of ICD-10 code prefixes (恶性肿瘤——轻度: C73, D05, D06, …):
   * what "the same condition" means for `oncePerCondition`.
   */
  conditions: z
    .array(z.strictObject({ id: IdSchema, name: LocalizedTextSchema, codes: z.array(z.string().regex(/^[A-Z][0-9A-Z.]*$/)).min(1) }))
    .default([]),
});
export type FixedBenefitCoverage = z.output<typeof FixedBenefitCoverageSchema>;
