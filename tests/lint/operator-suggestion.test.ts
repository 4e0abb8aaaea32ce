import { describe, expect, test } from "vitest";
import type { FactType } from "../../src/rules/fact-type.js";
import { validateRuleSet } from "../../src/lint/validate-rule-set.js";
import { OPERATORS, type OperatorDefinition } from "../../src/rules/operators.js";

/** One fact of each type, with a value it takes. */
const FACTS: readonly { type: FactType; fact: string; sample: unknown }[] = [
  { type: "number", fact: "reportDelayDays", sample: 3 },
  { type: "money", fact: "totalBilled", sample: "2000.00" },
  { type: "date", fact: "incidentDate", sample: "2026-03-01" },
  { type: "string", fact: "incidentType", sample: "illness" },
  { type: "boolean", fact: "hospitalized", sample: true },
  { type: "string[]", fact: "diagnosisCodes", sample: ["K35.8"] },
];

/** A value the operator accepts for a fact of this type. */
function valueFor(operator: OperatorDefinition, sample: unknown): unknown {
  switch (operator.value) {
    case "same":
      return sample;
    case "array":
      return [Array.isArray(sample) ? sample[0] : sample];
    case "element":
      return "K35.8";
    case "money":
      return "2000.00";
    case "number":
      return 3;
    case "date":
      return "2026-03-01";
    case "string[]":
      return ["K35"];
  }
}

const ruleSet = (fact: string, operator: string, value: unknown) => ({
  id: "R",
  version: "1",
  rules: [
    {
      id: "r",
      clauseId: "3.1",
      conditions: { all: [{ fact, operator, value }] },
      event: { type: "refer", reasonCode: "CHECK", message: { zh: "需人工审核。", en: "Needs review." } },
    },
  ],
});

const wrongOperators = FACTS.flatMap(({ type, fact, sample }) =>
  OPERATORS.filter((operator) => operator.factTypes !== "any" && !operator.factTypes.includes(type)).map((operator) => ({ type, fact, sample, operator: operator.name })),
);

describe("an operator that cannot compare the fact: the operator suggested", () => {
  test.each([
    { fact: "totalBilled", operator: "greaterThan", value: "2000.00", says: 'operator "greaterThan" cannot compare a money fact ("totalBilled"); use "moneyGreaterThan"' },
    { fact: "totalBilled", operator: "lessThanInclusive", value: "2000.00", says: 'operator "lessThanInclusive" cannot compare a money fact ("totalBilled"); use "moneyLessThanInclusive"' },
    { fact: "reportDelayDays", operator: "moneyGreaterThan", value: 3, says: 'operator "moneyGreaterThan" cannot compare a number fact ("reportDelayDays"); use "greaterThan"' },
    { fact: "incidentDate", operator: "greaterThanInclusive", value: "2026-03-01", says: 'operator "greaterThanInclusive" cannot compare a date fact ("incidentDate"); use "dateOnOrAfter"' },
    {
      fact: "totalBilled",
      operator: "contains",
      value: "x",
      says: 'operator "contains" cannot compare a money fact ("totalBilled"); use one of moneyEqual, moneyGreaterThan, moneyGreaterThanInclusive, moneyLessThan, moneyLessThanInclusive',
    },
  ])("$operator on $fact", ({ fact, operator, value, says }) => {
    const issue = validateRuleSet(ruleSet(fact, operator, value)).issues.find((candidate) => candidate.path.at(-1) === "operator");
    expect(issue?.message).toBe(says);
  });

  // The fix the error proposes must pass the linter: no error, and no warning such as "money compared as text".
  test.each(wrongOperators)("$operator on a $type fact: the first operator suggested is clean", ({ fact, sample, operator }) => {
    const message = validateRuleSet(ruleSet(fact, operator, valueFor(OPERATORS.find((o) => o.name === operator) as OperatorDefinition, sample))).issues.find(
      (issue) => issue.path.at(-1) === "operator",
    )?.message;
    const suggested = /; use "(\w+)"$/.exec(message ?? "")?.[1] ?? /; use one of (\w+)/.exec(message ?? "")?.[1];
    expect(suggested, message).toBeDefined();
    const definition = OPERATORS.find((o) => o.name === suggested) as OperatorDefinition;
    const issues = validateRuleSet(ruleSet(fact, suggested as string, valueFor(definition, sample))).issues.filter((issue) => issue.path[2] === "conditions");
    expect(issues).toEqual([]);
  });
});
