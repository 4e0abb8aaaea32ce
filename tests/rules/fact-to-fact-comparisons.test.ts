import { describe, expect, test } from "vitest";
import { createAdjudicator, isValidationError, toDotPath } from "../../src/index.js";
import { validateRuleSet } from "../../src/lint/index.js";
import { smallPolicy, smallRules } from "../support/fixtures.js";

// Issue 9: a comparison with another fact was not type-checked (totalBilled moneyGreaterThan { fact: "lineCount" }
// was accepted and never fired), and path "$.constructor" reached Object.prototype and was accepted.
function withCondition(condition: Record<string, unknown>, scope: "claim" | "item" = "claim") {
  const base = smallRules().rules[0]!;
  return smallRules({ rules: [{ ...base, scope, conditions: { all: [condition] } } as never] });
}

function configurationIssues(rules: unknown): string[] {
  try {
    createAdjudicator({ policy: smallPolicy(), rules });
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return error.issues.map((issue) => `${toDotPath(issue.path)}: ${issue.message}`);
  }
  return [];
}

const at = "rules.rules[0].conditions.all[0]";

describe("a comparison with another fact compares facts of the operator's type", () => {
  test.each([
    {
      name: "money with a number",
      condition: { fact: "totalBilled", operator: "moneyGreaterThan", value: { fact: "lineCount" } },
      issue: `${at}.value.fact: "moneyGreaterThan" on money fact "totalBilled" compares it with a money fact, but "lineCount" is a number: compare it with a money fact or a value`,
    },
    {
      name: "a number with money",
      condition: { fact: "lineCount", operator: "greaterThan", value: { fact: "totalBilled" } },
      issue: `${at}.value.fact: "greaterThan" on number fact "lineCount" compares it with a number fact, but "totalBilled" is a money: compare it with a number fact or a value`,
    },
    {
      name: "a date with money",
      condition: { fact: "incidentDate", operator: "dateAfter", value: { fact: "totalBilled" } },
      issue: `${at}.value.fact: "dateAfter" on date fact "incidentDate" compares it with a date fact, but "totalBilled" is a money: compare it with a date fact or a value`,
    },
    {
      name: "equal across types",
      condition: { fact: "lineCount", operator: "equal", value: { fact: "incidentDate" } },
      issue: `${at}.value.fact: "equal" on number fact "lineCount" compares it with a number fact, but "incidentDate" is a date: compare it with a number fact or a value`,
    },
  ])("$name is refused", ({ condition, issue }) => {
    expect(configurationIssues(withCondition(condition))).toEqual([issue]);
    expect(validateRuleSet(withCondition(condition), { policy: smallPolicy() }).issues.map((entry) => `rules.${toDotPath(entry.path)}: ${entry.message}`)).toContain(issue);
  });

  test.each([
    { fact: "totalSelfPay", operator: "moneyGreaterThan", value: { fact: "totalBilled" } },
    { fact: "lineCount", operator: "greaterThanInclusive", value: { fact: "daysSinceInception" } },
  ])("$fact $operator $value.fact is accepted", (condition) => {
    expect(configurationIssues(withCondition(condition))).toEqual([]);
  });

  test("a line field with a money fact of the claim, in an item rule", () => {
    expect(configurationIssues(withCondition({ fact: "line", path: "$.amount", operator: "moneyGreaterThan", value: { fact: "totalSelfPay" } }, "item"))).toEqual([]);
    expect(configurationIssues(withCondition({ fact: "line", path: "$.quantity", operator: "moneyGreaterThan", value: { fact: "totalSelfPay" } }, "item"))).toEqual([
      `${at}.operator: operator "moneyGreaterThan" cannot compare a number fact ("line"); use "greaterThan"`,
    ]);
  });
});

describe("a path reaches the fact's own fields, never Object.prototype", () => {
  test.each(["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"])("$.%s", (field) => {
    const issues = configurationIssues(withCondition({ fact: "line", path: `$.${field}`, operator: "equal", value: "x" }, "item"));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(new RegExp(`^${at.replace(/[.[\]]/g, "\\$&")}\\.path: path "\\$\\.${field}" does not reach a field of "line"; its fields are \\$\\.id, \\$\\.category`));
  });
});
