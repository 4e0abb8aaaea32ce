import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { toDotPath } from "../../src/errors/adjudicator-error.js";
import type { LintIssue } from "../../src/lint/lint-issue.js";
import { validateRuleSet } from "../../src/lint/validate-rule-set.js";

// Example documents mutated freely by the tables below.
type Json = any;
const read = (file: string): Json => JSON.parse(readFileSync(new URL(`../../examples/medical/${file}`, import.meta.url), "utf8")) as Json;
const policy = read("policy.json");
const rules = read("rules.json");

const message = (zh: string, en: string) => ({ zh, en });
const rule = (id: string, conditions: Json, event: Json = { type: "refer", reasonCode: "CHECK", message: message("需人工审核。", "Needs review.") }, extra: Json = {}) => ({
  id,
  clauseId: "5.4",
  conditions,
  event,
  ...extra,
});
const fact = (name: string, operator: string, value: unknown, path?: string) => ({ fact: name, operator, value, ...(path === undefined ? {} : { path }) });

/** The example rule set with `change` applied to a copy. */
function withRules(change: (copy: Json) => void): Json {
  const copy = structuredClone(rules);
  change(copy);
  return copy;
}

/** Where a rule of the example set is, by id: the file changes, the ids stay. */
const at = (id: string): number => {
  const index = (rules.rules as { id: string }[]).findIndex((entry) => entry.id === id);
  if (index < 0) throw new Error(`no rule ${id} in examples/medical/rules.json`);
  return index;
};
/** Where a rule appended to the set lands. */
const added = rules.rules.length as number;

const summary = (issues: readonly LintIssue[]) => issues.map((issue) => ({ code: issue.code, severity: issue.severity, at: toDotPath(issue.path) }));

