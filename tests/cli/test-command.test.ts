import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";
import { EXAMPLES, positionOf, removeCli, runCli, workspace } from "./cli-harness.js";

// Each test spawns node once or twice; on a busy 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const ws = workspace();
afterAll(async () => {
  ws.remove();
  await removeCli();
});

const exampleClaim = (name: string) => ws.read(`claims/${name}.json`);
ws.write("claims/04.json", exampleClaim("04-annual-limit-reached"));
ws.write("claims/05.json", exampleClaim("05-denied-waiting-period"));
const accumulators = { coverages: { "inpatient-medical": { deductibleUsed: "10000.00", paid: "2996500.00" } } };
// 04: 3,500.00 left of the annual limit. The author expected 3,600.00 and a per-claim limit.
ws.write("cases/a-limit.json", { name: "annual limit", claim: "../claims/04.json", asOf: "2026-09-18", accumulators, expect: { outcome: "partially_approved", payable: "3600.00", reasons: ["PER_CLAIM_LIMIT"] } });
ws.write("cases/b-waiting.yaml", "name: waiting period, in YAML\nclaim: ../claims/05.json\nasOf: '2026-04-02'\nexpect:\n  outcome: denied\n  payable: '0'\n  triggeredRules: [waiting-period-3.1]\n");
const invalidCase = ws.write("cases/c-invalid.json", { name: "typo", claim: "../claims/05.json", asOf: "2026-04-02", expect: { outcome: "deny" } });
ws.write("passing/b-waiting.yaml", readFileSync(join(ws.dir, "cases/b-waiting.yaml"), "utf8"));

const medical = ["--policy", join(EXAMPLES, "policy.json"), "--rules", join(EXAMPLES, "rules.json")];
const local = ["--policy", "policy.json", "--rules", "rules.json"];

