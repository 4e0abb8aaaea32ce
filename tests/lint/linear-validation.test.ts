import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { checkConditionLogic } from "../../src/lint/check-condition-logic.js";
import { checkShadowedRules, type AnalysedRule } from "../../src/lint/check-shadowed-rules.js";
import { negateAtom, toTerms, type Term } from "../../src/lint/condition-terms.js";
import { FACT_DOMAIN } from "../../src/lint/fact-domain.js";
import { findContradiction } from "../../src/lint/find-contradiction.js";
import type { LintIssue } from "../../src/lint/lint-issue.js";
import { validatePolicy } from "../../src/lint/validate-policy.js";
import { validateRuleSet } from "../../src/lint/validate-rule-set.js";
import type { Condition } from "../../src/rules/condition-schema.js";
import { RuleSchema, type Rule } from "../../src/rules/rule-set-schema.js";

// Speed is measured by `npm run bench:lint`; these tests check that the faster checks find exactly what the
// straightforward ones did, and that no input makes the linter run out of stack.

/** Conditions `levels` deep: an `all` around an `all` … around one comparison. */
function deepConditions(levels: number): Condition {
  let condition: Condition = { fact: "reportDelayDays", operator: "greaterThan", value: 10 };
  for (let i = 0; i < levels; i++) condition = { all: [condition] };
  return condition;
}

const event = { type: "refer", reasonCode: "CHECK", message: { zh: "需人工审核。", en: "Needs review." } } as const;

describe("nesting: bounded, with the path where the limit is crossed", () => {
  // rules[0].conditions is at depth 4 (rule set, rules, rule, conditions); each segment after it goes one level deeper:
  // the 101st level is the array at the 97th segment after "conditions".
  test.each([644, 5_000, 100_000])("validateRuleSet on conditions %i levels deep", (levels) => {
    const report = validateRuleSet({ id: "R", version: "1", rules: [{ id: "deep", clauseId: "3.1", conditions: deepConditions(levels), event }] });
    expect(report.issues).toEqual([
      {
        code: "invalid_input",
        severity: "error",
        path: ["rules", 0, "conditions", ...Array.from({ length: 97 }, (_, i) => (i % 2 === 0 ? "all" : 0))],
        message: "nested deeper than 100 levels (objects and arrays inside each other): no input needs that many, flatten it",
      },
    ]);
  });

  test("conditions 45 levels deep are still checked as usual", () => {
    const report = validateRuleSet({ id: "R", version: "1", rules: [{ id: "deep", clauseId: "3.1", conditions: deepConditions(45), event }] });
    expect(report.valid).toBe(true);
  });

  test("validatePolicy, and a policy given to validateRuleSet", () => {
    const deep = { id: "P", nested: deepConditions(5_000) };
    expect(validatePolicy(deep).issues.map((issue) => [issue.code, issue.path.slice(0, 2)])).toEqual([["invalid_input", ["nested", "all"]]]);
    const report = validateRuleSet({ id: "R", version: "1", rules: [] }, { policy: deep });
    expect(report.issues.map((issue) => issue.code)).toEqual(["policy_not_checked"]);
  });
});

