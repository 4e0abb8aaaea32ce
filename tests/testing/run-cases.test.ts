import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createAdjudicator } from "../../src/create-adjudicator.js";
import type { CaseExpectation } from "../../src/testing/case-file-schema.js";
import { formatCaseResult } from "../../src/testing/format-case-result.js";
import { readCaseFiles } from "../../src/testing/read-case-files.js";
import { formatRuleCoverage } from "../../src/testing/rule-coverage.js";
import { runCase, runCases, type TestCase } from "../../src/testing/run-cases.js";

const dir = new URL("../../examples/medical/", import.meta.url).pathname;
const readJson = (file: string): unknown => JSON.parse(readFileSync(`${dir}${file}`, "utf8"));
const adjudicator = createAdjudicator({ policy: readJson("policy.json"), rules: readJson("rules.json") });
const { cases } = readCaseFiles([`${dir}cases`], { relativeTo: dir });
const byFile = (file: string) => cases.find((c) => c.file === `cases/${file}.json`) as TestCase;
// 04: 3,500.00 left of the annual limit, all on L1; three ANNUAL_LIMIT reasons.
const annualLimit = byFile("04-annual-limit-reached");

describe("runCase: what a case checks, and the diff when it fails", () => {
  const expectations: { name: string; expect: CaseExpectation; diff: string }[] = [
    { name: "outcome, payable, lines, coverages, reasons as given", expect: annualLimit.expect, diff: "" },
    {
      name: "amounts compare as decimals",
      expect: { outcome: "partially_approved", payable: "3500", lines: { L1: "3500.0", L2: "0" }, coverages: { "inpatient-medical": "3500" } },
      diff: "",
    },
    { name: "a wrong outcome", expect: { outcome: "approved" }, diff: "outcome\n  - expected  approved\n  + actual    partially_approved" },
    { name: "a wrong payable", expect: { outcome: "partially_approved", payable: "3600.00" }, diff: "payable\n  - expected  3600.00\n  + actual    3500.00" },
    { name: "a wrong line amount", expect: { outcome: "partially_approved", lines: { L2: "10.00" } }, diff: "lines.L2\n  - expected  10.00\n  + actual    0.00" },
    {
      name: "a line the claim does not have",
      expect: { outcome: "partially_approved", lines: { L9: "1.00" } },
      diff: 'lines.L9\n  - expected  1.00\n  + actual    (no line "L9" in the decision; it has L1, L2, L3)',
    },
    { name: "a coverage amount", expect: { outcome: "partially_approved", coverages: { "inpatient-medical": "1.00" } }, diff: "coverages.inpatient-medical\n  - expected  1.00\n  + actual    3500.00" },
    {
      name: "reasons are counted: one expected per occurrence",
      expect: { outcome: "partially_approved", reasons: ["ANNUAL_LIMIT", "PER_CLAIM_LIMIT"] },
      diff: "reasons\n  - PER_CLAIM_LIMIT  expected, not in the decision\n  + ANNUAL_LIMIT     in the decision, not expected\n  + ANNUAL_LIMIT     in the decision, not expected",
    },
    { name: "a flag that was not raised", expect: { outcome: "partially_approved", flags: ["LATE_REPORT"] }, diff: "flags\n  - LATE_REPORT  expected, not in the decision" },
    { name: "triggered rules as a set", expect: { outcome: "partially_approved", triggeredRules: ["large-claim-5.4"] }, diff: "triggeredRules\n  - large-claim-5.4  expected, not in the decision" },
    { name: "missing documents", expect: { outcome: "partially_approved", missingDocuments: ["invoice"] }, diff: "missingDocuments\n  - invoice  expected, not in the decision" },
  ];

  test.each(expectations)("$name", async ({ expect: expectation, diff }) => {
    const result = await runCase(adjudicator, { ...annualLimit, expect: expectation });
    expect(result.status).toBe(diff === "" ? "passed" : "failed");
    const text = formatCaseResult(result);
    if (diff === "") expect(text).toBe(`✓ ${annualLimit.name}`);
    else expect(text).toBe(`✗ ${annualLimit.name}  (cases/04-annual-limit-reached.json)\n${diff.replace(/^/gm, "    ")}`);
  });

  test("a claim the adjudicator rejects is an error that points into the claim file", async () => {
    const claim = structuredClone(annualLimit.claim) as { lines: { amount: unknown }[] };
    (claim.lines[1] as { amount: unknown }).amount = 5000;
    const broken = { ...annualLimit, claim };
    const result = await runCase(adjudicator, broken);
    expect(result.status).toBe("error");
    expect(formatCaseResult(result)).toMatch(/^✗ .*\n {4}cannot run the case: Invalid claim or options: 1 problem\n {6}claims\/04-annual-limit-reached\.json: lines\[1\]\.amount: must be a decimal string such as "1234\.50" \(not a JSON number\)$/);
  });
});

