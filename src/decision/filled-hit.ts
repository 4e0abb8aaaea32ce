import type { RuleHit } from "../rules/compile-rule-set.js";
import type { FactValues } from "../rules/condition-evaluator.js";
import { ruleMessage } from "../facts/rule-message.js";
import type { Reason } from "../trace/reason-schema.js";

/** A rule hit whose message has the claim's figures filled in, with the figures it used. */
export interface FilledHit extends RuleHit {
  readonly params: Readonly<Record<string, string>>;
}

/** Each rule's message with the claim's figures filled in, once for every use in the decision. */
export function fillRuleMessages(hits: readonly RuleHit[], facts: FactValues, currency: string): FilledHit[] {
  return hits.map((hit) => {
    const filled = ruleMessage(hit.rule.event.message, facts, currency);
    return { ...hit, rule: { ...hit.rule, event: { ...hit.rule.event, message: filled.message } }, params: filled.params };
  });
}

/** The reason a rule hit gives, with its clause, rule, line and figures. */
export function hitReason(hit: FilledHit): Reason {
  return {
    code: hit.rule.event.reasonCode,
    clauseId: hit.rule.clauseId,
    ruleId: hit.rule.id,
    ...(hit.lineId !== undefined ? { lineId: hit.lineId } : {}),
    ...(Object.keys(hit.params).length > 0 ? { params: { ...hit.params } } : {}),
    message: hit.rule.event.message,
  };
}
