import { join } from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";
import { readCaseFiles } from "../../../src/testing/read-case-files.js";
import { EXAMPLES, removeCli, runCli, workspace } from "../cli-harness.js";

// Each test spawns node; on a busy 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 60_000 });

/*
 * `--operations` on `test` and `diff`, as on `adjudicate` (`batch`: tests/store/batch-operations.test.ts). Worked from
 * examples/medical/operations.json:
 * - Case 04 (CLM-2026-0915-0204, billed 48,000.00, 3,500.00 left of the annual limit): red flags "early-claim" (the
 *   incident within the first 60 days of cover, 15 points) and "just-under-threshold" (48,000.00 billed is within 5%
 *   under the 50,000.00 limit of automatic settlement: 47,500.00 ≤ 48,000.00 < 50,000.00, 10 points): score 25, below
 *   the medium band's 30, so "low". No routing rule holds and a partial approval of 3,500.00 is within the system's
 *   authority: straight through. Sampling: segment "partial-approvals" at 20%, draw 0.729443 ≥ 0.2: not sampled.
 * - Case 05 (CLM-2026-0330-0002, denied in the waiting period): "early-claim" only, score 15, low. A denial needs
 *   level L2 ("denialsRequire") and no routing rule names a queue: the default queue, claims_review.
 * - diff against v2, which adds a high-severity flag on more than 15,000.00 billed: the "high-rule-flags" indicator
 *   adds 10 points to every claim billed above it. Case 04 goes 25 → 35, medium: the "medium-risk" routing rule sends
 *   it to claims_review, and 3,500.00 partially approved is within level L1's 50,000.00.
 */
const ws = workspace();
afterAll(async () => {
  ws.remove();
  await removeCli();
});

const operations = ws.read("operations.json");
ws.write("operations.json", operations);
ws.write("bad-operations.json", { ...operations, currency: "USD" });
ws.write("claims/04.json", ws.read("claims/04-annual-limit-reached.json"));
ws.write("claims/05.json", ws.read("claims/05-denied-waiting-period.json"));
const accumulators = { coverages: { "inpatient-medical": { deductibleUsed: "10000.00", paid: "2996500.00" } } };
ws.write("cases/04.json", {
  name: "annual limit, straight through",
  claim: "../claims/04.json",
  asOf: "2026-09-18",
  accumulators,
  expect: { outcome: "partially_approved", payable: "3500.00", risk: { score: "25", level: "low" }, routing: { straightThrough: true, queue: null, level: null }, sampled: false },
});
ws.write("cases/05.yaml", "name: waiting period, to claims review\nclaim: ../claims/05.json\nasOf: '2026-04-02'\nexpect:\n  outcome: denied\n  risk: { score: '15.0', level: low }\n  routing: { straightThrough: false, queue: claims_review, level: L2 }\n");
// The author expected a medium risk and a level 1 adjuster.
ws.write("wrong/05.json", { name: "waiting period, wrong routing", claim: "../claims/05.json", asOf: "2026-04-02", expect: { outcome: "denied", risk: { level: "medium" }, routing: { level: "L1" } } });

const v2 = ws.read("rules.json");
v2.version = "2026.2.0";
v2.rules.push({
  id: "costly-stay-5.4",
  clauseId: "5.4",
  name: "A costly stay is flagged for review",
  conditions: { all: [{ fact: "totalBilled", operator: "moneyGreaterThan", value: "15000.00" }] },
  event: { type: "flag", severity: "high", reasonCode: "COSTLY_STAY", message: { zh: "申请金额超过 15,000 元。", en: "More than CNY 15,000 was billed." } },
});
ws.write("rules-v2.json", v2);
const cases = readCaseFiles([join(EXAMPLES, "cases")]).cases.filter((c) => /\/0[45]-[^/]+$/.test(c.file ?? ""));
ws.write("claims.ndjson", `${cases.map((c) => JSON.stringify({ claim: c.claim, asOf: c.asOf, ...(c.accumulators !== undefined ? { accumulators: c.accumulators } : {}) })).join("\n")}\n`);

const local = ["--policy", "policy.json", "--rules", "rules.json"];
const diffArgs = ["diff", ...local, "--against", "rules-v2.json", "claims.ndjson"];