describe("findContradiction", () => {
  const c = (fact: string, operator: string, value: unknown): Condition => ({ fact, operator, value });
  const atomsOf = (...conditions: Condition[]) => toTerms({ all: conditions }, ["c"])?.[0]?.atoms ?? [];

  test.each([
    { name: "one comparison that never holds", conditions: [c("lineCount", "greaterThan", 1), c("totalSelfPay", "moneyLessThan", "0")], conflict: [1] },
    { name: "the first pair in order: by its first comparison, then its second", conditions: [c("reportDelayDays", "greaterThan", 10), c("reportDelayDays", "greaterThan", 30), c("reportDelayDays", "lessThan", 20), c("reportDelayDays", "lessThan", 5)], conflict: [0, 3] },
    { name: "three needed together: all of them", conditions: [c("incidentType", "notEqual", "illness"), c("incidentType", "notEqual", "accident"), c("incidentType", "notEqual", "flight_delay")], conflict: [0, 1, 2] },
    { name: "amounts compared as decimals, 100.50 = 100.5", conditions: [c("totalBilled", "moneyEqual", "100.50"), c("totalBilled", "notIn", ["1"]), c("totalBilled", "moneyNotEqual" as string, "1"), { not: c("totalBilled", "moneyEqual", "100.5") }], conflict: [0, 3] },
  ])("$name", ({ conditions, conflict }) => {
    const atoms = atomsOf(...conditions);
    expect(findContradiction(atoms, FACT_DOMAIN)?.map((atom) => atoms.indexOf(atom))).toEqual(conflict);
  });

  test("past 64 comparisons of one fact: the first that completes a contradiction, with the first earlier one it contradicts", () => {
    const padding = Array.from({ length: 1_000 }, (_, i) => c("reportDelayDays", "notEqual", 100 + i));
    const atoms = atomsOf(c("reportDelayDays", "greaterThan", 10), c("reportDelayDays", "greaterThan", 30), ...padding, c("reportDelayDays", "lessThan", 20), c("reportDelayDays", "lessThan", 5));
    expect(findContradiction(atoms, FACT_DOMAIN)?.map((atom) => atoms.indexOf(atom))).toEqual([1, 1_002]);
  });

  const comparison = fc.oneof(
    fc.record({ fact: fc.constant("reportDelayDays"), operator: fc.constantFrom("greaterThan", "lessThan", "greaterThanInclusive", "lessThanInclusive", "equal", "notEqual"), value: fc.integer({ min: 0, max: 6 }) }),
    fc.record({ fact: fc.constant("reportDelayDays"), operator: fc.constantFrom("in", "notIn"), value: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 3 }) }),
    fc.record({ fact: fc.constant("totalBilled"), operator: fc.constantFrom("moneyGreaterThan", "moneyLessThan", "moneyEqual", "moneyLessThanInclusive"), value: fc.constantFrom("0", "0.00", "100", "100.0", "250.50") }),
    fc.record({ fact: fc.constant("incidentType"), operator: fc.constantFrom("equal", "notEqual"), value: fc.constantFrom("illness", "accident", "flight_delay") }),
    fc.record({ fact: fc.constant("hospitalized"), operator: fc.constantFrom("equal", "notEqual"), value: fc.boolean() }),
    fc.record({ fact: fc.constant("diagnosisCodes"), operator: fc.constantFrom("contains", "doesNotContain"), value: fc.constantFrom("A", "B") }),
    fc.record({ fact: fc.constant("diagnosisCodes"), operator: fc.constant("containsAny"), value: fc.uniqueArray(fc.constantFrom("A", "B"), { minLength: 1 }) }),
  ) as fc.Arbitrary<Condition>;
  const maybeNegated = fc.tuple(comparison, fc.boolean()).map(([condition, not]): Condition => (not ? { not: condition } : condition));

  propTest.prop([fc.array(maybeNegated, { maxLength: 12 })], { numRuns: 1000 })(
    "a conflict found cannot hold, and is as small as claimed: every comparison of a pair holds on its own",
    (conditions) => {
      const atoms = atomsOf(...conditions);
      const conflict = findContradiction(atoms, FACT_DOMAIN);
      if (conflict === undefined) return;
      expect(findContradiction(conflict, FACT_DOMAIN)).toEqual(conflict);
      expect(new Set(conflict.map((atom) => atom.key)).size).toBe(1);
      if (conflict.length === 2) for (const atom of conflict) expect(findContradiction([atom], FACT_DOMAIN)).toBeUndefined();
      // Satisfiability only decreases as comparisons are added.
      expect(findContradiction([...atoms, ...atomsOf(c("lineCount", "greaterThan", 0))], FACT_DOMAIN)).toBeDefined();
    },
  );
});

