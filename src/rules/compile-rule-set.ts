import type { Rule, RuleSet } from "./rule-set-schema.js";
import { compileConditionEvaluator, type ConditionEvaluator, type EvaluatedComparison, type FactValues } from "./condition-evaluator.js";

export interface CompiledRuleSet {
  readonly source: RuleSet;
  readonly claimEvaluator: ConditionEvaluator;
  readonly itemEvaluator: ConditionEvaluator;
  readonly rulesById: ReadonlyMap<string, Rule>;
  /** Position of each rule in the rule set, to order hits deterministically. */
  readonly order: ReadonlyMap<string, number>;
  readonly hasItemRules: boolean;
}

/** A rule whose conditions held on the claim, or on one of its lines. */
export interface RuleHit {
  readonly rule: Rule;
  readonly lineId?: string;
  readonly evidence: readonly EvaluatedComparison[];
}

/** One evaluation of one rule (once per claim, or once per line for item rules), held or not. */
export interface RuleEvaluation {
  readonly ruleId: string;
  readonly lineId?: string;
  readonly result: boolean;
  /** Every comparison, with its result. */
  readonly evidence: readonly EvaluatedComparison[];
}

export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const byScope = (scope: Rule["scope"]) => ruleSet.rules.filter((rule) => rule.scope === scope).map((rule) => ({ id: rule.id, conditions: rule.conditions }));
  const itemEntries = byScope("item");
  return {
    source: ruleSet,
    claimEvaluator: compileConditionEvaluator(byScope("claim")),
    itemEvaluator: compileConditionEvaluator(itemEntries),
    rulesById: new Map(ruleSet.rules.map((rule) => [rule.id, rule])),
    order: new Map(ruleSet.rules.map((rule, i) => [rule.id, i])),
    hasItemRules: itemEntries.length > 0,
  };
}

/**
 * Every rule evaluated on a claim with the evidence of every comparison, in rule-set order, for rule coverage.
 * Async only so that an evaluation error reaches the caller as a rejection, as from `adjudicate`.
 */
export async function traceRuleSet(
  compiled: CompiledRuleSet,
  claimFacts: FactValues,
  lineFacts: readonly { readonly lineId: string; readonly facts: FactValues }[],
): Promise<RuleEvaluation[]> {
  const evaluations: RuleEvaluation[] = compiled.claimEvaluator
    .evaluate(claimFacts, { evidence: "all" })
    .map((outcome) => ({ ruleId: outcome.id, result: outcome.result, evidence: outcome.evidence }));
  if (compiled.hasItemRules) {
    for (const line of lineFacts) {
      for (const outcome of compiled.itemEvaluator.evaluate(line.facts, { evidence: "all" })) {
        evaluations.push({ ruleId: outcome.id, lineId: line.lineId, result: outcome.result, evidence: outcome.evidence });
      }
    }
  }
  return evaluations.sort((a, b) => (compiled.order.get(a.ruleId) as number) - (compiled.order.get(b.ruleId) as number));
}

/**
 * Runs the claim rules once and the item rules once per line, one line after the other: only the hits stay alive,
 * so the memory of a claim grows with its hits, not with lines × rules. Hits are ordered by priority (highest
 * first), then by their place in the rule set, then by line. Async only so that an evaluation error reaches the
 * caller as a rejection, as from `adjudicate`.
 */
export async function evaluateRuleSet(
  compiled: CompiledRuleSet,
  claimFacts: FactValues,
  lineFacts: readonly { readonly lineId: string; readonly facts: FactValues }[],
): Promise<RuleHit[]> {
  return collectRuleHits(compiled, claimFacts, lineFacts);
}

/** `evaluateRuleSet`, synchronously: throws what the evaluation throws. */
export function collectRuleHits(
  compiled: CompiledRuleSet,
  claimFacts: FactValues,
  lineFacts: readonly { readonly lineId: string; readonly facts: FactValues }[],
): RuleHit[] {
  const hits: (RuleHit & { readonly lineIndex: number })[] = [];
  for (const outcome of compiled.claimEvaluator.held(claimFacts)) {
    hits.push({ rule: compiled.rulesById.get(outcome.id) as Rule, evidence: outcome.evidence, lineIndex: -1 });
  }
  if (compiled.hasItemRules) {
    lineFacts.forEach((line, lineIndex) => {
      for (const outcome of compiled.itemEvaluator.held(line.facts)) {
        hits.push({ rule: compiled.rulesById.get(outcome.id) as Rule, lineId: line.lineId, evidence: outcome.evidence, lineIndex });
      }
    });
  }
  if (hits.length > 1) {
    hits.sort(
      (a, b) =>
        b.rule.priority - a.rule.priority ||
        (compiled.order.get(a.rule.id) as number) - (compiled.order.get(b.rule.id) as number) ||
        a.lineIndex - b.lineIndex,
    );
  }
  return hits.map(({ lineIndex: _lineIndex, ...hit }) => hit);
}