describe("claim-adjudicator test --operations", () => {
  test("cases expect risk, routing and sampling; they pass with the configuration; exit 0", async () => {
    const run = await runCli(["test", "cases", ...local, "--operations", "operations.json"], { cwd: ws.dir });
    expect(run.stdout).toBe("✓ annual limit, straight through\n✓ waiting period, to claims review\n\n2 of 2 cases passed\n");
    expect([run.code, run.stderr]).toEqual([0, ""]);
  });

  test("a wrong expectation of risk or routing prints its diff; exit 1", async () => {
    const run = await runCli(["test", "wrong", ...local, "--operations", "operations.json"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        `✗ waiting period, wrong routing  (${join("wrong", "05.json")})`,
        "    risk.level",
        "      - expected  medium",
        "      + actual    low",
        "    routing.level",
        "      - expected  L1",
        "      + actual    L2",
        "",
        "0 of 1 case passed, 1 did not (1 failed, 0 could not run)",
        "",
      ].join("\n"),
    );
  });

  test("without --operations, a case expecting routing fails and says what to give", async () => {
    const run = await runCli(["test", "cases/04.json", ...local], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('    routing.straightThrough\n      - expected  true\n      + actual    (no routing: the decision was made without an operations configuration with "routing"; give it, e.g. --operations operations.json)\n');
    expect(run.stdout).toContain('    risk.score\n      - expected  25\n      + actual    (no risk: the decision was made without an operations configuration with "risk"; give it, e.g. --operations operations.json)\n');
  });

  test("--json: the results of cases run with the configuration", async () => {
    const run = await runCli(["test", "cases", ...local, "--operations", "operations.json", "--json"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { passed: number; results: { status: string }[] };
    expect([report.passed, report.results.map((result) => result.status)]).toEqual([2, ["passed", "passed"]]);
  });
});

describe("claim-adjudicator diff --operations", () => {
  test("routing and risk changes are changes: each claim's risk and route before and after, straight-through counts", async () => {
    const run = await runCli([...diffArgs, "--operations", "operations.json"], { cwd: ws.dir });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("\n2 of 2 compared claims changed\n");
    expect(run.stdout).toContain("\nPayable: before 3500.00, after 3500.00, change 0.00\nStraight through: 1 of 2 before, 0 after\n");
    expect(run.stdout).toMatch(/^ {2}CLM-2026-0915-0204 +partially_approved 3500\.00, risk 25 low, straight through +partially_approved 3500\.00, risk 35 medium, claims_review L1 +0\.00 +\+costly-stay-5\.4$/m);
    expect(run.stdout).toMatch(/^ {2}CLM-2026-0330-0002 +denied 0\.00, risk 15 low, claims_review L2 +denied 0\.00, risk 25 low, claims_review L2 +0\.00 +\+costly-stay-5\.4$/m);
  });

  test("--json: the changes name routing and risk, and each side its risk and routing", async () => {
    const run = await runCli([...diffArgs, "--operations", "operations.json", "--json"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.straightThrough).toEqual({ before: 1, after: 0 });
    expect(report.changedClaims[0]).toMatchObject({
      claimId: "CLM-2026-0915-0204",
      before: { outcome: "partially_approved", payable: "3500.00", risk: "25 low", routing: "straight through" },
      after: { outcome: "partially_approved", payable: "3500.00", risk: "35 medium", routing: "claims_review L1" },
      changes: ["flags", "routing", "risk"],
    });
  });

  test("without --operations the decisions carry neither: no straight-through line, the flag is the only change", async () => {
    const run = await runCli(diffArgs, { cwd: ws.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("Straight through");
    expect(run.stdout).toMatch(/^ {2}CLM-2026-0915-0204 +partially_approved 3500\.00 +partially_approved 3500\.00 +0\.00 +\+costly-stay-5\.4$/m);
  });
});

describe("--operations is read and checked as adjudicate reads it", () => {
  const commands = [
    { command: "test", args: ["test", "cases", ...local] },
    { command: "diff", args: diffArgs },
    { command: "adjudicate", args: ["adjudicate", ...local, "claims/05.json", "--as-of", "2026-04-02"] },
  ];
  test.each(commands)("$command: a configuration that does not fit the policy is reported with file, line and path; exit 1", async ({ args }) => {
    const run = await runCli([...args, "--operations", "bad-operations.json"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bad-operations\.json:\d+:\d+: error: currency: /m);
    expect(run.stderr).toContain("The operations configuration bad-operations.json is not valid for this policy.");
    expect(run.stdout).toBe("");
  });
  test.each(commands)("$command: a file that is not there is a usage error; exit 2", async ({ args }) => {
    const run = await runCli([...args, "--operations", "nope.json"], { cwd: ws.dir });
    expect([run.code, run.stderr.split("\n")[0]]).toEqual([2, "error: operations configuration file not found: nope.json"]);
  });
  test.each(commands)("$command --help names --operations", async ({ command }) => {
    const run = await runCli([command, "--help"]);
    expect(run.stdout).toContain("--operations <file>");
  });
});
