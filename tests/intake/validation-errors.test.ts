import { describe, expect, test } from "vitest";
import { createAdjudicator, isValidationError, toDotPath, ValidationError, type Issue } from "../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

function issuesOf(action: () => unknown): { path: string; code: string; message: string }[] {
  try {
    action();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return error.issues.map((issue: Issue) => ({ path: toDotPath(issue.path), code: issue.code, message: issue.message }));
  }
  throw new Error("expected a ValidationError");
}

async function claimIssues(claim: unknown, options: unknown = { asOf: "2026-06-20" }) {
  const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
  try {
    await adjudicator.adjudicate(claim, options as never);
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return error.issues.map((issue) => ({ path: toDotPath(issue.path), code: issue.code, message: issue.message }));
  }
  throw new Error("expected a ValidationError");
}

describe("policy and rule set validation", () => {
  const base = smallPolicy();
  const coverage = base.coverages[0] as Record<string, unknown>;
  const cases: { name: string; policy?: unknown; rules?: unknown; path: string; message: RegExp }[] = [
    { name: "amount as a JSON number", policy: { ...base, coverages: [{ ...coverage, annualDeductible: 10000 }] }, path: "policy.coverages[0].annualDeductible", message: /decimal string/ },
    { name: "ratio above 1", policy: { ...base, coverages: [{ ...coverage, ratio: { used: "1.2", not_used: "0.6", could_not_be_used: "1" } }] }, path: "policy.coverages[0].ratio.used", message: /between "0" and "1"/ },
    { name: "negative waiting period", policy: { ...base, coverages: [{ ...coverage, waitingPeriods: { illnessDays: -1, accidentDays: 0 } }] }, path: "policy.coverages[0].waitingPeriods.illnessDays", message: /negative/ },
    { name: "unknown clause on a coverage", policy: { ...base, coverages: [{ ...coverage, clauseId: "9.9" }] }, path: "policy.coverages[0].clauseId", message: /clause "9.9" is not among/ },
    { name: "typo in a key", policy: { ...base, perod: {} }, path: "policy.perod", message: /unknown key "perod".*Did you mean "period"\?/ },
    { name: "expiry before effective", policy: { ...base, period: { effective: "2026-01-01", expiry: "2025-12-31" } }, path: "policy.period.expiry", message: /before effective/ },
    { name: "not a real date", policy: { ...base, period: { effective: "2026-02-30", expiry: "2026-12-31" } }, path: "policy.period.effective", message: /real calendar date/ },
    { name: "finer than the minor unit", policy: { ...base, coverages: [{ ...coverage, annualLimit: "100000.005" }] }, path: "policy.coverages[0].annualLimit", message: /at most 2/ },
    { name: "per-claim limit above annual", policy: { ...base, coverages: [{ ...coverage, perClaimLimit: "200000.00" }] }, path: "policy.coverages[0].perClaimLimit", message: /above the annual limit/ },
    {
      name: "unknown fact, with a suggestion",
      rules: smallRules({ rules: [{ ...smallRules().rules[0]!, conditions: { all: [{ fact: "waitingPeriodPased", operator: "equal", value: false }] } }] }),
      path: "rules.rules[0].conditions.all[0].fact",
      message: /"waitingPeriodPased" is not in the fact catalogue\. Did you mean "waitingPeriodPassed"\?/,
    },
    {
      name: "money compared with a numeric operator",
      rules: smallRules({ rules: [{ ...smallRules().rules[0]!, conditions: { all: [{ fact: "totalBilled", operator: "greaterThan", value: 1000 }] } }] }),
      path: "rules.rules[0].conditions.all[0].operator",
      message: /cannot compare a money fact.*moneyGreaterThan/,
    },
    {
      name: "money value as a number",
      rules: smallRules({ rules: [{ ...smallRules().rules[0]!, conditions: { all: [{ fact: "totalBilled", operator: "moneyGreaterThan", value: 1000 }] } }] }),
      path: "rules.rules[0].conditions.all[0].value",
      message: /decimal string/,
    },
    {
      name: "unknown operator",
      rules: smallRules({ rules: [{ ...smallRules().rules[0]!, conditions: { all: [{ fact: "reportDelayDays", operator: "greaterThen", value: 3 }] } }] }),
      path: "rules.rules[0].conditions.all[0].operator",
      message: /Did you mean "greaterThan"/,
    },
    {
      name: "item fact in a claim rule",
      rules: smallRules({ rules: [{ ...smallRules().rules[0]!, conditions: { all: [{ fact: "line", path: "$.category", operator: "equal", value: "bed" }] } }] }),
      path: "rules.rules[0].conditions.all[0].fact",
      message: /only available to rules with "scope": "item"/,
    },
    {
      name: "path to a field a line does not have",
      rules: smallRules({
        rules: [{ ...smallRules().rules[0]!, scope: "item", event: { type: "exclude_item", reasonCode: "X", message: { zh: "x", en: "x" } }, conditions: { all: [{ fact: "line", path: "$.categry", operator: "equal", value: "bed" }] } }],
      }),
      path: "rules.rules[0].conditions.all[0].path",
      message: /does not reach a field/,
    },
    { name: "rule clause not in the policy", rules: smallRules({ rules: [{ ...smallRules().rules[0]!, clauseId: "7.7" }] }), path: "rules.rules[0].clauseId", message: /clause "7.7"/ },
    { name: "duplicate rule id", rules: smallRules({ rules: [smallRules().rules[0]!, smallRules().rules[0]!] }), path: "rules.rules[1].id", message: /duplicate rule id/ },
    { name: "empty all", rules: smallRules({ rules: [{ ...smallRules().rules[0]!, conditions: { all: [] } }] }), path: "rules.rules[0].conditions.all", message: /empty/ },
    {
      name: "exclude_item without item scope",
      rules: smallRules({ rules: [{ ...smallRules().rules[0]!, event: { type: "exclude_item", reasonCode: "X", message: { zh: "x", en: "x" } } }] }),
      path: "rules.rules[0].scope",
      message: /scope/,
    },
    { name: "message without English", rules: smallRules({ rules: [{ ...smallRules().rules[0]!, event: { type: "deny", reasonCode: "X", message: { zh: "x" } } as never }] }), path: "rules.rules[0].event.message.en", message: /./ },
  ];

  test.each(cases)("$name → $path", ({ policy, rules, path, message }) => {
    const issues = issuesOf(() => createAdjudicator({ policy: policy ?? smallPolicy(), rules: rules ?? smallRules() }));
    expect(issues.map((issue) => issue.path)).toContain(path);
    expect(issues.find((issue) => issue.path === path)?.message).toMatch(message);
  });

  test("every problem of both inputs is listed at once", () => {
    const policy = { ...base, period: { effective: "2026-13-01", expiry: "2026-12-31" }, currency: { code: "cny", minorUnits: 2 } };
    const rules = { id: "RS", version: "1", rules: [{ id: "r", clauseId: "2.1", conditions: { all: [] }, event: { type: "nope", reasonCode: "X", message: { zh: "x", en: "x" } } }] };
    const paths = issuesOf(() => createAdjudicator({ policy, rules })).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["policy.period.effective", "policy.currency.code", "rules.rules[0].conditions.all", "rules.rules[0].event.type"]));
  });

  test("the error is a typed ValidationError whose message names each path", () => {
    try {
      createAdjudicator({ policy: { id: "x" }, rules: smallRules() });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).name).toBe("ValidationError");
      expect((error as Error).message).toMatch(/policy\.product/);
    }
  });
});