/** Every example product: a folder of examples/ with a policy, a rule set and case files. */
const examplesRoot = new URL("../../examples/", import.meta.url).pathname;
const products = readdirSync(examplesRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`${examplesRoot}${entry.name}/policy.json`))
  .map((entry) => entry.name)
  .sort();

describe("runCases and rule coverage", () => {
  test.each(products)("the %s example suite passes and fires every rule", async (product) => {
    const folder = `${examplesRoot}${product}/`;
    const suite = readCaseFiles([`${folder}cases`], { relativeTo: folder });
    expect(suite.problems).toEqual([]);
    const run = await runCases(createAdjudicator({ policy: JSON.parse(readFileSync(`${folder}policy.json`, "utf8")), rules: JSON.parse(readFileSync(`${folder}rules.json`, "utf8")) }), suite.cases);
    const notPassed = run.results.filter((result) => result.status !== "passed").map((result) => formatCaseResult(result));
    expect(notPassed).toEqual([]);
    expect(run.coverage.rules.filter((rule) => rule.firedIn.length === 0).map((rule) => rule.ruleId)).toEqual([]);
  });

  test("on the medical examples, every condition is also seen both true and false", async () => {
    const run = await runCases(adjudicator, cases);
    expect(run.coverage.summary.conditionsBothWays).toBe(run.coverage.summary.conditions);
  });

  test("coverage counts each evaluation: claim rules once per case, item rules once per line", async () => {
    const run = await runCases(adjudicator, [byFile("05-denied-waiting-period"), byFile("09-partial-items-excluded")]);
    const rule = (id: string) => run.coverage.rules.find((entry) => entry.ruleId === id);
    expect(rule("waiting-period-3.1")).toMatchObject({
      firedIn: ["Illness on day 19 of a 30-day waiting period"],
      conditions: [
        { path: "all[0]", fact: "incidentType", timesTrue: 2, timesFalse: 0, timesNotEvaluated: 0 },
        { path: "all[1]", fact: "waitingPeriodPassed", timesTrue: 1, timesFalse: 1, timesNotEvaluated: 0 },
      ],
    });
    // 05 has 4 lines, 09 has 6: two of 09's are supplements and a carer.
    expect(rule("non-medical-items-4.4")?.conditions[0]).toMatchObject({ factPath: "$.category", timesTrue: 2, timesFalse: 8 });
    const fired = ["waiting-period-3.1", "non-medical-items-4.4", "before-incident-4.4", "late-report-5.1"];
    expect(run.coverage.rules.filter((entry) => entry.firedIn.length > 0).map((entry) => entry.ruleId)).toEqual(fired);
    const { summary } = run.coverage;
    const table = formatRuleCoverage(run.coverage);
    // Fired: waiting period (05); non-medical items, before the incident, late report (09). Seen both ways: the waiting
    // period passed or not, a line's category, its days from the incident, the report delay.
    expect(table.split("\n")[0]).toBe(`Rule coverage: 4 of ${summary.rules} rules fired, 4 of ${summary.conditions} conditions both true and false, over 2 cases`);
    expect(table).toMatch(/^✗ {2}self-harm-4\.3 +0\/2 +all\[0\] diagnosisCodes startsWithAny \["X6",/m);
    // incidentType was only ever "illness": marked ~.
    expect(table).toMatch(/^~ {2}waiting-period-3\.1 +1\/2 +all\[0\] incidentType equal "illness" +2 +0 +0$/m);
    const neverFired = adjudicator.ruleSet.rules.map((entry) => entry.id).filter((id) => !fired.includes(id));
    expect(table).toContain(`✗ never fired: ${neverFired.join(", ")}`);
  });
});

describe("runCases: an exception that is not a typed error (a bug) fails its case, not the run", () => {
  // An adjudicator that breaks on one claim, as a bug in the core would.
  const breaksOn = (claimId: string) => ({
    ...adjudicator,
    adjudicate: (claim: unknown, options: Parameters<typeof adjudicator.adjudicate>[1]) =>
      (claim as { id?: string }).id === claimId ? Promise.reject(new TypeError("Cannot read properties of undefined (reading 'amount')")) : adjudicator.adjudicate(claim, options),
  });

  test("the case is an internal error with the exception's name and message; the cases after it run", async () => {
    const first = byFile("04-annual-limit-reached");
    const second = byFile("05-denied-waiting-period");
    const run = await runCases(breaksOn((first.claim as { id: string }).id), [first, second]);
    expect(run.results.map((result) => result.status)).toEqual(["error", "passed"]);
    expect(run.results[0]).toMatchObject({ status: "error", internal: true, issues: [], message: "internal error, please report it: TypeError: Cannot read properties of undefined (reading 'amount')" });
    expect({ passed: run.passed, errors: run.errors }).toEqual({ passed: 1, errors: 1 });
  });
});
