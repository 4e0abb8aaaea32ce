import { z } from "zod";
import { PAYER_SOURCES } from "../../claim/payer-sources.js";
import { DEPARTMENTS, PROVIDER_LEVELS, PROVIDER_OWNERSHIPS } from "../../claim/medical-claim-schema.js";
import { Dec } from "../../money/money.js";
import { IdSchema, LocalizedTextSchema, MoneyStringSchema, RateStringSchema } from "../../values/primitives.js";

/** Reimbursement ratio by how social insurance took part in the settlement. */
export const SocialInsuranceRatioSchema = z.strictObject({
  used: RateStringSchema,
  not_used: RateStringSchema,
  /** Settlement through social insurance was impossible (e.g. an accident with a liable third party). */
  could_not_be_used: RateStringSchema,
});

/** A ratio that does not depend on an amount: one rate, or a rate for each way social insurance took part. */
export const FlatRatioSchema = z.union([RateStringSchema, SocialInsuranceRatioSchema]);

/**
 * A ratio by amount band (分段赔付): each band's ratio applies to the part of the year's amount (after deductibles)
 * from its `from` up to the next band's, e.g. 70% of the first 100,000 and 80% above.
 */
export const BandedRatioSchema = z
  .strictObject({
    bands: z
      .array(z.strictObject({ from: MoneyStringSchema, ratio: FlatRatioSchema }))
      .min(1, { error: "list at least one band" }),
  })
  .superRefine((ratio, ctx) => {
    ratio.bands.forEach((band, i) => {
      const previous = ratio.bands[i - 1];
      if (i === 0 && !new Dec(band.from).isZero()) ctx.addIssue({ code: "custom", path: ["bands", 0, "from"], message: `the first band starts at 0, not ${band.from}` });
      if (previous !== undefined && new Dec(band.from).lessThanOrEqualTo(previous.from)) ctx.addIssue({ code: "custom", path: ["bands", i, "from"], message: `bands go up: ${band.from} is not above the previous band's ${previous.from}` });
    });
  });

/** Any ratio a coverage or one of its parts may state: one rate, a rate by settlement, or rates by amount band. */
export const RatioSchema = z.union([RateStringSchema, SocialInsuranceRatioSchema, BandedRatioSchema]);
export type RatioTerms = z.output<typeof RatioSchema>;

/**
 * Payments of others that count towards the deductible (免赔额抵扣): the payer sources, each one stated, none by
 * default; the insured's own payments always count. The older form names the two sources it knew:
 * `{ "socialInsurance": false, "otherInsurance": true }` (basic medical insurance, other commercial insurers).
 */
export const DeductibleCreditsSchema = z.union([
  z.array(z.enum(PAYER_SOURCES)),
  z.strictObject({ socialInsurance: z.boolean(), otherInsurance: z.boolean() }).transform((credits) => [
    ...(credits.socialInsurance ? (["basic_medical_insurance"] as const) : []),
    ...(credits.otherInsurance ? (["other_commercial_insurance"] as const) : []),
  ]),
]);

/**
 * A fixed amount the insured pays per visit, service, day or prescription (copayment, 定额自付), for lines of some
 * categories. In most plans the service then skips the deductible and is paid in full (an office visit with only a
 * copay); some take the deductible first ("copay after deductible") or coinsurance after it.
 */
export const CopaySchema = z.strictObject({
  id: IdSchema,
  /** What the calculation calls what it is paid for ("office visits", "门诊就诊"); without it, its id and categories, which are codes. */
  name: LocalizedTextSchema.optional(),
  clauseId: IdSchema.optional(),
  categories: z.array(IdSchema).min(1, { error: "list the expense categories the copay applies to" }),
  amount: MoneyStringSchema,
  /** `visit`: per visit (`visitId`, else the service date); `service`: per line; `day`: per service date; `prescription`: per `prescriptionId` (else per line). */
  per: z.enum(["visit", "service", "day", "prescription"]),
  /** `does_not_apply` (default): the service skips the deductible; `before_copay`: the deductible first, then the copay; `after_copay`: the copay, then the deductible. */
  deductible: z.enum(["does_not_apply", "before_copay", "after_copay"]).optional(),
  /** Coinsurance on what is left after the copay; default false (the plan pays the rest in full). */
  coinsurance: z.boolean().optional(),
});
export type Copay = z.output<typeof CopaySchema>;