describe("claim and options validation", () => {
  const claim = smallClaim([{ amount: "100.00" }]);
  const line = claim.lines[0]!;
  const cases: { name: string; claim: unknown; options?: unknown; path: string; code?: string; message: RegExp }[] = [
    { name: "amount as a number", claim: { ...claim, lines: [{ ...line, amount: 100 }] }, path: "claim.lines[0].amount", message: /decimal string/ },
    { name: "negative amount", claim: { ...claim, lines: [{ ...line, amount: "-5.00" }] }, path: "claim.lines[0].amount", message: /non-negative/ },
    { name: "exponent", claim: { ...claim, lines: [{ ...line, amount: "1e3" }] }, path: "claim.lines[0].amount", message: /without exponent/ },
    { name: "more decimals than the currency", claim: { ...claim, lines: [{ ...line, amount: "10.001" }] }, path: "claim.lines[0].amount", message: /at most 2/ },
    { name: "deductions above billed", claim: { ...claim, lines: [{ ...line, socialInsurancePaid: "80.00", selfPay: "30.00" }] }, path: "claim.lines[0].selfPay", message: /exceed the billed amount/ },
    { name: "other insurers paid above billed", claim: { ...claim, lines: [{ ...line, socialInsurancePaid: "80.00", otherInsurancePaid: "30.00" }] }, path: "claim.lines[0].otherInsurancePaid", message: /exceed the billed amount/ },
    { name: "an illness without a diagnosis", claim: { ...claim, incident: { ...claim.incident, diagnosisCodes: [] } }, path: "claim.incident.diagnosisCodes", message: /at least one ICD-10/ },
    { name: "bill lines without saying how social insurance took part", claim: (({ socialInsurance: _omitted, ...rest }) => rest)(claim), path: "claim.socialInsurance", message: /whether social insurance/ },
    { name: "a flight delay without the flight", claim: { ...claim, incident: { ...claim.incident, type: "flight_delay" } }, path: "claim.flight", message: /needs the flight/ },
    { name: "a currency no one knows", claim: { ...claim, currency: "CYN" }, path: "claim.currency", message: /not an ISO 4217/ },
    { name: "death before the incident", claim: { ...claim, incident: { ...claim.incident, death: { date: "2026-05-01" } } }, path: "claim.incident.death.date", message: /before the incident/ },
    { name: "bad ICD-10 code", claim: { ...claim, incident: { ...claim.incident, diagnosisCodes: ["appendicitis"] } }, path: "claim.incident.diagnosisCodes[0]", message: /ICD-10/ },
    { name: "other policy", claim: { ...claim, policyId: "P-OTHER" }, path: "claim.policyId", code: "policy_mismatch", message: /P-OTHER/ },
    { name: "other currency", claim: { ...claim, currency: "USD" }, path: "claim.currency", code: "currency_mismatch", message: /USD/ },
    { name: "discharge before admission", claim: { ...claim, hospitalStay: { admission: "2026-06-05", discharge: "2026-06-01" } }, path: "claim.hospitalStay.discharge", message: /before admission/ },
    { name: "duplicate line id", claim: { ...claim, lines: [line, line] }, path: "claim.lines[1].id", message: /duplicate line id/ },
    { name: "reported before the incident", claim: { ...claim, reportedOn: "2026-05-01" }, path: "claim.reportedOn", message: /before the incident/ },
    { name: "no asOf", claim, options: {}, path: "options.asOf", message: /ISO date/ },
    { name: "asOf before submission", claim, options: { asOf: "2026-06-01" }, path: "options.asOf", message: /before the claim was submitted/ },
    { name: "accumulator for an unknown coverage", claim, options: { asOf: "2026-06-20", accumulators: { coverages: { dental: { deductibleUsed: "0", paid: "0" } } } }, path: "options.accumulators.coverages.dental", message: /no coverage "dental"/ },
  ];

  test.each(cases)("$name → $path", async ({ claim: input, options, path, code, message }) => {
    const issues = await claimIssues(input, options);
    const issue = issues.find((entry) => entry.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
    if (code !== undefined) expect(issue?.code).toBe(code);
  });
});

describe("rule messages name only facts they can fill", () => {
  const text = (en: string, zh: string) => ({ en, zh });
  test.each([
    { name: "a placeholder that is no fact", message: text("Reported {reportDelay} days late.", "报案迟延 {reportDelay} 日。"), path: "rules.rules[0].event.message.en", pattern: /placeholder \{reportDelay\} names no claim fact.*Did you mean \{reportDelayDays\}/ },
    { name: "a format the fact's type does not allow", message: text("{reportDelayDays:money} late.", "迟延 {reportDelayDays:money}。"), path: "rules.rules[0].event.message.en", pattern: /formats a number fact as money/ },
    { name: "languages that give different figures", message: text("{reportDelayDays} days late.", "报案迟延。"), path: "rules.rules[0].event.message.zh", pattern: /both languages must give the same figures/ },
  ])("$name", ({ message, path, pattern }) => {
    const rules = { ...smallRules(), rules: [{ ...smallRules().rules[0]!, event: { ...smallRules().rules[0]!.event, message } }] };
    const found = issuesOf(() => createAdjudicator({ policy: smallPolicy(), rules }));
    expect(found.find((issue) => issue.path === path)?.message).toMatch(pattern);
  });
});
