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
  /** Every comparison, with `result: null` where json-rules-engine did not need to evaluate it. */
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

/** Every rule evaluated on a claim with the evidence of every comparison, in rule-set order, for rule coverage. */
export async function traceRuleSet(
  compiled: CompiledRuleSet,
  claimFacts: FactValues,
  lineFacts: readonly { readonly lineId: string; readonly facts: FactValues }[],
): Promise<RuleEvaluation[]> {
  const [claimOutcomes = [], ...lineOutcomes] = await Promise.all([
    compiled.claimEvaluator.evaluate(claimFacts, { evidence: "all" }),
    ...(compiled.hasItemRules ? lineFacts.map((line) => compiled.itemEvaluator.evaluate(line.facts, { evidence: "all" })) : []),
  ]);
  const evaluations: RuleEvaluation[] = claimOutcomes.map((outcome) => ({ ruleId: outcome.id, result: outcome.result, evidence: outcome.evidence }));
  lineOutcomes.forEach((outcomes, i) => {
    const lineId = lineFacts[i]?.lineId as string;
    for (const outcome of outcomes) evaluations.push({ ruleId: outcome.id, lineId, result: outcome.result, evidence: outcome.evidence });
  });
  return evaluations.sort((a, b) => (compiled.order.get(a.ruleId) as number) - (compiled.order.get(b.ruleId) as number));
}

/**
 * Runs the claim rules once and the item rules once per line. Hits are ordered by priority (highest first),
 * then by their place in the rule set, then by line, whatever order the evaluator settled them in.
 */
export async function evaluateRuleSet(
  compiled: CompiledRuleSet,
  claimFacts: FactValues,
  lineFacts: readonly { readonly lineId: string; readonly facts: FactValues }[],
): Promise<RuleHit[]> {
  const [claimOutcomes, ...lineOutcomes] = await Promise.all([
    compiled.claimEvaluator.evaluate(claimFacts),
    ...(compiled.hasItemRules ? lineFacts.map((line) => compiled.itemEvaluator.evaluate(line.facts)) : []),
  ]);
  const hits: (RuleHit & { readonly lineIndex: number })[] = [];
  const collect = (outcomes: Awaited<ReturnType<ConditionEvaluator["evaluate"]>>, lineIndex: number) => {
    for (const outcome of outcomes) {
      if (!outcome.result) continue;
      const rule = compiled.rulesById.get(outcome.id) as Rule;
      const lineId = lineIndex < 0 ? undefined : lineFacts[lineIndex]?.lineId;
      hits.push({ rule, ...(lineId !== undefined ? { lineId } : {}), evidence: outcome.evidence, lineIndex });
    }
  };
  collect(claimOutcomes ?? [], -1);
  lineOutcomes.forEach((outcomes, i) => collect(outcomes, i));
  hits.sort(
    (a, b) =>
      b.rule.priority - a.rule.priority ||
      (compiled.order.get(a.rule.id) as number) - (compiled.order.get(b.rule.id) as number) ||
      a.lineIndex - b.lineIndex,
  );
  return hits.map(({ lineIndex: _lineIndex, ...hit }) => hit);
}
