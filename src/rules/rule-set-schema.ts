import { z } from "zod";
import { ConditionSchema, type Condition } from "./condition-schema.js";
import { IdSchema, LocalizedTextSchema, MoneyStringSchema } from "../values/primitives.js";

/** The events a rule may have. */
export const RULE_EVENT_TYPES = ["deny", "refer", "require_document", "exclude_item", "cap_item", "flag"] as const;
/** What a rule does when it holds: `deny`, `refer`, `require_document`, `exclude_item`, `cap_item` or `flag`. */
export type RuleEventType = (typeof RULE_EVENT_TYPES)[number];

/** The top of a rule's conditions must be `all`, `any` or `not` (as in json-rules-engine). */
const TopLevelConditionSchema = ConditionSchema.refine((condition: Condition) => !("fact" in condition), {
  error: 'the top of "conditions" must be "all", "any" or "not"; wrap a single comparison as { "all": [ … ] }',
});

/** The schema of a rule's event. */
export const RuleEventSchema = z.strictObject({
  type: z.enum(RULE_EVENT_TYPES),
  /** Stable code for the reason, e.g. `WAITING_PERIOD`; reports and notices key on it. */
  reasonCode: z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: "must be UPPER_SNAKE_CASE, e.g. WAITING_PERIOD" }),
  message: LocalizedTextSchema,
  /** For `require_document`: the document type to ask for, and why. */
  documentType: IdSchema.optional(),
  /**
   * For `cap_item`: the most the line is allowed, from a fee schedule of the policy (by the line's `itemCode`),
   * or a fixed amount per unit (times the line's `quantity`) or per line.
   */
  cap: z
    .union([
      z.strictObject({ feeScheduleId: IdSchema }),
      z.strictObject({ amount: MoneyStringSchema, per: z.enum(["unit", "line"]).default("line") }),
    ])
    .optional(),
  /** For `flag`: how much the flag weighs in routing to investigation. */
  severity: z.enum(["low", "medium", "high"]).optional(),
  /** The reason code is one the library gives itself, and the rule means exactly that reason (e.g. the waiting period). */
  reusesLibraryCode: z.boolean().optional(),
});
/** Every field an event may carry, whatever its type (what the schema accepts; the lint warns of fields a type ignores). */
export type RuleEventFields = z.output<typeof RuleEventSchema>;
type FlatRuleEvent = RuleEventFields;
type RuleEventBase = Omit<FlatRuleEvent, "type" | "documentType" | "cap" | "severity">;

/** A rule's event, by its type: only a `require_document` names a document, only a `cap_item` has a cap, only a `flag` a severity. */
export type RuleEvent =
  | (RuleEventBase & { readonly type: "deny" | "refer" | "exclude_item" })
  | (RuleEventBase & { readonly type: "require_document"; readonly documentType: string })
  | (RuleEventBase & { readonly type: "cap_item"; readonly cap: NonNullable<FlatRuleEvent["cap"]> })
  | (RuleEventBase & { readonly type: "flag"; readonly severity?: "low" | "medium" | "high" | undefined });

/** The schema of one rule. */
export const RuleSchema = z
  .strictObject({
    id: IdSchema,
    /** The policy clause this rule enforces; the decision quotes its wording. */
    clauseId: IdSchema,
    name: z.string().optional(),
    /** Higher runs first and is listed first; all rules are evaluated (no short-circuit between rules). */
    priority: z.int().min(1).default(1),
    /** `claim`: evaluated once per claim. `item`: once per bill line, with the line as fact `line`. */
    scope: z.enum(["claim", "item"]).default("claim"),
    conditions: TopLevelConditionSchema,
    event: RuleEventSchema,
  })
  .superRefine((rule, ctx) => {
    if (rule.event.type === "require_document" && rule.event.documentType === undefined) {
      ctx.addIssue({ code: "custom", path: ["event", "documentType"], message: 'a "require_document" event must name the documentType to ask for' });
    }
    if (rule.event.type !== "require_document" && rule.event.documentType !== undefined) {
      ctx.addIssue({ code: "custom", path: ["event", "documentType"], message: `"documentType" only applies to "require_document" events, not "${rule.event.type}"` });
    }
    if ((rule.event.type === "exclude_item" || rule.event.type === "cap_item") && rule.scope !== "item") {
      ctx.addIssue({ code: "custom", path: ["scope"], message: `an "${rule.event.type}" rule must have "scope": "item" so it knows which line to act on` });
    }
    if (rule.event.type === "cap_item" && rule.event.cap === undefined) {
      ctx.addIssue({ code: "custom", path: ["event", "cap"], message: 'a "cap_item" event needs "cap": { "feeScheduleId": … } or { "amount": …, "per": "unit" | "line" }' });
    }
    if (rule.event.type !== "cap_item" && rule.event.cap !== undefined) {
      ctx.addIssue({ code: "custom", path: ["event", "cap"], message: `"cap" only applies to "cap_item" events, not "${rule.event.type}"` });
    }
  })
  // The checks above make the event one of the variants of `RuleEvent`.
  .transform((rule) => rule as Omit<typeof rule, "event"> & { readonly event: RuleEvent });
/** An adjudication rule: its conditions over the facts, the clause it enforces, and its event (deny, refer, require a document, exclude or cap a line, flag). */
export type Rule = z.output<typeof RuleSchema>;

/** The schema of a rule set; its rule ids must be unique. */
export const RuleSetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: IdSchema,
    version: z.string().min(1),
    description: z.string().optional(),
    rules: z.array(RuleSchema),
  })
  .superRefine((ruleSet, ctx) => {
    const seen = new Map<string, number>();
    ruleSet.rules.forEach((rule, i) => {
      const first = seen.get(rule.id);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: ["rules", i, "id"], message: `duplicate rule id "${rule.id}" (first at rules[${first}])` });
      else seen.set(rule.id, i);
    });
  });
// An interface (not a type alias) so that editors and messages show `RuleSet`, not the whole object type.
/** A rule set as `RuleSetSchema` gives it: id, version and rules. */
export interface RuleSet extends z.output<typeof RuleSetSchema> {}
/** A rule set as it may be given to `createAdjudicator`. */
export type RuleSetInput = z.input<typeof RuleSetSchema>;
