import { describe, expect, test } from "vitest";
import { createAdjudicator, isValidationError, type Issue } from "../../src/index.js";
import { validatePolicy, validateRuleSet } from "../../src/lint/index.js";
import { loadExamples } from "../../examples/load-examples.js";

/**
 * Issue 9: on one broken rule set createAdjudicator reported 1 problem in zod's raw words where validate found 4,
 * and a second pass was needed for unknown clause ids. Now createAdjudicator reports every error the linter
 * (validatePolicy, validateRuleSet with the policy) reports, in the same words, in one pass.
 */
const medical = loadExamples().find((example) => example.product === "medical");
if (medical === undefined) throw new Error("examples/medical is missing");

type Document = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

function thrownIssues(policy: unknown, rules: unknown): Issue[] {
  try {
    createAdjudicator({ policy, rules });
  } catch (error) {
    if (isValidationError(error)) return [...error.issues];
    throw error;
  }
  return [];
}

/** The linter's errors with createAdjudicator's paths: `policy.…` and `rules.rules.…`. */
function lintErrors(policy: unknown, rules: unknown): string[] {
  const policyErrors = validatePolicy(policy).issues.filter((issue) => issue.severity === "error").map((issue) => `policy.${issue.path.join(".")} | ${issue.message}`);
  const ruleErrors = validateRuleSet(rules, { policy }).issues.filter((issue) => issue.severity === "error").map((issue) => `rules.${issue.path.join(".")} | ${issue.message}`);
  return [...policyErrors, ...ruleErrors];
}

const cases: { name: string; break: (policy: Document, rules: Document) => void; expected: string[] }[] = [
  {
    name: "a rule without its event, a misspelt fact and operator, and an invalid currency",
    break: (policy, rules) => {
      rules["rules"][1].conditions = { all: [{ fact: "totalBiled", operator: "greaterThan", value: 5 }] };
      rules["rules"][2].conditions = { all: [{ fact: "totalBilled", operator: "moneyGreaterThn", value: "5.00" }] };
      delete rules["rules"][3].event;
      policy["currency"].code = "CNYY";
    },
    expected: [
      "policy.currency.code | must be an ISO 4217 currency code such as CNY",
      'rules.rules.3.event | "event" is required: add it (an object)',
      'rules.rules.1.conditions.all.0.fact | fact "totalBiled" is not in the fact catalogue. Did you mean "totalBilled"?',
      'rules.rules.2.conditions.all.0.operator | operator "moneyGreaterThn" is not supported. Did you mean "moneyGreaterThan"?',
    ],
  },
  {
    name: "a rule without its event beside a rule citing an unknown clause (one pass, not two)",
    break: (_policy, rules) => {
      rules["rules"][0].clauseId = "9.9";
      delete rules["rules"][3].event;
    },
    expected: ['rules.rules.3.event | "event" is required: add it (an object)', 'rules.rules.0.clauseId | rule "'],
  },
  {
    name: "a misspelt key in the rule set",
    break: (_policy, rules) => {
      rules["rules"][0].evnt = rules["rules"][0].event;
    },
    expected: ['rules.rules.0.evnt | unknown key "evnt": remove it or fix its spelling. Did you mean "event"?'],
  },
  {
    name: "a misspelt coverage kind",
    break: (policy) => {
      policy["coverages"][0].kind = "reimbursment";
    },
    expected: ['policy.coverages.0.kind | Invalid discriminator value. Expected \'reimbursement\' | \'fixed\' | \'schedule\' | \'per_diem\' | \'parametric\'. Did you mean "reimbursement"?'],
  },
];

describe("createAdjudicator reports every problem at once, as validate does", () => {
  test.each(cases)("$name", ({ break: breakIt, expected }) => {
    const policy = structuredClone(medical.policy) as Document;
    const rules = structuredClone(medical.rules) as Document;
    breakIt(policy, rules);
    const reported = thrownIssues(policy, rules).map((issue) => `${issue.path.join(".")} | ${issue.message}`);
    for (const line of expected) expect(reported.filter((issue) => issue.startsWith(line))).toHaveLength(1);
    // The same list as the linter's errors (the order may differ).
    expect([...reported].sort()).toEqual([...new Set(lintErrors(policy, rules))].sort());
  });
});
