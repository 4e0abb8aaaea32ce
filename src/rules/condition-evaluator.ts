/**
 * The only module that imports json-rules-engine. The pipeline sees a narrow interface:
 * compile a list of conditions once, then evaluate them against plain fact values as often as needed.
 * A faster evaluator of the same JSON format can replace this file without touching the pipeline.
 *
 * Concurrency: json-rules-engine's `Engine.run()` keeps one run status on the engine, shared by all runs,
 * so concurrent runs skip lower-priority rules. We never call `run()`: the engine only holds the rules and
 * operators, and each evaluation gets its own `Almanac` and calls `Rule.evaluate` (which clones the
 * conditions into its own result). Nothing mutable is shared between evaluations.
 */
import { Almanac, Engine, Rule } from "json-rules-engine";
import type { Condition } from "../schemas/condition-schema.js";
import { OPERATORS } from "./operators.js";

export interface ConditionEntry {
  readonly id: string;
  readonly conditions: Condition;
}

/** One comparison as it was evaluated: what was compared, what was expected, what was found. */
export interface EvaluatedComparison {
  /** Where the comparison sits in the conditions, e.g. `all[1].any[0]`. */
  readonly path: string;
  readonly fact: string;
  readonly factPath?: string;
  readonly operator: string;
  readonly expected: unknown;
  readonly actual: unknown;
  /** `null` when json-rules-engine skipped the comparison (a higher-priority comparison already settled its `all`/`any`). */
  readonly result: boolean | null;
}

export interface ConditionOutcome {
  readonly id: string;
  readonly result: boolean;
  readonly evidence: readonly EvaluatedComparison[];
}

export type FactValues = Readonly<Record<string, unknown>>;

export interface ConditionEvaluator {
  /** Evaluates every compiled entry, in the order they were given. */
  evaluate(facts: FactValues): Promise<ConditionOutcome[]>;
}

interface EvaluatedNode {
  fact?: string;
  path?: string;
  operator?: string;
  value?: unknown;
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
  all?: EvaluatedNode[];
  any?: EvaluatedNode[];
  not?: EvaluatedNode;
}

interface EvaluatedRule {
  result: boolean;
  conditions: EvaluatedNode;
}

interface EvaluableRule {
  evaluate(almanac: Almanac): Promise<EvaluatedRule>;
}

/** Compiles conditions once; the returned evaluator is safe to share between concurrent calls. */
export function compileConditionEvaluator(entries: readonly ConditionEntry[]): ConditionEvaluator {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const operator of OPERATORS) {
    const evaluate = operator.evaluate;
    if (evaluate !== undefined) engine.addOperator(operator.name, (factValue: unknown, value: unknown) => evaluate(factValue, value));
  }
  const rules = entries.map((entry) => {
    // json-rules-engine keeps references into the conditions it is given: hand it a copy.
    const rule = new Rule({ name: entry.id, conditions: structuredClone(entry.conditions) as never, event: { type: entry.id } });
    engine.addRule(rule);
    return rule as unknown as EvaluableRule;
  });
  const ids = entries.map((entry) => entry.id);

  return {
    async evaluate(facts) {
      const almanac = new Almanac({ allowUndefinedFacts: false });
      for (const [name, value] of Object.entries(facts)) almanac.addRuntimeFact(name, value);
      const evaluated = await Promise.all(rules.map((rule) => rule.evaluate(almanac)));
      return evaluated.map((ruleResult, i) => ({
        id: ids[i] as string,
        result: ruleResult.result === true,
        evidence: collectComparisons(ruleResult.conditions, ""),
      }));
    },
  };
}

function collectComparisons(node: EvaluatedNode, at: string): EvaluatedComparison[] {
  for (const key of ["all", "any"] as const) {
    const children = node[key];
    if (children !== undefined) {
      return children.flatMap((child, i) => collectComparisons(child, `${at === "" ? "" : `${at}.`}${key}[${i}]`));
    }
  }
  if (node.not !== undefined) return collectComparisons(node.not, `${at === "" ? "" : `${at}.`}not`);
  const evaluated = node.result !== undefined;
  return [
    {
      path: at,
      fact: node.fact ?? "",
      ...(node.path !== undefined ? { factPath: node.path } : {}),
      operator: node.operator ?? "",
      expected: evaluated && node.valueResult !== undefined ? node.valueResult : node.value,
      actual: evaluated ? node.factResult : undefined,
      result: evaluated ? node.result === true : null,
    },
  ];
}
