import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";
import { positionOf, removeCli, runCli, workspace } from "./cli-harness.js";

// Each test spawns node once or twice; on a busy 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const ws = workspace();
afterAll(async () => {
  ws.remove();
  await removeCli();
});

const rules = ws.read("rules.json");
const policy = ws.read("policy.json");

/** Where a rule of the example set is, by id. */
const at = (id: string): number => (rules.rules as { id: string }[]).findIndex((entry) => entry.id === id);
const waiting = at("waiting-period-3.1");
const late = at("late-report-5.1");
const early = at("early-claim-5.4");

// One rule set with two errors and a warning, written as a user's file.
const broken = structuredClone(rules);
broken.rules[waiting].conditions.all[0].fact = "incidentTyp";
broken.rules[late].conditions.all.push({ fact: "reportDelayDays", operator: "lessThan", value: 5 });
broken.rules[early].event.message.zh = "Early claim.";
const brokenText = readFileSync(ws.write("broken-rules.json", broken), "utf8");
const warningsOnly = structuredClone(rules);
warningsOnly.rules[early].event.message.zh = "Early claim.";
ws.write("warning-rules.json", warningsOnly);
ws.write("bad-syntax.json", '{\n  "id": "RS",\n  "rules": [,]\n}\n');
const badPolicy = structuredClone(policy);
badPolicy.coverages[0].annualLimit = "5000.00";
badPolicy.coverages[0].ratio.not_used = "6";
ws.write("bad-policy.json", badPolicy);
ws.write("rules.yaml", "id: RS-YAML\nversion: '1'\nrules:\n  - id: late\n    clauseId: '5.1'\n    conditions:\n      all:\n        - fact: reportDelayDays\n          operator: greaterThen\n          value: 10\n    event:\n      type: flag\n      severity: low\n      reasonCode: LATE\n      message: { zh: 迟报, en: Late }\n");

describe("claim-adjudicator validate", () => {
  test("clean files: exit 0, a line per file on stdout, nothing on stderr", async () => {
    const run = await runCli(["validate", "rules.json", "--policy", "policy.json"], { cwd: ws.dir });
    expect(run).toEqual({ code: 0, stdout: "✓ policy.json: no problems\n✓ rules.json: no problems\n", stderr: "" });
  });

  test("errors: exit 1; each on stderr with file, line, column, JSON path, severity, fix and code", async () => {
    const run = await runCli(["validate", "broken-rules.json", "--policy", "policy.json"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    const fact = positionOf(brokenText, '"incidentTyp"');
    // The comparison added to late-report-5.1 is the second one on reportDelayDays; its object opens the line before.
    const lines = brokenText.split("\n");
    const added = lines.map((line, i) => (line.includes('"reportDelayDays"') ? i : -1)).filter((i) => i >= 0)[1] as number;
    const brace = { line: added, column: (lines[added - 1] ?? "").indexOf("{") + 1 };
    const zh = positionOf(brokenText, '"Early claim."');
    expect(run.stderr.split("\n")).toEqual([
      `broken-rules.json:${fact.line}:${fact.column}: error: rules[${waiting}].conditions.all[0].fact: fact "incidentTyp" is not in the fact catalogue. Did you mean "incidentType"? [unknown_fact]`,
      `broken-rules.json:${brace.line}:${brace.column}: error: rules[${late}].conditions.all[1]: rule "late-report-5.1" can never apply: \`reportDelayDays greaterThan 10\` (all[0]) and \`reportDelayDays lessThan 5\` (all[1]) can never hold together. Fix the values, or use "any" where either comparison should do [unsatisfiable_condition]`,
      `broken-rules.json:${zh.line}:${zh.column}: warning: rules[${early}].event.message.zh: the message of reason EARLY_CLAIM in Chinese has no Chinese character ("Early claim."): translate it, claimants read it [reason_message]`,
      "2 errors, 1 warning in 2 files (fix the errors)",
      "",
    ]);
    expect(run.stdout).toBe("✓ policy.json: no problems\n");
  });

  test("warnings alone: exit 0, or 1 with --strict", async () => {
    const lenient = await runCli(["validate", "warning-rules.json"], { cwd: ws.dir });
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(new RegExp(`warning: rules\\[${early}\\]\\.event\\.message\\.zh: .*\\n0 errors, 1 warning in 1 file \\(warnings do not fail without --strict\\)\\n$`));
    const strict = await runCli(["validate", "warning-rules.json", "--strict"], { cwd: ws.dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/\(--strict: warnings fail\)\n$/);
  });

  test("a policy alone, with its own problems", async () => {
    const run = await runCli(["validate", "--policy", "bad-policy.json"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bad-policy\.json:\d+:\d+: error: coverages\[0\]\.ratio\.not_used: must be a decimal string between "0" and "1", e\.g\. "0\.6" for 60% \[invalid_input\]$/m);
    expect(run.stderr).toMatch(/^bad-policy\.json:\d+:\d+: warning: coverages\[0\]\.annualLimit: annualLimit 5000\.00 is below annualDeductible 10000\.00: check that the two figures are not swapped \[limit_below_deductible\]$/m);
  });

  test("a file that is not JSON: its line and column, exit 1", async () => {
    const run = await runCli(["validate", "bad-syntax.json"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bad-syntax\.json:3:\d+: error: invalid JSON: /);
  });

  test("YAML rule sets are read too", async () => {
    const run = await runCli(["validate", "rules.yaml"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^rules\.yaml:9:21: error: rules\[0\]\.conditions\.all\[0\]\.operator: operator "greaterThen" is not supported\. Did you mean "greaterThan"\? \[unknown_operator\]$/m);
  });

  test("--json: the report on stdout, with positions", async () => {
    const run = await runCli(["validate", "broken-rules.json", "--policy", "policy.json", "--json"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ valid: false, errors: 2, warnings: 1 });
    expect(report.files.map((file: { file: string; kind: string; valid: boolean }) => [file.file, file.kind, file.valid])).toEqual([
      ["policy.json", "policy", true],
      ["broken-rules.json", "rule-set", false],
    ]);
    expect(report.files[1].issues[0]).toEqual({
      code: "unknown_fact",
      severity: "error",
      path: ["rules", waiting, "conditions", "all", 0, "fact"],
      message: 'fact "incidentTyp" is not in the fact catalogue. Did you mean "incidentType"?',
      ...positionOf(brokenText, '"incidentTyp"'),
    });
  });

  const usage = [
    { name: "nothing to validate", args: ["validate"], says: "error: give a rule set file to validate, or --policy <file>, or both" },
    { name: "a file that does not exist", args: ["validate", "nope.json"], says: "error: rule set file not found: nope.json" },
    { name: "an unknown option", args: ["validate", "rules.json", "--polcy", "policy.json"], says: "error: unknown option '--polcy'" },
  ];
  test.each(usage)("usage error, exit 2: $name", async ({ args, says }) => {
    const run = await runCli(args, { cwd: ws.dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toMatch(new RegExp(`^${says.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    expect(run.stdout).toBe("");
  });

  test("the example files validate from the repository root", async () => {
    const run = await runCli(["validate", join("examples", "medical", "rules.json"), "--policy", join("examples", "medical", "policy.json"), "--strict"]);
    expect(run.code).toBe(0);
  });
});
