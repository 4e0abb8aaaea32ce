import type { Issue } from "../errors/adjudicator-error.js";
import { checkConditions } from "../facts/check-conditions.js";
import { checkMessagePlaceholders } from "../facts/check-message-placeholders.js";
import { LIBRARY_FACTS, type FactRegistry } from "../facts/fact-registry.js";
import { checkMinorUnits } from "../money/check-minor-units.js";
import type { CompiledPolicy } from "../policy/compile-policy.js";
import type { RuleSet } from "../rules/rule-set-schema.js";
import { checkReasonCode } from "./check-reason-code.js";

/**
 * Every problem that would make a rule set fail on a claim, found before any claim arrives: conditions and message
 * placeholders against the facts, fee schedules and clauses against the policy, amounts against its currency, and
 * reason codes against the library's.
 */
export function checkRuleSet(ruleSet: RuleSet, policy: CompiledPolicy, libraryCodes: ReadonlySet<string>, facts: FactRegistry = LIBRARY_FACTS): Issue[] {
  return ruleSet.rules.flatMap((rule, i) => {
    const at = ["rules", "rules", i] as const;
    const issues = [...checkConditions(rule.conditions, rule.scope, [...at, "conditions"], facts), ...checkMessagePlaceholders(rule.event.message, [...at, "event", "message"], facts)];
    const cap = rule.event.type === "cap_item" ? rule.event.cap : undefined;
    if (cap !== undefined && "feeScheduleId" in cap && !policy.feeSchedules.has(cap.feeScheduleId)) {
      issues.push({
        code: "invalid_input",
        path: [...at, "event", "cap", "feeScheduleId"],
        message: `rule "${rule.id}" caps lines with fee schedule "${cap.feeScheduleId}", which policy "${policy.source.id}" does not have (its fee schedules: ${[...policy.feeSchedules.keys()].join(", ") || "none"})`,
      });
    }
    if (cap !== undefined && "amount" in cap) issues.push(...checkMinorUnits(cap.amount, policy.minorUnits, [...at, "event", "cap", "amount"], policy.source.currency.code));
    if (!policy.clauses.has(rule.clauseId)) {
      issues.push({
        code: "unknown_clause",
        path: [...at, "clauseId"],
        message: `rule "${rule.id}" enforces clause "${rule.clauseId}", which policy "${policy.source.id}" does not have (its clauses: ${[...policy.clauses.keys()].join(", ")})`,
      });
    }
    issues.push(...checkReasonCode(rule, at, libraryCodes));
    return issues;
  });
}
