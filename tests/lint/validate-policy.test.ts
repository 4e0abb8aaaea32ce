import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { toDotPath } from "../../src/errors/adjudicator-error.js";
import { validatePolicy } from "../../src/lint/validate-policy.js";

// Example documents mutated freely by the tables below.
type Json = any;
const policy = JSON.parse(readFileSync(new URL("../../examples/medical/policy.json", import.meta.url), "utf8")) as Json;

/** Where an entry of the example policy is, by id: the file changes, the ids stay. */
function at(list: "coverages" | "documentRequirements" | "clauses", id: string): number {
  const index = (policy[list] as { id: string }[]).findIndex((entry) => entry.id === id);
  if (index < 0) throw new Error(`no ${list} entry ${id} in examples/medical/policy.json`);
  return index;
}
const coverage = at("coverages", "inpatient-medical");
const categories = policy.coverages[coverage].eligibleCategories.length as number;
const discharge = at("documentRequirements", "req-discharge-summary");
const invoices = at("documentRequirements", "req-invoices");
const claimForm = at("documentRequirements", "req-claim-form");
const waiting = at("clauses", "3.1");

function withPolicy(change: (copy: Json) => void): Json {
  const copy = structuredClone(policy);
  change(copy);
  return copy;
}

describe("validatePolicy", () => {
  test("the example policy is clean", () => {
    expect(validatePolicy(policy)).toEqual({ valid: true, errors: 0, warnings: 0, issues: [] });
  });

  const cases = [
    {
      name: "an annual limit below the annual deductible",
      policy: withPolicy((p) => (p.coverages[coverage].annualLimit = "5000.00")),
      expected: { code: "limit_below_deductible", severity: "warning", at: `coverages[${coverage}].annualLimit` },
      says: /annualLimit 5000.00 is below annualDeductible 10000.00: check that the two figures are not swapped/,
    },
    {
      name: "a ratio above 1",
      policy: withPolicy((p) => (p.coverages[coverage].ratio.not_used = "60")),
      expected: { code: "invalid_input", severity: "error", at: `coverages[${coverage}].ratio.not_used` },
      says: /between "0" and "1"/,
    },
    {
      name: "a ratio written as a number",
      policy: withPolicy((p) => (p.coverages[coverage].ratio.used = 1)),
      expected: { code: "invalid_input", severity: "error", at: `coverages[${coverage}].ratio.used` },
      says: /decimal string/,
    },
    {
      name: "a negative waiting period",
      policy: withPolicy((p) => (p.coverages[coverage].waitingPeriods.illnessDays = -30)),
      expected: { code: "invalid_input", severity: "error", at: `coverages[${coverage}].waitingPeriods.illnessDays` },
      says: /cannot be negative/,
    },
    {
      name: "a document requirement naming an unknown document type",
      policy: withPolicy((p) => (p.documentRequirements[discharge].documentType = "discharge_sumary")),
      expected: { code: "unknown_document_type", severity: "warning", at: `documentRequirements[${discharge}].documentType` },
      says: /Did you mean "discharge_summary"\?/,
    },
    {
      name: "a requirement's condition on an unknown fact",
      policy: withPolicy((p) => (p.documentRequirements[discharge].when.all[0].fact = "hospitalised")),
      expected: { code: "unknown_fact", severity: "error", at: `documentRequirements[${discharge}].when.all[0].fact` },
      says: /Did you mean "hospitalized"\?/,
    },
    {
      name: "a requirement that can never apply",
      policy: withPolicy((p) => (p.documentRequirements[invoices].when = { all: [{ fact: "totalBilled", operator: "moneyGreaterThan", value: "2000.00" }, { fact: "totalBilled", operator: "moneyLessThan", value: "1000.00" }] })),
      expected: { code: "unsatisfiable_condition", severity: "error", at: `documentRequirements[${invoices}].when.all[1]` },
      says: /can never hold together/,
    },
    {
      name: "a category listed twice",
      policy: withPolicy((p) => p.coverages[coverage].eligibleCategories.push("bed")),
      expected: { code: "duplicate_value", severity: "warning", at: `coverages[${coverage}].eligibleCategories[${categories}]` },
      says: /"bed" is listed twice/,
    },
    {
      name: "a clause text left in English",
      policy: withPolicy((p) => (p.clauses[waiting].title.zh = "Waiting period")),
      expected: { code: "reason_message", severity: "warning", at: `clauses[${waiting}].title.zh` },
      says: /no Chinese character/,
    },
    {
      name: "an amount finer than the currency",
      policy: withPolicy((p) => (p.coverages[coverage].annualDeductible = "10000.001")),
      expected: { code: "invalid_input", severity: "error", at: `coverages[${coverage}].annualDeductible` },
      says: /3 decimals; CNY amounts have at most 2/,
    },
    {
      name: "an unknown key with a suggestion",
      policy: withPolicy((p) => {
        p.coverages[coverage].anualLimit = p.coverages[coverage].annualLimit;
        delete p.coverages[coverage].annualLimit;
      }),
      expected: { code: "invalid_input", severity: "error", at: `coverages[${coverage}].anualLimit` },
      says: /Did you mean "annualLimit"\?/,
    },
  ] as const;

  test.each(cases)("$name", ({ policy: input, expected, says }) => {
    const report = validatePolicy(input);
    const found = report.issues.find((issue) => issue.code === expected.code && toDotPath(issue.path) === expected.at);
    expect(found, JSON.stringify(report.issues, null, 1)).toBeDefined();
    expect(found?.severity).toBe(expected.severity);
    expect(found?.message).toMatch(says);
  });

  test("one issue per mistake: the schema's word wins over the field checks at the same path", () => {
    const report = validatePolicy(withPolicy((p) => (p.coverages[coverage].ratio.not_used = "1.5")));
    expect(report.issues.filter((issue) => toDotPath(issue.path) === `coverages[${coverage}].ratio.not_used`)).toHaveLength(1);
  });

  test("the field checks still run where the schema rejects the document", () => {
    const report = validatePolicy(
      withPolicy((p) => {
        delete p.holder; // a schema error elsewhere
        p.coverages[coverage].annualLimit = "5000.00";
        p.documentRequirements[claimForm].documentType = "claim_frm";
      }),
    );
    expect(report.issues.map((issue) => `${issue.severity} ${toDotPath(issue.path)}`)).toEqual([
      "error holder",
      `warning coverages[${coverage}].annualLimit`,
      `warning documentRequirements[${claimForm}].documentType`,
    ]);
  });

  test("nothing crashes on input that is not a policy", () => {
    for (const input of [null, 1, "p", [], { coverages: [{ ratio: { used: "7" }, annualLimit: "1", annualDeductible: "2" }] }]) {
      expect(validatePolicy(input).valid).toBe(false);
    }
  });
});
