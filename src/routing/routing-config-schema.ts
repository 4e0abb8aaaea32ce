import { z } from "zod";
import { OUTCOMES } from "../codes/outcomes.js";
import { PRODUCTS } from "../policy/policy-schema.js";
import { IdSchema, LocalizedTextSchema, MoneyStringSchema } from "../values/primitives.js";

/** A work queue (医疗审核, 特殊调查, 大额理赔…): its id, and its name in zh and en. */
export const QueueSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
});
/** A work queue decisions may be routed to. */
export type Queue = z.output<typeof QueueSchema>;

/** The outcomes an authority decides: what is paid (approved, partially approved) and what is refused (denied). */
export const AUTHORITY_OUTCOMES = ["approved", "partially_approved", "denied"] as const;
/** An outcome an authority level decides up to its limit: `approved`, `partially_approved` or `denied`. */
export type AuthorityOutcome = (typeof AUTHORITY_OUTCOMES)[number];

/** The most one may decide, as an amount or `"unlimited"`. */
export const AuthorityAmountSchema = z.union([MoneyStringSchema, z.literal("unlimited")]);
export type AuthorityAmount = z.output<typeof AuthorityAmountSchema>;

/**
 * The most one may decide, per outcome: for an approval the amount payable, for a denial the amount billed. An
 * outcome left out is one it may not decide at all.
 */
export const AuthorityLimitsSchema = z.strictObject({
  approved: AuthorityAmountSchema.optional(),
  partially_approved: AuthorityAmountSchema.optional(),
  denied: AuthorityAmountSchema.optional(),
});
/** The amounts an authority level may decide, by outcome. */
export type AuthorityLimits = z.output<typeof AuthorityLimitsSchema>;

/** An authority level (核赔权限): who may sign a decision off, and up to what amount per outcome. */
export const AuthorityLevelSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  maxAmount: AuthorityLimitsSchema,
});
/** An authority level (核赔权限) and the largest amounts it may approve or deny. */
export type AuthorityLevel = z.output<typeof AuthorityLevelSchema>;

/** When a routing rule holds: every condition given must hold (at least one must be given). */
export const RoutingConditionSchema = z
  .strictObject({
    /** The risk score is at least this. */
    scoreAtLeast: z.number().finite().min(0).optional(),
    /** The score's band is one of these (`risk.levels` ids). */
    riskLevels: z.array(IdSchema).min(1).optional(),
    /** One of these indicators (`risk.indicators` ids) fired. */
    indicators: z.array(IdSchema).min(1).optional(),
    /** The decision's outcome is one of these. */
    outcomes: z.array(z.enum(OUTCOMES)).min(1).optional(),
    /** The amount payable is at least this. */
    payableAtLeast: MoneyStringSchema.optional(),
    /** The amount billed is at least this. */
    billedAtLeast: MoneyStringSchema.optional(),
    /** The decision gives one of these codes: a reason's, a flag's or a triggered rule's. */
    reasonCodes: z.array(z.string().min(1)).min(1).optional(),
    /** A `flag` rule fired with one of these severities. */
    flagSeverities: z.array(z.enum(["low", "medium", "high"])).min(1).optional(),
    /** The policy is of one of these products. */
    products: z.array(z.enum(PRODUCTS)).min(1).optional(),
  })
  .refine((when) => Object.values(when).some((value) => value !== undefined), { error: "give at least one condition (scoreAtLeast, riskLevels, indicators, outcomes, payableAtLeast, billedAtLeast, reasonCodes, flagSeverities, products)" });
/** The condition of a routing rule (outcome, amount, risk band, flags, …). */
export type RoutingCondition = z.output<typeof RoutingConditionSchema>;

/** What an investigation (调查) or a field survey (现场勘查) checks, beside what each red flag asks. */
export const InvestigationCheckSchema = z.strictObject({ id: IdSchema, text: LocalizedTextSchema });

/** A routing rule: when it holds, the claim goes to its queue (the first rule that holds names the queue). */
export const RoutingRuleSchema = z.strictObject({
  id: IdSchema,
  /** What the rule is for, as the adjuster reads it. */
  name: LocalizedTextSchema.optional(),
  when: RoutingConditionSchema,
  queue: IdSchema,
  /** The lowest authority level that may decide a claim this rule routes. */
  level: IdSchema.optional(),
  /** Ask for an investigation or a field survey: a task in the rule's queue saying what to check. */
  investigation: z
    .strictObject({
      kind: z.enum(["investigation", "field_survey"]).default("investigation"),
      /** Checks of the insurer's own, after those of the red flags that fired. */
      checks: z.array(InvestigationCheckSchema).default([]),
    })
    .optional(),
});
/** A routing rule: the condition under which a decision goes to a queue. */
export type RoutingRule = z.output<typeof RoutingRuleSchema>;

/**
 * Routing and authority: the queues, the rules that send claims to them, what the system may decide alone, and the
 * authority levels with the most each may decide.
 */
export const RoutingConfigSchema = z.strictObject({
  queues: z.array(QueueSchema).min(1),
  /** In order: the first that holds names the queue; every one that holds gives its reasons. */
  rules: z.array(RoutingRuleSchema).default([]),
  /** Where a claim goes when no rule names a queue but a person must decide it (its outcome, its amount, four-eyes). */
  defaultQueue: IdSchema,
  /** What the system decides alone, per outcome (an outcome left out never goes straight through). */
  straightThrough: z.strictObject({ maxAmount: AuthorityLimitsSchema }),
  authority: z.strictObject({
    /** From the lowest level up. */
    levels: z.array(AuthorityLevelSchema).min(1),
    /** Above this amount (payable, or billed for a denial) a second person reviews the decision. */
    fourEyesAbove: MoneyStringSchema.optional(),
    /** Every denial needs at least this level, whatever its amount. */
    denialsRequire: IdSchema.optional(),
  }),
});
/** The routing configuration: queues, routing rules in order, the default queue, straight-through conditions, authority levels, four-eyes and denial approvals. */
export type RoutingConfig = z.output<typeof RoutingConfigSchema>;
