import { z } from "zod";

/** One comparison: `fact` (at `path`) `operator` `value`. `value` may be `{ "fact": "otherFact" }`. */
export interface FactCondition {
  readonly fact: string;
  readonly operator: string;
  readonly value: unknown;
  readonly path?: string;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly name?: string;
}
/** A condition that holds when all of its conditions hold. */
export interface AllCondition {
  readonly all: readonly Condition[];
  readonly name?: string;
}
/** A condition that holds when any of its conditions holds. */
export interface AnyCondition {
  readonly any: readonly Condition[];
  readonly name?: string;
}
/** A condition that holds when its condition does not. */
export interface NotCondition {
  readonly not: Condition;
  readonly name?: string;
}
/** The json-rules-engine condition format, restricted to what can be checked before a claim arrives. */
export type Condition = FactCondition | AllCondition | AnyCondition | NotCondition;

const BOOLEAN_KEYS = ["all", "any", "not"] as const;

/**
 * Validated as one strict object so a rule author gets the exact path of a typo
 * instead of zod's "no union member matched".
 */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject({
      fact: z.string().min(1).optional(),
      operator: z.string().min(1).optional(),
      value: z.unknown().optional(),
      path: z.string().regex(/^\$(\.[A-Za-z_][\w]*|\[\d+\])*$/, { error: 'must be a JSONPath such as "$.category"' }).optional(),
      params: z.record(z.string(), z.unknown()).optional(),
      name: z.string().optional(),
      all: z.array(ConditionSchema).optional(),
      any: z.array(ConditionSchema).optional(),
      not: ConditionSchema.optional(),
    })
    .superRefine((condition, ctx) => {
      const kinds = [condition.fact !== undefined ? "fact" : undefined, ...BOOLEAN_KEYS.filter((key) => condition[key] !== undefined)].filter(
        (kind) => kind !== undefined,
      );
      if (kinds.length !== 1) {
        ctx.addIssue({
          code: "custom",
          path: [],
          message:
            kinds.length === 0
              ? 'a condition needs either "fact" + "operator" + "value", or one of "all", "any", "not"'
              : `a condition has exactly one of "fact", "all", "any", "not"; this one has ${kinds.join(" and ")}`,
        });
        return;
      }
      if (condition.fact !== undefined) {
        if (condition.operator === undefined) ctx.addIssue({ code: "custom", path: ["operator"], message: "a fact condition needs an operator" });
        if (!("value" in condition)) ctx.addIssue({ code: "custom", path: ["value"], message: "a fact condition needs a value to compare with" });
      } else {
        for (const key of ["operator", "value", "path", "params"] as const) {
          if (condition[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: `"${key}" belongs to a fact condition, not to "${kinds[0]}"` });
        }
      }
      for (const key of ["all", "any"] as const) {
        const list = condition[key];
        if (list !== undefined && list.length === 0) ctx.addIssue({ code: "custom", path: [key], message: `"${key}" is empty: give it at least one condition` });
      }
    }),
) as unknown as z.ZodType<Condition>;

export function isFactCondition(condition: Condition): condition is FactCondition {
  return "fact" in condition;
}
