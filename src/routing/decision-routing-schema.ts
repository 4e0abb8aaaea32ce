import { z } from "zod";
import { FilledTextSchema } from "../trace/make-text.js";
import { IdSchema, LocalizedTextSchema } from "../values/primitives.js";

/** A queue as the decision names it: its id and its name in zh and en. */
export const QueueRefSchema = z.strictObject({ id: IdSchema, name: LocalizedTextSchema });

/** Why the claim went where it went: a sentence of the routing table, and the routing rule behind it. */
export const RoutingReasonSchema = FilledTextSchema.extend({ ruleId: IdSchema.optional() });
/** Why a decision was routed where it was: the routing rule and its words. */
export type RoutingReason = z.output<typeof RoutingReasonSchema>;

/** One thing an investigator checks: for a red flag that fired (its indicator), or one of the insurer's own. */
export const InvestigationCheckItemSchema = z.strictObject({
  id: IdSchema,
  /** The indicator whose red flag this checks. */
  indicatorId: IdSchema.optional(),
  message: LocalizedTextSchema,
});

/**
 * An investigation request (调查) or a field survey (现场勘查): a task in a queue, saying what to check. Rules asking
 * for the same kind of task in the same queue make one task.
 */
export const InvestigationTaskSchema = z.strictObject({
  kind: z.enum(["investigation", "field_survey"]),
  /** The routing rules that asked for it. */
  rules: z.array(IdSchema).min(1),
  queue: QueueRefSchema,
  /** Each red flag that fired, then the rules' own checks; each once. */
  checks: z.array(InvestigationCheckItemSchema),
});
/** A check an investigator is asked to make, with what to check in zh and en. */
export type InvestigationTask = z.output<typeof InvestigationTaskSchema>;

/**
 * `decision.routing`: straight through (the system decides alone), or the queue a person works the claim in, with
 * the authority level (核赔权限) whose sign-off it needs, whether a second person must review it, why, and any
 * investigation asked for. A decision that is not straight through is a proposal until that person signs it off.
 */
export const DecisionRoutingSchema = z.strictObject({
  straightThrough: z.boolean(),
  /** The queue; null when straight through, or when the claim only waits for the claimant's documents. */
  queue: QueueRefSchema.nullable(),
  /** The lowest authority level that may sign the decision off; null when no person needs to. */
  level: IdSchema.nullable(),
  levelName: LocalizedTextSchema.optional(),
  /** A second person reviews the decision (four-eyes). */
  fourEyes: z.boolean(),
  /** The routing rules that held, in the configuration's order (the first named the queue). */
  rules: z.array(IdSchema),
  reasons: z.array(RoutingReasonSchema),
  /** Investigation requests: one per kind and queue the routing rules that held asked for. */
  tasks: z.array(InvestigationTaskSchema),
});
/** Where a decision goes: straight through or a queue, the authority level (核赔权限) it needs, four-eyes, the reasons and investigation tasks. */
export type DecisionRouting = z.output<typeof DecisionRoutingSchema>;