describe("claim-adjudicator test", () => {
  test("the example suite: every case passes, exit 0", async () => {
    const run = await runCli(["test", join(EXAMPLES, "cases"), ...medical]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    const cases = lines.filter((line) => line.startsWith("✓ ")).length;
    expect(cases).toBeGreaterThanOrEqual(15);
    expect(lines.at(-1)).toBe(`${cases} of ${cases} cases passed`);
    expect(run.stderr).toBe("");
  });

  test("a failing case prints a diff; a case file that is not valid is reported with its path; exit 1", async () => {
    const run = await runCli(["test", "cases", ...local], { cwd: ws.dir });
    expect(run.code).toBe(1);
    const outcome = positionOf(readFileSync(invalidCase, "utf8"), '"deny"');
    expect(run.stdout).toBe(
      [
        `✗ annual limit  (${join("cases", "a-limit.json")})`,
        "    payable",
        "      - expected  3600.00",
        "      + actual    3500.00",
        "    reasons",
        "      - PER_CLAIM_LIMIT  expected, not in the decision",
        "      + ANNUAL_LIMIT     in the decision, not expected",
        "      + ANNUAL_LIMIT     in the decision, not expected",
        "      + ANNUAL_LIMIT     in the decision, not expected",
        "✓ waiting period, in YAML",
        `✗ ${join("cases", "c-invalid.json")}:${outcome.line}:${outcome.column}: error: expect.outcome: Invalid option: expected one of "approved"|"partially_approved"|"denied"|"pending_documents"|"referred" Did you mean "denied"?`,
        "",
        "1 of 3 cases passed, 2 did not (1 failed, 1 could not run)",
        "",
      ].join("\n"),
    );
  });

  test("a case file with two problems is one case that could not run: three files, three cases", async () => {
    ws.write("three/a-limit.json", readFileSync(join(ws.dir, "cases/a-limit.json"), "utf8"));
    ws.write("three/b-waiting.yaml", readFileSync(join(ws.dir, "cases/b-waiting.yaml"), "utf8"));
    const text = readFileSync(ws.write("three/c-two-problems.json", { name: "two typos", claim: "../claims/05.json", asOf: "2026-04-02", expect: { outcome: "deny", payables: "0" } }), "utf8");
    const run = await runCli(["test", "three", ...local], { cwd: ws.dir });
    expect(run.code).toBe(1);
    const outcome = positionOf(text, '"deny"');
    const payables = positionOf(text, '"payables": "0"');
    payables.column += '"payables": '.length; // a path is located at its value
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.filter((line) => line.startsWith(`✗ ${join("three", "c-two-problems.json")}`))).toEqual([
      `✗ ${join("three", "c-two-problems.json")}:${outcome.line}:${outcome.column}: error: expect.outcome: Invalid option: expected one of "approved"|"partially_approved"|"denied"|"pending_documents"|"referred" Did you mean "denied"?`,
      `✗ ${join("three", "c-two-problems.json")}:${payables.line}:${payables.column}: error: expect.payables: unknown key "payables": remove it or fix its spelling. Did you mean "payable"?`,
    ]);
    expect(lines.at(-1)).toBe("1 of 3 cases passed, 2 did not (1 failed, 1 could not run)");
    const json = JSON.parse((await runCli(["test", "three", ...local, "--json"], { cwd: ws.dir })).stdout);
    expect({ passed: json.passed, failed: json.failed, errors: json.errors, problems: json.problems.length }).toEqual({ passed: 1, failed: 1, errors: 1, problems: 2 });
  });

  test("--coverage prints the table; --coverage-json writes it", async () => {
    const run = await runCli(["test", "passing", ...local, "--coverage", "--coverage-json", "coverage.json"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    // One claim can make a claim rule's comparison true or false, not both.
    expect(run.stdout).toMatch(/^Rule coverage: 1 of \d+ rules fired, 0 of \d+ conditions both true and false, over 1 cases$/m);
    expect(run.stdout).toMatch(/^~ {2}waiting-period-3\.1 +1\/1 +all\[0\] incidentType equal "illness" +1 +0 +0$/m);
    const coverage = JSON.parse(readFileSync(join(ws.dir, "coverage.json"), "utf8"));
    expect(coverage.rules.find((rule: { ruleId: string }) => rule.ruleId === "waiting-period-3.1")).toMatchObject({ firedIn: ["waiting period, in YAML"] });
    expect(coverage.summary.rulesFired).toBe(1);
  });

  test("--require-full-coverage fails when a rule never fired", async () => {
    const run = await runCli(["test", "passing", ...local, "--require-full-coverage"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^--require-full-coverage: \d+ rules never fired: not-in-force-1\.4, /);
    const full = await runCli(["test", join(EXAMPLES, "cases"), ...medical, "--require-full-coverage"]);
    expect(full.code).toBe(0);
  });

  test("--json: results and coverage as JSON", async () => {
    const run = await runCli(["test", "cases", ...local, "--json"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect({ passed: report.passed, failed: report.failed, errors: report.errors }).toEqual({ passed: 1, failed: 1, errors: 1 });
    expect(report.results[0].mismatches[0]).toEqual({ kind: "value", field: "payable", expected: "3600.00", actual: "3500.00" });
    expect(report.problems[0]).toMatchObject({ file: join("cases", "c-invalid.json"), path: "expect.outcome" });
  });

  test("an invalid rule set: its problems with file, line and path, exit 1", async () => {
    const rules = ws.read("rules.json");
    rules.rules[0].conditions.all[0].operator = "equals";
    const text = readFileSync(ws.write("bad-rules.json", rules), "utf8");
    const run = await runCli(["test", "passing", "--policy", "policy.json", "--rules", "bad-rules.json"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    const at = positionOf(text, '"equals"');
    expect(run.stderr.split("\n")[0]).toBe(`bad-rules.json:${at.line}:${at.column}: error: rules[0].conditions.all[0].operator: operator "equals" is not supported. Did you mean "equal"? [unknown_operator]`);
    expect(run.stderr).toContain('"claim-adjudicator validate bad-rules.json --policy policy.json" lists every problem and warning');
  });

  test.each([
    { name: "no --rules", args: ["test", "cases", "--policy", "policy.json"], says: "error: test needs --rules <file>" },
    { name: "a cases folder that does not exist", args: ["test", "nowhere", ...local], says: "error: no such case file or folder: nowhere" },
    { name: "a policy file that does not exist", args: ["test", "cases", "--policy", "nope.json", "--rules", "rules.json"], says: "error: policy file not found: nope.json" },
  ])("usage error, exit 2: $name", async ({ args, says }) => {
    const run = await runCli(args, { cwd: ws.dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(says);
  });
});