/**
 * The most the insured bears in a policy year (out-of-pocket maximum) of the shares it counts, per person and, when
 * given, per family; after it the plan pays those shares in full. A coinsurance maximum counts only coinsurance.
 */
export const OutOfPocketMaximumSchema = z.strictObject({
  amount: MoneyStringSchema,
  /** The family's maximum over all its insureds (the individual one still holds for each). */
  familyAmount: MoneyStringSchema.optional(),
  /** The shares that count towards it: default deductibles, copays and coinsurance. */
  counts: z.array(z.enum(["deductible", "copay", "coinsurance"])).min(1).optional(),
  clauseId: IdSchema.optional(),
});

/** A lower ratio (and, for people with a declared condition, a higher deductible) for declared pre-existing conditions (既往症). */
export const PreExistingTermsSchema = z.strictObject({
  /** `related_expenses`: lines treating a declared condition (by the line's diagnoses); `insured`: every claim of an insured with one. */
  appliesTo: z.enum(["related_expenses", "insured"]),
  ratio: FlatRatioSchema,
  /** For `insured`: the annual deductible of people with a declared condition. */
  annualDeductible: MoneyStringSchema.optional(),
  clauseId: IdSchema.optional(),
});

/** The terms of one part of the bill: inside the medical-insurance catalogue (目录内) or outside it (目录外, 自费). */
export const CataloguePartSchema = z.strictObject({
  annualDeductible: MoneyStringSchema.optional(),
  ratio: RatioSchema,
  preExisting: PreExistingTermsSchema.optional(),
  clauseId: IdSchema.optional(),
});
export type CataloguePart = z.output<typeof CataloguePartSchema>;

/** Separate deductibles and ratios inside and outside the catalogue (惠民保 医保内/医保外); without `outOfCatalogue`, self-pay is not covered. */
export const CataloguePartsSchema = z.strictObject({
  inCatalogue: CataloguePartSchema,
  outOfCatalogue: CataloguePartSchema.optional(),
});

/** Where treatment must take place (二级及以上公立医院普通部; designated hospitals as lists of the policy). */
export const ProviderRequirementsSchema = z.strictObject({
  /** The lowest hospital grade covered. */
  minLevel: z.enum(PROVIDER_LEVELS).optional(),
  ownership: z.array(z.enum(PROVIDER_OWNERSHIPS)).min(1).optional(),
  departments: z.array(z.enum(DEPARTMENTS)).min(1).optional(),
  /** The provider must be on one of these lists (policy `providerLists`). */
  lists: z.array(IdSchema).min(1).optional(),
  /** Only lines of these categories are restricted; default every line of the coverage. */
  categories: z.array(IdSchema).min(1).optional(),
  /** Emergencies (a line's `emergency`) are covered wherever they were treated (解释（三） art. 20). */
  emergencyExempt: z.boolean().optional(),
  clauseId: IdSchema.optional(),
});
export type ProviderRequirements = z.output<typeof ProviderRequirementsSchema>;

/** Outpatient and emergency care before admission and after discharge (住院前后门急诊), covered only within these days of a stay. */
export const HospitalisationWindowSchema = z.strictObject({
  daysBefore: z.int().min(0),
  daysAfter: z.int().min(0),
  /** The categories of outpatient lines the window governs. */
  categories: z.array(IdSchema).min(1),
  clauseId: IdSchema.optional(),
});

/** Special drugs (特药、外购药): on the list, prescribed within some days before the purchase, bought at a designated pharmacy. */
export const SpecialDrugsSchema = z.strictObject({
  categories: z.array(IdSchema).min(1),
  /** The policy's drug list (`drugLists`). */
  drugListId: IdSchema,
  /** The purchase at most this many days after the prescription's date. */
  prescriptionWithinDays: z.int().min(0).optional(),
  /** Designated pharmacies (policy `providerLists`); with `dtpPharmaciesAccepted`, any DTP pharmacy will also do. */
  pharmacyLists: z.array(IdSchema).min(1).optional(),
  dtpPharmaciesAccepted: z.boolean().optional(),
  clauseId: IdSchema.optional(),
});
export type SpecialDrugs = z.output<typeof SpecialDrugsSchema>;