describe("validateRuleSet", () => {
  test("the example rule set is clean against its policy", () => {
    expect(validateRuleSet(rules, { policy })).toEqual({ valid: true, errors: 0, warnings: 0, issues: [] });
  });

  const cases: { name: string; ruleSet: Json; expected: { code: string; severity: string; at: string }; says: RegExp }[] = [
    {
      name: "unknown key, with the nearest allowed key",
      ruleSet: withRules((r) => {
        r.rules[at("not-in-force-1.4")].clauseID = r.rules[at("not-in-force-1.4")].clauseId;
        delete r.rules[at("not-in-force-1.4")].clauseId;
      }),
      expected: { code: "invalid_input", severity: "error", at: `rules[${at("not-in-force-1.4")}].clauseID` },
      says: /unknown key "clauseID".*Did you mean "clauseId"\?/,
    },
    {
      name: "a required key is missing",
      ruleSet: withRules((r) => delete r.rules[at("pre-existing-symptoms-4.1")].event.reasonCode),
      expected: { code: "invalid_input", severity: "error", at: `rules[${at("pre-existing-symptoms-4.1")}].event.reasonCode` },
      says: /"reasonCode" is required: add it/,
    },
    {
      name: "an event type that does not exist, with a suggestion",
      ruleSet: withRules((r) => (r.rules[at("not-in-force-1.4")].event.type = "denny")),
      expected: { code: "invalid_input", severity: "error", at: `rules[${at("not-in-force-1.4")}].event.type` },
      says: /Did you mean "deny"\?/,
    },
    {
      name: "a reason message missing its Chinese text",
      ruleSet: withRules((r) => delete r.rules[at("pre-existing-declared-4.1")].event.message.zh),
      expected: { code: "invalid_input", severity: "error", at: `rules[${at("pre-existing-declared-4.1")}].event.message.zh` },
      says: /"zh" is required/,
    },
    {
      name: "a fact not in the catalogue, with the nearest name",
      ruleSet: withRules((r) => (r.rules[at("waiting-period-3.1")].conditions.all[0].fact = "incidentTyp")),
      expected: { code: "unknown_fact", severity: "error", at: `rules[${at("waiting-period-3.1")}].conditions.all[0].fact` },
      says: /Did you mean "incidentType"\?/,
    },
    {
      name: "an unknown operator",
      ruleSet: withRules((r) => (r.rules[at("large-claim-5.4")].conditions.all[0].operator = "moneyGreaterThen")),
      expected: { code: "unknown_operator", severity: "error", at: `rules[${at("large-claim-5.4")}].conditions.all[0].operator` },
      says: /Did you mean "moneyGreaterThan"\?/,
    },
    {
      name: "a string fact compared with greaterThan",
      ruleSet: withRules((r) => (r.rules[at("waiting-period-3.1")].conditions.all[0] = fact("incidentType", "greaterThan", 3))),
      expected: { code: "invalid_input", severity: "error", at: `rules[${at("waiting-period-3.1")}].conditions.all[0].operator` },
      says: /cannot compare a string fact/,
    },
    {
      name: "a date fact compared with a number",
      ruleSet: withRules((r) => r.rules.push(rule("old-incident", { all: [fact("incidentDate", "dateBefore", 20260101)] }))),
      expected: { code: "invalid_input", severity: "error", at: `rules[${added}].conditions.all[0].value` },
      says: /needs an ISO date YYYY-MM-DD, got 20260101/,
    },
    {
      name: "an amount written as a JSON number, with the fix",
      ruleSet: withRules((r) => (r.rules[at("large-claim-5.4")].conditions.all[0].value = 200000)),
      expected: { code: "invalid_input", severity: "error", at: `rules[${at("large-claim-5.4")}].conditions.all[0].value` },
      says: /needs a decimal string such as "2000\.00", got 200000: write it as a string, "200000"$/,
    },
    {
      name: "a date that does not exist",
      ruleSet: withRules((r) => r.rules.push(rule("leap", { all: [fact("incidentDate", "dateBefore", "2026-02-29")] }))),
      expected: { code: "invalid_input", severity: "error", at: `rules[${added}].conditions.all[0].value` },
      says: /got "2026-02-29": that day does not exist$/,
    },
    {
      name: "a path into a field the line does not have",
      ruleSet: withRules((r) => (r.rules[at("non-medical-items-4.4")].conditions.all[0].path = "$.categroy")),
      expected: { code: "invalid_input", severity: "error", at: `rules[${at("non-medical-items-4.4")}].conditions.all[0].path` },
      says: /does not reach a field of "line"/,
    },
    {
      name: "a clause the policy does not have",
      ruleSet: withRules((r) => (r.rules[at("not-in-force-1.4")].clauseId = "9.9")),
      expected: { code: "unknown_clause", severity: "error", at: `rules[${at("not-in-force-1.4")}].clauseId` },
      says: /does not have/,
    },
    {
      name: "a value an enumerated fact never takes",
      ruleSet: withRules((r) => (r.rules[at("waiting-period-3.1")].conditions.all[0].value = "ilness")),
      expected: { code: "unknown_value", severity: "error", at: `rules[${at("waiting-period-3.1")}].conditions.all[0].value` },
      says: /"ilness" never occurs\. Did you mean "illness"\?/,
    },
    {
      name: "duplicate rule ids",
      ruleSet: withRules((r) => r.rules.push({ ...structuredClone(r.rules[at("cosmetic-4.2")]), priority: 5 })),
      expected: { code: "duplicate_id", severity: "error", at: `rules[${added}].id` },
      says: new RegExp(`already used by rules\\[${at("cosmetic-4.2")}\\]`),
    },
    {
      name: "x > 10 and x < 5 under all",
      ruleSet: withRules((r) => r.rules[at("late-report-5.1")].conditions.all.push(fact("reportDelayDays", "lessThan", 5))),
      expected: { code: "unsatisfiable_condition", severity: "error", at: `rules[${at("late-report-5.1")}].conditions.all[1]` },
      says: /`reportDelayDays greaterThan 10` \(all\[0\]\) and `reportDelayDays lessThan 5` \(all\[1\]\) can never hold together/,
    },
    {
      name: "an amount below zero",
      ruleSet: withRules((r) => (r.rules[at("large-claim-5.4")].conditions.all[0] = fact("totalBilled", "moneyLessThan", "0"))),
      expected: { code: "unsatisfiable_condition", severity: "error", at: `rules[${at("large-claim-5.4")}].conditions.all[0]` },
      says: /amounts are never negative/,
    },
    {
      name: "a boolean required both true and false, through not",
      ruleSet: withRules((r) =>
        r.rules.push(rule("contradiction", { all: [fact("hospitalized", "equal", true), { not: { any: [fact("hospitalized", "equal", true)] } }] })),
      ),
      expected: { code: "unsatisfiable_condition", severity: "error", at: `rules[${added}].conditions.all[1].not.any[0]` },
      says: /can never hold together/,
    },
    {
      name: "empty any",
      ruleSet: withRules((r) => r.rules.push(rule("empty", { any: [] }))),
      expected: { code: "invalid_input", severity: "error", at: `rules[${added}].conditions.any` },
      says: /"any" is empty/,
    },
    {
      name: "an alternative of any that can never hold",
      ruleSet: withRules((r) =>
        r.rules.push(rule("dead-branch", { all: [fact("totalBilled", "moneyGreaterThan", "5000.00"), { any: [fact("totalBilled", "moneyLessThan", "100.00"), fact("hospitalized", "equal", true)] }] })),
      ),
      expected: { code: "dead_branch", severity: "warning", at: `rules[${added}].conditions.all[1].any[0]` },
      says: /this alternative never holds/,
    },
    {
      name: "conditions that always hold",
      ruleSet: withRules((r) =>
        r.rules.push(rule("always", { any: [fact("socialInsurance", "in", ["used", "not_used", "mixed", "not_applicable"]), fact("socialInsurance", "equal", "could_not_be_used")] })),
      ),
      expected: { code: "always_true", severity: "warning", at: `rules[${added}].conditions` },
      says: /always applies/,
    },
    {
      name: "a referral that only fires when a denial does",
      ruleSet: withRules((r) =>
        r.rules.push(rule("refer-early-illness", { all: [fact("incidentType", "equal", "illness"), fact("waitingPeriodPassed", "equal", false), fact("hospitalized", "equal", true)] })),
      ),
      expected: { code: "shadowed_rule", severity: "warning", at: `rules[${added}]` },
      says: new RegExp(`whenever it applies, rule "waiting-period-3.1" \\(rules\\[${at("waiting-period-3.1")}\\]\\) applies too and denies the claim`),
    },
    {
      name: "a rule that repeats another with the same effect",
      ruleSet: withRules((r) =>
        r.rules.push({ ...structuredClone(r.rules[at("late-report-5.1")]), id: "late-report-again", conditions: { all: [fact("reportDelayDays", "greaterThan", 30)] } }),
      ),
      expected: { code: "redundant_rule", severity: "warning", at: `rules[${added}]` },
      says: new RegExp(`only applies when rule "late-report-5.1" \\(rules\\[${at("late-report-5.1")}\\]\\) applies too, with the same effect`),
    },
    {
      name: "money compared as text",
      ruleSet: withRules((r) => (r.rules[at("large-claim-5.4")].conditions.all[0] = fact("totalBilled", "equal", "200000.00"))),
      expected: { code: "money_compared_as_text", severity: "warning", at: `rules[${at("large-claim-5.4")}].conditions.all[0].operator` },
      says: /use "moneyEqual"/,
    },
    {
      name: "an untranslated Chinese message",
      ruleSet: withRules((r) => (r.rules[at("late-report-5.1")].event.message.zh = "Reported late.")),
      expected: { code: "reason_message", severity: "warning", at: `rules[${at("late-report-5.1")}].event.message.zh` },
      says: /has no Chinese character/,
    },
    {
      name: "a flag without severity",
      ruleSet: withRules((r) => delete r.rules[at("early-claim-5.4")].event.severity),
      expected: { code: "event_param", severity: "warning", at: `rules[${at("early-claim-5.4")}].event` },
      says: /counts as "medium"/,
    },
    {
      name: "a document type nobody knows",
      ruleSet: withRules((r) => (r.rules[at("third-party-proof-2.3")].event.documentType = "si_exclusion_prof")),
      expected: { code: "unknown_document_type", severity: "warning", at: `rules[${at("third-party-proof-2.3")}].event.documentType` },
      says: /Did you mean "si_exclusion_proof"\?/,
    },
    {
      name: "an item rule that reads nothing of the line",
      ruleSet: withRules((r) => (r.rules[at("before-incident-4.4")].conditions = { all: [fact("hospitalized", "equal", true)] })),
      expected: { code: "item_rule_without_line", severity: "warning", at: `rules[${at("before-incident-4.4")}].scope` },
      says: /excludes every line or none/,
    },
    {
      name: "a fee schedule the policy does not have",
      ruleSet: withRules((r) =>
        r.rules.push({
          id: "cap-drugs",
          clauseId: "2.1",
          scope: "item",
          conditions: { all: [fact("line", "equal", "medicine", "$.category")] },
          event: { type: "cap_item", reasonCode: "FEE_SCHEDULE", message: message("超出收费标准。", "Above the fee schedule."), cap: { feeScheduleId: "FS-2026" } },
        }),
      ),
      expected: { code: "invalid_input", severity: "error", at: `rules[${added}].event.cap.feeScheduleId` },
      says: /fee schedule "FS-2026", which policy "P-MED-2026-000187" does not have/,
    },
  ];

  test.each(cases)("$name", ({ ruleSet, expected, says }) => {
    const report = validateRuleSet(ruleSet, { policy });
    const found = report.issues.find((issue) => issue.code === expected.code && toDotPath(issue.path) === expected.at);
    expect(found, JSON.stringify(summary(report.issues), null, 1)).toBeDefined();
    expect(found?.severity).toBe(expected.severity);
    expect(found?.message).toMatch(says);
    expect(report.valid).toBe(report.issues.every((issue) => issue.severity === "warning"));
  });

  test("reports every problem at once, in document order, even when the schema rejects the file", () => {
    const broken = withRules((r) => {
      r.rules[at("not-in-force-1.4")].priority = "high"; // schema error in one rule …
      r.rules[at("pre-existing-declared-4.1")].conditions.all[0].fact = "diagnosisCode"; // … does not hide the others
      r.rules[at("late-report-5.1")].conditions.all.push(fact("reportDelayDays", "lessThan", 5));
      r.rules.push(structuredClone(r.rules[at("pre-existing-symptoms-4.1")]));
    });
    expect(summary(validateRuleSet(broken, { policy }).issues)).toEqual([
      { code: "invalid_input", severity: "error", at: `rules[${at("not-in-force-1.4")}].priority` },
      { code: "unknown_fact", severity: "error", at: `rules[${at("pre-existing-declared-4.1")}].conditions.all[0].fact` },
      { code: "unsatisfiable_condition", severity: "error", at: `rules[${at("late-report-5.1")}].conditions.all[1]` },
      { code: "duplicate_id", severity: "error", at: `rules[${added}].id` },
    ]);
  });

  test("without a policy, clause ids are not checked; with an invalid policy, a warning says so", () => {
    const unknownClause = withRules((r) => (r.rules[at("not-in-force-1.4")].clauseId = "9.9"));
    expect(validateRuleSet(unknownClause).issues).toEqual([]);
    const report = validateRuleSet(unknownClause, { policy: { id: "not a policy" } });
    expect(summary(report.issues)).toEqual([{ code: "policy_not_checked", severity: "warning", at: "(root)" }]);
  });

  test("a product's own document types can be declared", () => {
    const custom = withRules((r) => (r.rules[at("third-party-proof-2.3")].event.documentType = "hospital_stamp"));
    expect(validateRuleSet(custom).warnings).toBe(1);
    expect(validateRuleSet(custom, { documentTypes: ["hospital_stamp"] }).warnings).toBe(0);
  });

  test("nothing crashes on input that is not a rule set at all", () => {
    for (const input of [null, 42, "rules", [], { rules: "x" }, { rules: [null, 1, { conditions: { all: [null] } }] }]) {
      const report = validateRuleSet(input, { policy });
      expect(report.valid).toBe(false);
      expect(report.issues.length).toBeGreaterThan(0);
    }
  });

  test("does not mutate its inputs", () => {
    const frozen = structuredClone(rules);
    const snapshot = JSON.stringify(frozen);
    validateRuleSet(Object.freeze(frozen), { policy });
    expect(JSON.stringify(frozen)).toBe(snapshot);
  });
});

test("a message placeholder that names no fact is an error, with or without the policy", () => {
  const withBadMessage = withRules((copy) => {
    copy.rules.push(rule("late-message", { all: [fact("reportDelayDays", "greaterThan", 30)] }, { type: "flag", severity: "low", reasonCode: "LATE", message: message("迟报 {reportDelay} 日。", "Reported {reportDelay} days late.") }));
  });
  for (const report of [validateRuleSet(withBadMessage), validateRuleSet(withBadMessage, { policy })]) {
    const found = report.issues.filter((issue: LintIssue) => toDotPath(issue.path).endsWith("event.message.en"));
    expect(found.map((issue: LintIssue) => [issue.severity, issue.code])).toEqual([["error", "unknown_fact"]]);
    expect(found[0]?.message).toMatch(/Did you mean \{reportDelayDays\}/);
  }
});
