import { z } from "zod";
import { DecisionRiskSchema, RiskIndicatorResultSchema } from "../risk/decision-risk-schema.js";
import { DecisionRoutingSchema, QueueRefSchema as CoreQueueRefSchema } from "../routing/decision-routing-schema.js";
import { DecisionSamplingSchema } from "../sampling/decision-sampling-schema.js";

/**
 * The shapes the analysis reads from `decision.risk`, `decision.routing` and `decision.sampling` when a decision has
 * them. each is the core's own schema (`DecisionRiskSchema`, `DecisionRoutingSchema`, `DecisionSamplingSchema`); a part present in another shape (a decision built by
 * hand, or by another system) is reported once per decision as `extension_unreadable`, and then treated as absent.
 */

/**
 * `decision.risk`: the score, its level and each indicator's id, kind, name and contribution, each field as the core
 * defines it (`DecisionRiskSchema`); the fields the analysis does not read (evidence, checks) are not validated again:
 * checking every indicator's evidence texts costs more than the rest of the analysis of a decision.
 */
export const RiskShapeSchema = z.looseObject({
  ...DecisionRiskSchema.pick({ score: true, level: true }).shape,
  indicators: z.array(z.looseObject(RiskIndicatorResultSchema.pick({ id: true, kind: true, name: true, contribution: true }).shape)),
});
/** The part of a decision's `risk` the report reads: score, band, indicators that fired. */
export type RiskShape = z.output<typeof RiskShapeSchema>;

/** A work queue: its id and its name in zh and en. */
export const QueueRefSchema = CoreQueueRefSchema;

/** `decision.routing`: straight through, or the queue a person works it in, with the authority level required (fields as the core defines them; reasons and tasks not read). */
export const RoutingShapeSchema = z.looseObject(DecisionRoutingSchema.pick({ straightThrough: true, queue: true, level: true }).shape);
/** The part of a decision's `routing` the report reads: queue, authority level, straight through or not. */
export type RoutingShape = z.output<typeof RoutingShapeSchema>;

/** `decision.sampling`: whether the QA sample (抽检) picked this decision, in which segment, at what rate and draw (the core's). */
export const SamplingShapeSchema = DecisionSamplingSchema;
/** The part of a decision's `sampling` the report reads: segment and whether it was drawn. */
export type SamplingShape = z.output<typeof SamplingShapeSchema>;

export const DECISION_EXTENSIONS = { risk: RiskShapeSchema, routing: RoutingShapeSchema, sampling: SamplingShapeSchema } as const;
export type DecisionExtensionName = keyof typeof DECISION_EXTENSIONS;

/** What a decision carries of the three, read leniently: absent, read, or present in a shape the analysis does not know. */
export interface DecisionExtensions {
  readonly risk?: RiskShape;
  readonly routing?: RoutingShape;
  readonly sampling?: SamplingShape;
  readonly unreadable: readonly { readonly name: DecisionExtensionName; readonly path: string; readonly message: string }[];
}

/**
 * Reads `risk`, `routing` and `sampling` off a decision (whatever its declared type) against the shapes above.
 * @example
 * readDecisionExtensions(decision).routing?.queue?.id //=> "medical_review"
 */
export function readDecisionExtensions(decision: object): DecisionExtensions {
  const source = decision as Record<string, unknown>;
  const out: { risk?: RiskShape; routing?: RoutingShape; sampling?: SamplingShape } = {};
  const unreadable: { name: DecisionExtensionName; path: string; message: string }[] = [];
  for (const name of Object.keys(DECISION_EXTENSIONS) as DecisionExtensionName[]) {
    const value = source[name];
    if (value === undefined || value === null) continue;
    const result = DECISION_EXTENSIONS[name].safeParse(value);
    if (result.success) (out as Record<string, unknown>)[name] = result.data;
    else {
      const issue = result.error.issues[0];
      unreadable.push({ name, path: ["decision", name, ...(issue?.path ?? [])].map(String).join("."), message: issue?.message ?? "not in the expected shape" });
    }
  }
  return { ...out, unreadable };
}

/** The id of a queue reference. */
export function queueId(queue: z.output<typeof QueueRefSchema>): string {
  return queue.id;
}
