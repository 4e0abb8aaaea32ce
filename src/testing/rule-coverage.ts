import type { RuleEvaluation } from "../rules/compile-rule-set.js";
import { isFactCondition, type Condition } from "../rules/condition-schema.js";
import type { RuleSet } from "../rules/rule-set-schema.js";

/** How often the cases made one comparison true and false (per evaluation: once per claim, or once per line for item rules). */
export interface ConditionCoverage {
  /** Where it sits in the rule's conditions, as in the decision's evidence: `all[1].any[0]`. */
  readonly path: string;
  readonly fact: string;
  readonly factPath?: string;
  readonly operator: string;
  readonly value: unknown;
  readonly timesTrue: number;
  readonly timesFalse: number;
  /** Skipped because the rest of its `all`/`any` had already decided. */
  readonly timesNotEvaluated: number;
}

/** One rule's coverage over the cases: the cases it fired in, and each of its conditions' results. */
export interface RuleCoverageEntry {
  readonly ruleId: string;
  readonly scope: "claim" | "item";
  readonly eventType: string;
  /** Cases in which the rule fired (on the claim, or on at least one line). */
  readonly firedIn: readonly string[];
  readonly conditions: readonly ConditionCoverage[];
}

/** Which rules the cases reached and, for each comparison, whether they made it both true and false. */
export interface RuleCoverage {
  readonly ruleSetId: string;
  readonly ruleSetVersion: string;
  readonly cases: number;
  readonly rules: readonly RuleCoverageEntry[];
  readonly summary: {
    readonly rules: number;
    readonly rulesFired: number;
    readonly conditions: number;
    /** Comparisons the cases made both true and false. */
    readonly conditionsBothWays: number;
  };
}

/** One case's evaluations, from `adjudicator.traceRules`. */
export interface TracedCase {
  readonly name: string;
  readonly evaluations: readonly RuleEvaluation[];
}

function comparisonsOf(condition: Condition, at: string): { path: string; condition: Extract<Condition, { fact: string }> }[] {
  const join = (key: string) => (at === "" ? key : `${at}.${key}`);
  if (isFactCondition(condition)) return [{ path: at, condition }];
  if ("all" in condition) return condition.all.flatMap((child, i) => comparisonsOf(child, join(`all[${i}]`)));
  if ("any" in condition) return condition.any.flatMap((child, i) => comparisonsOf(child, join(`any[${i}]`)));
  return comparisonsOf(condition.not, join("not"));
}

/**
 * Rule coverage of a test run: for every rule of the set, the cases in which it fired and, for every comparison,
 * how often it was true, false and not evaluated.
 * @param ruleSet - the rule set the cases ran against
 * @param traced - each case's rule evaluations (`adjudicator.traceRules`)
 * @returns the coverage, rules in rule-set order
 * @example
 * collectRuleCoverage(ruleSet, [{ name: "05-denied-waiting-period", evaluations }]).summary.rulesFired; //=> 1
 */
export function collectRuleCoverage(ruleSet: RuleSet, traced: readonly TracedCase[]): RuleCoverage {
  const rules = ruleSet.rules.map((rule): RuleCoverageEntry => {
    const counts = new Map(comparisonsOf(rule.conditions, "").map(({ path, condition }) => [path, { condition, timesTrue: 0, timesFalse: 0, timesNotEvaluated: 0 }]));
    const firedIn: string[] = [];
    for (const run of traced) {
      let fired = false;
      for (const evaluation of run.evaluations) {
        if (evaluation.ruleId !== rule.id) continue;
        fired ||= evaluation.result;
        for (const comparison of evaluation.evidence) {
          const count = counts.get(comparison.path);
          if (count === undefined) continue;
          if (comparison.result === true) count.timesTrue++;
          else if (comparison.result === false) count.timesFalse++;
          else count.timesNotEvaluated++;
        }
      }
      if (fired) firedIn.push(run.name);
    }
    return {
      ruleId: rule.id,
      scope: rule.scope,
      eventType: rule.event.type,
      firedIn,
      conditions: [...counts].map(([path, { condition, ...count }]) => ({
        path,
        fact: condition.fact,
        ...(condition.path !== undefined ? { factPath: condition.path } : {}),
        operator: condition.operator,
        value: condition.value,
        ...count,
      })),
    };
  });
  const conditions = rules.flatMap((rule) => rule.conditions);
  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    cases: traced.length,
    rules,
    summary: {
      rules: rules.length,
      rulesFired: rules.filter((rule) => rule.firedIn.length > 0).length,
      conditions: conditions.length,
      conditionsBothWays: conditions.filter((condition) => condition.timesTrue > 0 && condition.timesFalse > 0).length,
    },
  };
}

const describeComparison = (condition: ConditionCoverage) =>
  `${condition.path} ${condition.fact}${condition.factPath === undefined ? "" : condition.factPath.slice(1)} ${condition.operator} ${JSON.stringify(condition.value)}`;

/**
 * The coverage as a table a rule author reads in a terminal: one row per comparison, `✗` where a rule never fired
 * or a comparison was never seen both true and false.
 * @example
 * formatRuleCoverage(coverage).split("\n")[0]; //=> "Rule coverage: 13 of 13 rules fired, 16 of 16 conditions both true and false, over 15 cases"
 */
export function formatRuleCoverage(coverage: RuleCoverage): string {
  const { summary } = coverage;
  const rows: string[][] = [["", "rule", "fired in", "condition", "true", "false", "skipped"]];
  for (const rule of coverage.rules) {
    rule.conditions.forEach((condition, i) => {
      const bothWays = condition.timesTrue > 0 && condition.timesFalse > 0;
      rows.push([
        i === 0 && rule.firedIn.length === 0 ? "✗" : bothWays ? " " : "~",
        i === 0 ? rule.ruleId : "",
        i === 0 ? `${rule.firedIn.length}/${coverage.cases}` : "",
        describeComparison(condition),
        String(condition.timesTrue),
        String(condition.timesFalse),
        String(condition.timesNotEvaluated),
      ]);
    });
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? "")].length))) ?? [];
  const numeric = new Set([4, 5, 6]);
  const lines = rows.map((row) =>
    row
      .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
  const neverFired = coverage.rules.filter((rule) => rule.firedIn.length === 0).map((rule) => rule.ruleId);
  return [
    `Rule coverage: ${summary.rulesFired} of ${summary.rules} rules fired, ${summary.conditionsBothWays} of ${summary.conditions} conditions both true and false, over ${coverage.cases} cases`,
    "",
    ...lines,
    "",
    neverFired.length === 0 ? "Every rule fired in at least one case." : `✗ never fired: ${neverFired.join(", ")}`,
    summary.conditionsBothWays === summary.conditions ? "Every condition was seen both true and false." : "~ a condition the cases never made both true and false",
  ].join("\n");
}
