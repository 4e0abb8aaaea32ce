import type { Issue } from "../errors/adjudicator-error.js";
import { checkConditions } from "../facts/check-conditions.js";
import { checkMessagePlaceholders } from "../facts/check-message-placeholders.js";
import type { FactRegistry } from "../facts/fact-registry.js";
import type { CompiledPolicy } from "../policy/compile-policy.js";
import { RuleSchema } from "../rules/rule-set-schema.js";
import { checkReasonCode } from "./check-reason-code.js";
import { checkRuleSet } from "./check-rule-set.js";

/**
 * When a rule set (or the policy) fails its schema, the rules that are valid on their own are still checked, so
 * that one broken rule does not hide the unknown facts, operators, placeholders and reason codes of the others:
 * every problem at once. Clause and fee-schedule ids are checked too when the policy is valid.
 *
 * @param rules - the rule set as given (`{ rules: [...] }`)
 * @param policy - the compiled policy, or `undefined` when it is not valid
 * @returns issues with paths from the configuration's root (`["rules", "rules", 3, …]`)
 */
export function checkRulesOneByOne(rules: unknown, policy: CompiledPolicy | undefined, libraryCodes: ReadonlySet<string>, facts: FactRegistry): Issue[] {
  const raw = typeof rules === "object" && rules !== null && Object.hasOwn(rules, "rules") ? (rules as { rules: unknown }).rules : undefined;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown, index) => {
    const parsed = RuleSchema.safeParse(entry);
    if (!parsed.success) return [];
    const rule = parsed.data;
    const at = ["rules", "rules", index] as const;
    if (policy === undefined) {
      return [...checkConditions(rule.conditions, rule.scope, [...at, "conditions"], facts), ...checkMessagePlaceholders(rule.event.message, [...at, "event", "message"], facts), ...checkReasonCode(rule, at, libraryCodes)];
    }
    // checkRuleSet numbers the rules it is given: this one is `index` of the rule set.
    return checkRuleSet({ id: "rules", version: "0", rules: [rule] }, policy, libraryCodes, facts).map((issue) => ({ ...issue, path: [...at, ...issue.path.slice(3)] }));
  });
}
