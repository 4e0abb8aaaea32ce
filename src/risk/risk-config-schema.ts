import { z } from "zod";
import { RELATIONSHIPS } from "../claim/claim-schema.js";
import { IdSchema, LocalizedTextSchema, MoneyStringSchema, RateStringSchema } from "../values/primitives.js";

/** The kinds of red-flag indicator the library computes, each from the claim and the policy's claim history. */
export const RISK_INDICATOR_KINDS = [
  "soon_after_inception",
  "claim_frequency",
  "duplicate_invoice",
  "invoice_outside_stay",
  "long_stay",
  "amount_near_threshold",
  "repeated_provider",
  "late_report",
  "claimant_not_insured",
  "external_score",
  "rule_flags",
] as const;
/** A kind of red-flag indicator (soon after inception, claim frequency, duplicate invoice, long stay, late report, …): one of `RISK_INDICATOR_KINDS`. */
export type RiskIndicatorKind = (typeof RISK_INDICATOR_KINDS)[number];

const Points = z.number().finite().min(0).max(10_000);
const Days = z.int().min(1).max(36_600);
const Count = z.int().min(1).max(100_000);

/** What every indicator has: its id, its weight, and optionally its name for the adjuster (default: the kind's). */
const indicatorBase = {
  id: IdSchema,
  /** What the indicator adds to the score when it fires. */
  points: Points,
  /** The indicator's name in zh and en, as the adjuster reads it; default the kind's name. */
  name: LocalizedTextSchema.optional(),
};

/** A length-of-stay norm: the days a stay for a diagnosis usually needs (by ICD-10 code or prefix). */
export const StayNormSchema = z.strictObject({
  /** An ICD-10 code or prefix (`J18`, `K80.2`); the longest prefix matching a diagnosis gives its norm. */
  diagnosis: z.string().regex(/^[A-Z][0-9]{0,2}(\.[0-9A-Z]{1,4})?$/, { error: "must be an ICD-10 code or prefix such as J18 or K80.2" }),
  days: Days,
});

/** A threshold an amount may be kept just under: a limit, the large-claim threshold, the automatic authority. */
export const AmountThresholdSchema = z.strictObject({
  id: IdSchema,
  amount: MoneyStringSchema,
  name: LocalizedTextSchema,
});

/** One red-flag indicator, by kind, with its weight and thresholds. */
export const RiskIndicatorSchema = z.discriminatedUnion("kind", [
  /** The incident happened within `withinDays` of the start of continuous cover (day 1 is the first day). */
  z.strictObject({ ...indicatorBase, kind: z.literal("soon_after_inception"), withinDays: Days }),
  /** The insured's other claims submitted in the `windowDays` days up to this one number at least `atLeast`. */
  z.strictObject({ ...indicatorBase, kind: z.literal("claim_frequency"), atLeast: Count, windowDays: Days.default(365) }),
  /**
   * An invoice of the claim was billed before (same number on another claim of the policy), or has the amount, date
   * and provider of another invoice (on another claim, or on this one under another number). Dates may differ by up to
   * `dateToleranceDays`. Invoices without a provider are compared by number only.
   */
  z.strictObject({ ...indicatorBase, kind: z.literal("duplicate_invoice"), dateToleranceDays: z.int().min(0).max(366).default(0) }),
  /** An invoice is dated before admission or after discharge, by more than `toleranceDays`. Claims without a stay never fire. */
  z.strictObject({ ...indicatorBase, kind: z.literal("invoice_outside_stay"), toleranceDays: z.int().min(0).max(366).default(0) }),
  /** The stay is longer than `factor` times the norm of its diagnosis (the longest norm among the claim's diagnoses). */
  z.strictObject({ ...indicatorBase, kind: z.literal("long_stay"), factor: z.number().finite().min(1).max(100), norms: z.array(StayNormSchema).min(1) }),
  /** The amount billed (or payable) lies within `within` (a fraction, `"0.05"` for 5%) under one of the thresholds. */
  z.strictObject({
    ...indicatorBase,
    kind: z.literal("amount_near_threshold"),
    measure: z.enum(["billed", "payable"]).default("billed"),
    within: RateStringSchema,
    thresholds: z.array(AmountThresholdSchema).min(1),
  }),
  /** The insured's other claims with an invoice of the same provider, in the `windowDays` up to this one, number at least `atLeast`. */
  z.strictObject({ ...indicatorBase, kind: z.literal("repeated_provider"), atLeast: Count, windowDays: Days.default(365) }),
  /** The claim was reported at least `atLeast` days after the claimant knew of the incident (`reportDelayDays`). */
  z.strictObject({ ...indicatorBase, kind: z.literal("late_report"), atLeast: Days }),
  /** The claimant is not the insured; `relationships` narrows it (e.g. only `other`). */
  z.strictObject({
    ...indicatorBase,
    kind: z.literal("claimant_not_insured"),
    relationships: z.array(z.enum(RELATIONSHIPS.filter((relationship) => relationship !== "self") as ["spouse", "child", "parent", "other"])).min(1).optional(),
  }),
  /** A numeric fact (an external model's score, registered with `createAdjudicator({ facts })` or a declared signal) is at least `atLeast`. */
  z.strictObject({ ...indicatorBase, kind: z.literal("external_score"), fact: z.string().min(1), atLeast: z.number().finite() }),
  /** A `flag` rule of the rule set fired with one of `severities` (and, when given, one of `reasonCodes`). */
  z.strictObject({
    ...indicatorBase,
    kind: z.literal("rule_flags"),
    severities: z.array(z.enum(["low", "medium", "high"])).min(1).default(["medium", "high"]),
    reasonCodes: z.array(z.string().min(1)).min(1).optional(),
  }),
]);
/** One red-flag indicator of the configuration: its kind, parameters and points. */
export type RiskIndicator = z.output<typeof RiskIndicatorSchema>;

/** A band of the score: from `from` up to the next band's `from`. */
export const RiskLevelSchema = z.strictObject({
  id: IdSchema,
  /** The lowest score in the band. */
  from: z.number().finite().min(0),
  name: LocalizedTextSchema,
});

/** Risk scoring: the indicators, each with its weight, and the score's bands (low / medium / high, …). */
export const RiskConfigSchema = z.strictObject({
  indicators: z.array(RiskIndicatorSchema).min(1),
  /** Bands of the score in ascending order of `from`; the first starts at 0. */
  levels: z.array(RiskLevelSchema).min(1).optional(),
});
/** The risk score configuration: the indicators with their points, and the levels of the score. */
export type RiskConfig = z.output<typeof RiskConfigSchema>;
