import type { LocalizedText } from "../values/primitives.js";
import { clauseLabel } from "./analytics-labels.js";
import type { ReasonFigures, RuleFigures } from "./analytics-report.js";
import { byCountThenKey, type DecisionContext } from "./decision-context.js";
import { rate } from "./group-accumulator.js";

interface ReasonCount {
  code: string;
  clauseId: string;
  label: LocalizedText;
  decisions: number;
  denied: number;
  referred: number;
  partiallyApproved: number;
}

interface RuleCount {
  ruleSetId: string;
  ruleId: string;
  clauseId: string;
  eventType: string;
  reasonCode: string;
  label: LocalizedText;
  decisions: number;
  hits: number;
  denied: number;
}

/** How often each reason is given and each rule fires: the rule hit rates. Memory grows with rules and codes, not decisions. */
export class ReasonAndRuleCounts {
  readonly #reasons = new Map<string, ReasonCount>();
  readonly #rules = new Map<string, RuleCount>();
  readonly #decisionsByRuleSet = new Map<string, number>();

  add({ decision, clauseTitle }: DecisionContext): void {
    const ruleSetId = decision.meta.ruleSetId;
    this.#decisionsByRuleSet.set(ruleSetId, (this.#decisionsByRuleSet.get(ruleSetId) ?? 0) + 1);
    const seenReasons = new Set<string>();
    for (const reason of decision.reasons) {
      const key = `${reason.code}\u0000${reason.clauseId}`;
      if (seenReasons.has(key)) continue;
      seenReasons.add(key);
      let count = this.#reasons.get(key);
      if (count === undefined) {
        count = { code: reason.code, clauseId: reason.clauseId, label: clauseLabel(reason.clauseId, clauseTitle(reason.clauseId)), decisions: 0, denied: 0, referred: 0, partiallyApproved: 0 };
        this.#reasons.set(key, count);
      }
      count.decisions++;
      if (decision.outcome === "denied") count.denied++;
      if (decision.outcome === "referred") count.referred++;
      if (decision.outcome === "partially_approved") count.partiallyApproved++;
    }
    const seenRules = new Set<string>();
    for (const rule of decision.triggeredRules) {
      const key = `${ruleSetId}\u0000${rule.ruleId}`;
      let count = this.#rules.get(key);
      if (count === undefined) {
        count = {
          ruleSetId,
          ruleId: rule.ruleId,
          clauseId: rule.clauseId,
          eventType: rule.eventType,
          reasonCode: rule.reasonCode,
          label: clauseLabel(rule.clauseId, rule.clauseTitle),
          decisions: 0,
          hits: 0,
          denied: 0,
        };
        this.#rules.set(key, count);
      }
      count.hits++;
      if (seenRules.has(key)) continue;
      seenRules.add(key);
      count.decisions++;
      if (decision.outcome === "denied") count.denied++;
    }
  }

  reasons(analysed: number): ReasonFigures[] {
    return [...this.#reasons.values()].map((count) => ({ ...count, share: rate(count.decisions, analysed) })).sort(byCountThenKey((row) => row.decisions, (row) => `${row.code} ${row.clauseId}`));
  }

  rules(): RuleFigures[] {
    return [...this.#rules.values()]
      .map((count) => ({ ...count, hitRate: rate(count.decisions, this.#decisionsByRuleSet.get(count.ruleSetId) ?? 0) }))
      .sort(byCountThenKey((row) => row.decisions, (row) => `${row.ruleSetId} ${row.ruleId}`));
  }
}

/**
 * The rule that refuses most: among `deny` rules, the one that denied the most decisions (ties by rule set and id);
 * `null` when no deny rule denied anything.
 */
export function topRefusingRule(rules: readonly RuleFigures[]): RuleFigures | null {
  const refusing = rules.filter((rule) => rule.eventType === "deny" && rule.denied > 0);
  return [...refusing].sort(byCountThenKey((row) => row.denied, (row) => `${row.ruleSetId} ${row.ruleId}`))[0] ?? null;
}
