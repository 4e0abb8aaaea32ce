import { describe, expect, test } from "vitest";
import { createAdjudicator, defineFact, type PolicyInput } from "../../src/index.js";
import { validateRuleSet } from "../../src/lint/index.js";
import { coveragePolicy } from "../support/fixtures.js";

/**
 * Issue 8: the lint's knowledge of the facts comes from the registry an insurer extends. Before, a rule set that
 * createAdjudicator accepted with `facts: [vipCustomer]`, or with a signal the policy declares, failed the linter
 * with `fact "vipCustomer" is not in the fact catalogue`.
 */
const vipCustomer = defineFact({ name: "vipCustomer", type: "boolean", scope: "claim", description: { en: "The claimant is a VIP customer", zh: "申请人为贵宾客户" }, derive: () => true });
const fixed = { id: "fix", kind: "fixed", clauseId: "C-fix", name: { en: "Lump sum", zh: "定额给付" }, incidentTypes: ["illness"], sumInsured: "100.00", benefits: [{ id: "b", name: { en: "Benefit", zh: "保险金" }, when: { all: [{ fact: "incidentType", operator: "equal", value: "illness" }] } }] } as PolicyInput["coverages"][number];
const policy = coveragePolicy([fixed]);
const withSignal = coveragePolicy([fixed], { signals: [{ name: "fraudScore", type: "number", min: 0, max: 1, description: { en: "Fraud model score", zh: "反欺诈模型评分" } }] } as Partial<PolicyInput>);
const ruleOn = (fact: string, operator: string, value: unknown) => ({
  id: "RS",
  version: "1",
  rules: [{ id: "R1", clauseId: "C-fix", conditions: { all: [{ fact, operator, value }] }, event: { type: "flag", severity: "low", reasonCode: "REVIEW", message: { en: "Review the claim.", zh: "请复核本案。" } } }],
});
const errors = (report: ReturnType<typeof validateRuleSet>) => report.issues.filter((issue) => issue.severity === "error").map((issue) => `${issue.path.join(".")}: ${issue.code}`);

describe("validateRuleSet with the insurer's facts", () => {
  test("a rule on the insurer's own fact: unknown without it, clean with it, as createAdjudicator", () => {
    const rules = ruleOn("vipCustomer", "equal", true);
    expect(errors(validateRuleSet(rules, { policy }))).toEqual(["rules.0.conditions.all.0.fact: unknown_fact"]);
    expect(errors(validateRuleSet(rules, { policy, facts: [vipCustomer] }))).toEqual([]);
    expect(errors(validateRuleSet(rules, { facts: [vipCustomer] }))).toEqual([]);
    expect(() => createAdjudicator({ policy, rules, facts: [vipCustomer] })).not.toThrow();
  });

  test("its type is checked as a library fact's: a boolean fact compared with a number is an error", () => {
    expect(errors(validateRuleSet(ruleOn("vipCustomer", "greaterThan", 3), { policy, facts: [vipCustomer] }))).toEqual(["rules.0.conditions.all.0.operator: invalid_input"]);
  });

  test("a signal the policy declares is a fact for the linter too", () => {
    const rules = ruleOn("fraudScore", "greaterThan", 0.8);
    expect(errors(validateRuleSet(rules, { policy: withSignal }))).toEqual([]);
    expect(errors(validateRuleSet(rules, { policy }))).toEqual(["rules.0.conditions.all.0.fact: unknown_fact"]);
    expect(() => createAdjudicator({ policy: withSignal, rules })).not.toThrow();
  });

  test("an own fact that takes a library fact's name is reported at its place in the options", () => {
    const clash = defineFact({ ...vipCustomer, name: "incidentType" });
    expect(errors(validateRuleSet(ruleOn("incidentType", "equal", "illness"), { facts: [clash] }))).toEqual(["options.facts.0.name: duplicate_id"]);
  });

  test("facts that are not facts are a ValidationError of the options", () => {
    expect(() => validateRuleSet(ruleOn("vipCustomer", "equal", true), { facts: ["vipCustomer"] as never })).toThrowError(/options\.facts: must be an array of facts made with defineFact/);
  });
});