describe("checkShadowedRules: the index finds what comparing every pair of rules found", () => {
  /** The check as it was written first: every rule against every other, in order. */
  function everyPair(rules: readonly AnalysedRule[]): LintIssue[] {
    const implies = (narrow: readonly Term[], broad: readonly Term[]) =>
      narrow.length > 0 && narrow.every((term) => broad.some((candidate) => candidate.atoms.every((atom) => findContradiction([...term.atoms, negateAtom(atom)], FACT_DOMAIN) !== undefined)));
    const effect = (rule: Rule) => {
      const { message: _message, ...rest } = rule.event;
      return JSON.stringify(Object.keys(rest).sort().map((key) => [key, (rest as Record<string, unknown>)[key]]));
    };
    const issues: LintIssue[] = [];
    for (const narrow of rules) {
      if (narrow.terms === undefined) continue;
      for (const broad of rules) {
        if (broad === narrow || broad.terms === undefined) continue;
        const sameEffect = effect(broad.rule) === effect(narrow.rule);
        const denies = broad.rule.event.type === "deny" && narrow.rule.event.type !== "deny" && narrow.rule.event.type !== "flag";
        if (!sameEffect && !denies) continue;
        if (!implies(narrow.terms, broad.terms)) continue;
        if (sameEffect && broad.index > narrow.index && implies(broad.terms, narrow.terms)) continue;
        issues.push({ code: denies ? "shadowed_rule" : "redundant_rule", severity: "warning", path: ["rules", narrow.index], message: `by ${broad.index}` });
        break;
      }
    }
    return issues;
  }

  const comparison = fc.oneof(
    fc.record({ fact: fc.constant("hospitalized"), operator: fc.constantFrom("equal", "notEqual"), value: fc.boolean() }),
    fc.record({ fact: fc.constant("incidentType"), operator: fc.constantFrom("equal", "notEqual"), value: fc.constantFrom("illness", "accident", "flight_delay") }),
    fc.record({ fact: fc.constant("incidentType"), operator: fc.constantFrom("in", "notIn"), value: fc.uniqueArray(fc.constantFrom("illness", "accident", "flight_delay"), { minLength: 1 }) }),
    fc.record({ fact: fc.constant("diagnosisCodes"), operator: fc.constantFrom("contains", "doesNotContain"), value: fc.constantFrom("A", "B", "C") }),
    fc.record({ fact: fc.constant("diagnosisCodes"), operator: fc.constant("containsAny"), value: fc.uniqueArray(fc.constantFrom("A", "B", "C"), { minLength: 1 }) }),
    fc.record({ fact: fc.constant("reportDelayDays"), operator: fc.constantFrom("greaterThan", "lessThan", "equal"), value: fc.integer({ min: 0, max: 4 }) }),
    fc.record({ fact: fc.constant("totalBilled"), operator: fc.constantFrom("moneyGreaterThan", "moneyGreaterThanInclusive", "moneyLessThan"), value: fc.constantFrom("0", "100", "100.00") }),
  ) as fc.Arbitrary<Condition>;
  const conditions: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      comparison,
      fc.record({ all: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie("node"), { minLength: 1, maxLength: 2 }) }),
      fc.record({ not: tie("node") }),
    ),
  })).node;
  const events = fc.constantFrom(
    { type: "deny", reasonCode: "D1" },
    { type: "deny", reasonCode: "D2" },
    { type: "refer", reasonCode: "R1" },
    { type: "refer", reasonCode: "R2" },
    { type: "flag", reasonCode: "F1" },
  );

  propTest.prop([fc.array(fc.tuple(conditions, events), { minLength: 1, maxLength: 12 })], { numRuns: 400 })("random rule sets", (entries) => {
    const analysed: AnalysedRule[] = [];
    for (const [index, [condition, { type, reasonCode }]] of entries.entries()) {
      const rule = RuleSchema.parse({ id: `r${index}`, clauseId: "1", conditions: { all: [condition] }, event: { type, reasonCode, message: { zh: "说明。", en: "Text." } } });
      const logic = checkConditionLogic(rule.conditions, ["rules", index, "conditions"], `rule "${rule.id}"`);
      if (!logic.unsatisfiable) analysed.push({ index, rule, terms: logic.terms });
    }
    const found = checkShadowedRules(analysed).map((issue) => ({ code: issue.code, path: issue.path, by: /\(rules\[(\d+)\]\)/.exec(issue.message)?.[1] }));
    expect(found).toEqual(everyPair(analysed).map((issue) => ({ code: issue.code, path: issue.path, by: issue.message.slice(3) })));
  }, 30_000); // 400 rule sets: seconds on a machine the whole suite shares

  // The shape of bench/lint.bench.ts, small: what the index files rules under (values of item codes, diagnoses).
  test("independent rules: item exclusions by code, denials by diagnosis, referrals; one repeats a denial", () => {
    const rules = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0
        ? { id: `x${i}`, clauseId: "4.2", scope: "item", conditions: { all: [{ fact: "line", path: "$.itemCode", operator: "equal", value: `C${i}` }] }, event: { type: "exclude_item", reasonCode: "NOT_COVERED", message: { zh: "不予赔付。", en: "Not covered." } } }
        : i % 3 === 1
          ? { id: `d${i}`, clauseId: "4.1", conditions: { all: [{ fact: "diagnosisCodes", operator: "contains", value: `Z${i}` }] }, event: { type: "deny", reasonCode: "EXCLUDED_DIAGNOSIS", message: { zh: "除外责任。", en: "Excluded." } } }
          : { id: `r${i}`, clauseId: "5.4", conditions: { all: [{ fact: "diagnosisCodes", operator: "contains", value: `Y${i}` }, { fact: "hospitalized", operator: "equal", value: true }] }, event: { type: "refer", reasonCode: "REVIEW", message: { zh: "需人工审核。", en: "Needs review." } } },
    );
    rules.push({ id: "again", clauseId: "4.1", conditions: { all: [{ fact: "diagnosisCodes", operator: "contains", value: "Z298" }, { fact: "hospitalized", operator: "equal", value: true }] }, event: { type: "deny", reasonCode: "EXCLUDED_DIAGNOSIS", message: { zh: "除外责任。", en: "Excluded." } } });
    const report = validateRuleSet({ id: "R", version: "1", rules });
    expect(report.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([["redundant_rule", "rules.300"]]);
  });
});
