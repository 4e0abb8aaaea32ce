import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import { IdSchema, MoneyStringSchema, RateStringSchema } from "../values/primitives.js";

export const PREMIUM_FREQUENCIES = ["annual", "semiannual", "quarterly", "monthly", "single"] as const;
export type PremiumFrequency = (typeof PREMIUM_FREQUENCIES)[number];

/** Months between two instalments of each frequency (`single`: one instalment only). */
export const FREQUENCY_MONTHS: Readonly<Record<PremiumFrequency, number>> = { annual: 12, semiannual: 6, quarterly: 3, monthly: 1, single: 0 };

/**
 * How the premium is paid, and how far it is paid: the instalment, its frequency from the first due date, and the
 * due date of the first instalment not paid yet (交至日, `paidToDate`). An instalment unpaid on its due date leaves a
 * grace period (宽限期, PRC Insurance Law art. 36: 60 days from the day after the due date unless the wording says
 * otherwise); an incident in it is paid less the premium due; after it the cover is suspended (效力中止).
 */
export const PremiumScheduleSchema = z.strictObject({
  /** One instalment. */
  amount: MoneyStringSchema,
  frequency: z.enum(PREMIUM_FREQUENCIES),
  /** The first instalment's due date; default the policy's effective date. */
  firstDueOn: IsoDateSchema.optional(),
  /** The last instalment's due date (交费期满); default the last due date before the policy's expiry. */
  lastDueOn: IsoDateSchema.optional(),
  /** The due date of the first instalment not paid yet; after the last instalment, any later date (all paid). */
  paidToDate: IsoDateSchema,
  /** Days of grace after a due date (counted from the day after it). Default 60. */
  graceDays: z.int().min(0).optional(),
  /** The clause on premiums and the grace period; deductions and suspensions cite it. */
  clauseId: IdSchema,
});
export type PremiumSchedule = z.output<typeof PremiumScheduleSchema>;

/** A period the cover was suspended for unpaid premium and then reinstated (复效, PRC Insurance Law art. 37). */
export const ReinstatementSchema = z.strictObject({
  /** The first day without cover (the day after the grace period ended). */
  suspendedFrom: IsoDateSchema,
  /** The day cover resumed (the arrears paid, 解释（三） art. 8): instalments due before it count as paid. */
  reinstatedOn: IsoDateSchema,
  /** The waiting periods of the coverages start again on the reinstatement day (生效日或最后复效日起): default true. */
  restartsWaitingPeriods: z.boolean().optional(),
  clauseId: IdSchema.optional(),
});
export type Reinstatement = z.output<typeof ReinstatementSchema>;

export const BENEFICIARY_RELATIONSHIPS = ["spouse", "child", "parent", "sibling", "other"] as const;

/**
 * A beneficiary of the death benefit (身故保险金受益人), designated by the insured or with the insured's consent (PRC
 * Insurance Law arts. 39–41): the order they take in (顺位, 1 first) and their share within it (unstated shares are
 * equal, art. 40).
 */
export const BeneficiarySchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  relationship: z.enum(BENEFICIARY_RELATIONSHIPS),
  /** Whose death benefit it is, among the policy's insureds; default the main insured. */
  insuredId: IdSchema.optional(),
  /** The order (顺位): the beneficiaries of the first order that has one left take the whole benefit. Default 1. */
  order: z.int().min(1).optional(),
  /** Share within the order, e.g. "0.6"; give every beneficiary of an order a share, or none (equal shares). */
  share: RateStringSchema.optional(),
});
export type Beneficiary = z.output<typeof BeneficiarySchema>;

/**
 * The contract's own life, for long-term policies: formation, premiums, suspension and reinstatement, the period
 * after which it cannot be contested (PRC Insurance Law art. 16), and the beneficiaries of its death benefits.
 */
export const ContractTermsSchema = z.strictObject({
  /** The day the contract was formed (成立日); default the policy's effective date. */
  formedOn: IsoDateSchema.optional(),
  premium: PremiumScheduleSchema.optional(),
  reinstatements: z.array(ReinstatementSchema).optional(),
  /**
   * Art. 16: two years after formation the insurer can no longer rescind for non-disclosure and must pay. `years`
   * (default 2); `fromReinstatement` (default true) counts them again from the latest reinstatement, as many
   * wordings do; `clauseId` the clause that says so.
   */
  incontestability: z.strictObject({ years: z.int().min(1).optional(), fromReinstatement: z.boolean().optional(), clauseId: IdSchema.optional() }).optional(),
  /** The beneficiaries of the death benefits (tiers with `payee: "death_beneficiaries"`); none: the insured's estate (art. 42). */
  beneficiaries: z.array(BeneficiarySchema).optional(),
  /**
   * Where the share of a beneficiary who died before the insured goes (or is deemed to have, dying in the same event
   * in an order that cannot be determined, PRC Insurance Law art. 42), while others of the same order are left:
   * `other_beneficiaries` (default, 解释（三） art. 12: the others of the same order take it by their shares, or
   * equally) or `estate` (the wording says the share becomes part of the insured's estate, 作为被保险人的遗产). With
   * nobody of an order left the next order takes the benefit, and with nobody at all it is the insured's estate, either way.
   */
  predeceasedBeneficiaryShare: z.enum(["other_beneficiaries", "estate"]).optional(),
});
export type ContractTerms = z.output<typeof ContractTermsSchema>;
