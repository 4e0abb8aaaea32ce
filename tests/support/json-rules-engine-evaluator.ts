/**
 * The reference for the compiled evaluator (`src/rules/condition-evaluator.ts`): the same interface, evaluated by
 * json-rules-engine itself, exactly as the library did before it had its own evaluator. Only the tests (the
 * differential property test) and the benchmark use it.
 *
 * It never calls `Engine.run()` (one run status per engine, shared by concurrent runs): the engine only holds the
 * rules and operators, and each evaluation gets its own `Almanac` and calls `Rule.evaluate`.
 */
import { Almanac, Engine, Rule } from "json-rules-engine";
import type { Condition } from "../../src/rules/condition-schema.js";
import type { ConditionEntry, ConditionOutcome, EvaluatedComparison, EvaluateOptions, FactValues } from "../../src/rules/condition-evaluator.js";
import { OPERATORS } from "../../src/rules/operators.js";

export interface ReferenceEvaluator {
  evaluate(facts: FactValues, options?: EvaluateOptions): Promise<ConditionOutcome[]>;
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

/** Compiles conditions into json-rules-engine rules, with our operators added to its own. */
export function compileReferenceEvaluator(entries: readonly ConditionEntry[]): ReferenceEvaluator {
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
  // Only the facts the conditions name go into the almanac: it hashes and caches each one it is given.
  const referenced = [...new Set(entries.flatMap((entry) => referencedFacts(entry.conditions)))].sort();
  const paths = new Map(entries.flatMap((entry) => referencedPaths(entry.conditions)).map((path) => [path, pathSegments(path)]));
  const pathResolver = (value: object, path: string) => resolvePath(value, paths.get(path) ?? pathSegments(path));

  return {
    async evaluate(facts, options) {
      const allEvidence = options?.evidence === "all";
      const almanac = new Almanac({ allowUndefinedFacts: false, pathResolver });
      for (const name of referenced) if (name in facts) almanac.addRuntimeFact(name, facts[name]);
      const evaluated = await Promise.all(rules.map((rule) => rule.evaluate(almanac)));
      return evaluated.map((ruleResult, i) => {
        const result = ruleResult.result === true;
        return { id: ids[i] as string, result, evidence: result || allEvidence ? collectComparisons(ruleResult.conditions, "") : [] };
      });
    },
  };
}

const PATH_SEGMENT = /\.([A-Za-z_]\w*)|\[(\d+)\]/g;

function pathSegments(path: string): readonly (string | number)[] {
  return [...path.matchAll(PATH_SEGMENT)].map((match) => (match[1] !== undefined ? match[1] : Number(match[2])));
}

/**
 * Resolves the paths the condition schema allows (`$.field`, `$[0]`, chained) without jsonpath-plus, which
 * json-rules-engine would otherwise call, creating an Error each time, for every `line` comparison.
 * Same result: the value there, or `undefined`.
 */
function resolvePath(value: unknown, segments: readonly (string | number)[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function referencedFacts(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(referencedFacts);
  if ("any" in condition) return condition.any.flatMap(referencedFacts);
  if ("not" in condition) return referencedFacts(condition.not);
  const value = condition.value;
  const valueFact = typeof value === "object" && value !== null && !Array.isArray(value) && "fact" in value ? [String((value as { fact: unknown }).fact)] : [];
  return [condition.fact, ...valueFact];
}

function referencedPaths(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(referencedPaths);
  if ("any" in condition) return condition.any.flatMap(referencedPaths);
  if ("not" in condition) return referencedPaths(condition.not);
  const value = condition.value as { path?: unknown } | null;
  const valuePath = typeof value === "object" && value !== null && typeof value.path === "string" ? [value.path] : [];
  return [...(condition.path !== undefined ? [condition.path] : []), ...valuePath];
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
