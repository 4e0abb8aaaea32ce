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
  /**
   * The covered event, as a condition over the fact catalogue (e.g. a listed diagnosis, or death). Optional when the
   * coverage's `conditions` name this tier: they are then its definitions, and the tier pays only for them.
   */
  when: ConditionSchema.optional(),
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
  /**
   * Each group of conditions pays once under this tier (多次赔付: 每组重大疾病以给付一次为限): a condition of a group
   * the tier already paid is refused. Groups are the `group` of the coverage's conditions.
   */
  oncePerGroup: z.boolean().optional(),
  /**
   * The least number of days between two diagnoses this tier pays (相邻两次确诊间隔 365 日): a diagnosis fewer days
   * after the latest one paid (by this tier, or by the tiers `intervalAfter` lists) is refused.
   */
  intervalDays: z.int().min(1).optional(),
  /** Whose earlier diagnoses the interval counts from: tiers of this coverage; default this tier alone. */
  intervalAfter: z.array(IdSchema).min(1).optional(),
  /**
   * 生存期: the insured must survive this many days after the diagnosis. A death within them pays nothing; a claim
   * made before the days have passed is referred until they have.
   */
  survivalDays: z.int().min(1).optional(),
  /** Coverages whose payments so far are deducted, e.g. death deducts disability paid, a major illness deducts mild ones. */
  deductPaidBy: z.array(IdSchema).default([]),
  /** After this tier pays, the coverage ends: later claims on it pay nothing. */
  endsCoverage: z.boolean().default(false),
  /** Other coverages that end with this payout, e.g. accidental death ends the disability cover too. */
  endsCoverages: z.array(IdSchema).default([]),
  /**
   * 豁免保险费: when this tier pays, the premiums of the contract (`contract.premium`) falling due after the diagnosis
   * (the incident date) are waived: deemed paid, never in a grace period or suspension again. The decision's
   * `premiumWaiver` states from which due date and which instalments.
   */
  waivesPremiums: z.boolean().default(false),
  /** The clause that grants the waiver (被保险人豁免保险费), when not the tier's own. */
  waiverClauseId: IdSchema.optional(),
  /**
   * Who is paid: the insured (default), or the beneficiaries of the death benefit (`death_beneficiaries`, the
   * policy's `contract.beneficiaries`, by order and share; nobody left, the insured's estate, PRC Insurance Law arts.
   * 40–43). The benefit then lists its payees, one per share.
   */
  payee: z.enum(["insured", "death_beneficiaries"]).default("insured"),
});
/** One benefit of a fixed-benefit coverage (a lump sum for a diagnosis, death or disability), with its amount and conditions. */
export type FixedBenefit = z.output<typeof FixedBenefitSchema>;

/** A finding a condition's definition asks for, and from which day after the diagnosis it counts. */
export const ConditionFindingSchema = z.strictObject({
  /** The finding's code, as claims record it in `incident.findings`. */
  code: IdSchema,
  /** What it is, as the wording says it (a reader sees it when the definition is not met). */
  name: LocalizedTextSchema,
  /**
   * It counts only when observed this many days or more after the diagnosis (严重脑中风后遗症: deficits still present
   * 180 days after it; 较重急性心肌梗死: LVEF below 50% measured 6 weeks, 42 days, after it). Default 0.
   */
  fromDay: z.int().min(0).optional(),
});
export type ConditionFinding = z.output<typeof ConditionFindingSchema>;

/**
 * A condition the wording defines (恶性肿瘤——轻度: C73, D05, D06 …; 严重脑中风后遗症: I60, I61, I63 with a deficit 180
 * days after the diagnosis). It is the claim's when one of its ICD-10 code prefixes starts a diagnosis code of the
 * claim and its definition is met: the findings (any one of them, each from its day), the insured's sex and age.
 */
export const FixedConditionSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  codes: z.array(z.string().regex(/^[A-Z][0-9A-Z.]*$/)).min(1),
  /**
   * The tier that pays it. Conditions that name a tier are that tier's definitions: it pays only for them. Conditions
   * that name none say what "the same condition" means for every tier (`oncePerCondition`).
   */
  benefit: IdSchema.optional(),
  /** The group it belongs to, for tiers that pay each group once (多次赔付 A, B, C … 组). */
  group: IdSchema.optional(),
  /** The definition needs at least one of these findings (each from its day after the diagnosis). */
  findings: z.array(ConditionFindingSchema).min(1).optional(),
  /** The condition is covered for insureds of this sex only (女性特定疾病: `female`). */
  sex: z.enum(["female", "male"]).optional(),
  /** Covered from this age at the diagnosis (whole years, included). */
  minAge: z.int().min(0).optional(),
  /** Covered up to this age at the diagnosis (whole years, included): 少儿特定疾病 before 18 is `maxAge: 17`. */
  maxAge: z.int().min(0).optional(),
});
export type FixedCondition = z.output<typeof FixedConditionSchema>;

/**
 * A lump sum on a covered event. Tiers are listed most severe first; the first whose event occurred pays
 * (a claim is never paid as a major and a mild illness at once).
 */
export const FixedBenefitCoverageSchema = z.strictObject({
  ...coverageCommonShape,
  kind: z.literal("fixed"),
  incidentTypes: coverageCommonShape.incidentTypes.default(["illness", "accident"]),
  sumInsured: MoneyStringSchema,
  benefits: z.array(FixedBenefitSchema).min(1, { error: "list at least one benefit tier" }),
  /**
   * The conditions the wording defines, each a group of ICD-10 code prefixes with its definition: what "the same
   * condition" means for `oncePerCondition`, the groups of a multi-payout product, and a tier's own definitions.
   */
  conditions: z.array(FixedConditionSchema).default([]),
  /** What the coverage pays in all for one accident (incident), over every claim for it. */
  perIncidentLimit: MoneyStringSchema.optional(),
});
/** A coverage paying fixed sums (critical illness, death, disability lump sums), as its schema gives it. */
export type FixedBenefitCoverage = z.output<typeof FixedBenefitCoverageSchema>;
