import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";
import { stringify } from "yaml";
import { generateJsonSchema, type JsonSchemaName } from "../../src/json-schema/generate-json-schemas.js";
import { DecisionSchema } from "../../src/decision/decision-schema.js";
import { cliPath, positionOf, removeCli, runCli, workspace } from "./cli-harness.js";

// Each test spawns node once or twice; on a busy 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const ws = workspace();
afterAll(async () => {
  ws.remove();
  await removeCli();
});

const claim02 = ws.read("claims/02-deductible-partly-reached.json");
const claim05 = ws.read("claims/05-denied-waiting-period.json");
ws.write("claim-02.json", claim02);
ws.write("claim-05.yaml", stringify(claim05));
ws.write("case-02.json", { name: "deductible", claim: "claim-02.json", asOf: "2026-05-28", expect: { outcome: "approved" } });
const badClaim = structuredClone(claim02);
badClaim.lines[1].amount = 6200;
const badText = readFileSync(ws.write("bad-claim.json", badClaim), "utf8");
const local = ["--policy", "policy.json", "--rules", "rules.json"];

describe("claim-adjudicator adjudicate", () => {
  test("a claim file: the explained decision in both languages, exit 0", async () => {
    const run = await runCli(["adjudicate", ...local, "claim-02.json", "--as-of", "2026-05-28"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    // 28,000.00 billed − 15,000.00 social insurance − 10,000.00 deductible = 3,000.00 (see the medical examples).
    expect(run.stdout.split("\n")[0]).toBe("CLM-2026-0525-0007: approved, payable CNY 3000.00 of 28000.00");
    expect(run.stdout).toContain("Claim CLM-2026-0525-0007 is approved.");
    expect(run.stdout).toContain("理赔申请 CLM-2026-0525-0007：同意赔付。");
    expect(run.stderr).toBe("");
  });

  test("--locale en and a case file that brings its own date", async () => {
    const run = await runCli(["adjudicate", ...local, "case-02.json", "--locale", "en"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Claim CLM-2026-0525-0007 is approved.");
    expect(run.stdout).not.toContain("理赔申请");
  });

  test("--json: the decision itself, valid against DecisionSchema", async () => {
    const run = await runCli(["adjudicate", ...local, "claim-02.json", "--as-of", "2026-05-28", "--json"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    const decision = DecisionSchema.parse(JSON.parse(run.stdout));
    expect({ outcome: decision.outcome, payable: decision.payable }).toEqual({ outcome: "approved", payable: "3000.00" });
  });

  test("a YAML claim; rules that fired are listed with their evidence", async () => {
    const run = await runCli(["adjudicate", ...local, "claim-05.yaml", "--as-of", "2026-04-02", "--locale", "en"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(/^CLM-\S+: denied, payable CNY 0\.00 of /);
    expect(run.stdout).toMatch(/^ {2}waiting-period-3\.1 → deny WAITING_PERIOD \[clause 3\.1\]: incidentType equal "illness" \(was "illness"\); waitingPeriodPassed equal false \(was false\)$/m);
  });

  test("NDJSON on stdin: one decision per line; a bad line is reported and the rest adjudicated; exit 1", async () => {
    const stdin = `${JSON.stringify({ claim: claim02, asOf: "2026-05-28" })}\nnot json\n${JSON.stringify(claim05)}\n`;
    const run = await runCli(["adjudicate", ...local, "-", "--as-of", "2026-04-02", "--json"], { cwd: ws.dir, stdin });
    expect(run.code).toBe(1);
    const decisions = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(decisions.map((d: { claimId: string; outcome: string }) => [d.claimId, d.outcome])).toEqual([
      [claim02.id, "approved"],
      [claim05.id, "denied"],
    ]);
    expect(run.stderr.split("\n")).toEqual([
      'stdin:2:2: error: invalid JSON: unexpected "o"',
      "Adjudicated 2 of 3 claims: 1 approved, 1 denied; 1 rejected; payable CNY 3000.00",
      "",
    ]);
  });

  test("several claim files: each decision, then a summary on stderr (outcomes, rejected, total payable); exit 0", async () => {
    const run = await runCli(["adjudicate", ...local, "claim-02.json", "case-02.json", "claim-05.yaml", "--as-of", "2026-05-28", "--locale", "en"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").filter((line) => /^CLM-/.test(line))).toEqual([
      "CLM-2026-0525-0007: approved, payable CNY 3000.00 of 28000.00",
      "CLM-2026-0525-0007: approved, payable CNY 3000.00 of 28000.00",
      expect.stringMatching(/^CLM-\S+: denied, payable CNY 0\.00 of /),
    ]);
    expect(run.stderr).toBe("Adjudicated 3 of 3 claims: 2 approved, 1 denied; 0 rejected; payable CNY 6000.00\n");
  });

  // `script` gives the CLI a terminal, as a user at a prompt has; the decisions go to a file.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  test.skipIf(!hasScript)("many claims, decisions to a file, on a terminal: a progress bar on stderr, then the summary", async () => {
    ws.write("many.ndjson", `${Array.from({ length: 40 }, () => JSON.stringify({ claim: claim02, asOf: "2026-05-28" })).join("\n")}\n`);
    const cli = await cliPath();
    // `script` prints what the terminal showed; the exit code of the command is not its own.
    const command = (args: string) => spawnSync("script", ["-qec", `"${process.execPath}" "${cli}" adjudicate ${local.join(" ")} ${args}`, "/dev/null"], { cwd: ws.dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", COLUMNS: "120" } }).stdout;
    const fromStdin = command("- --json < many.ndjson > decisions.ndjson");
    expect(fromStdin).toMatch(/\d+ claims adjudicated, 0 rejected/);
    expect(fromStdin).toContain("Adjudicated 40 of 40 claims: 40 approved; 0 rejected; payable CNY 120000.00");
    expect(readFileSync(join(ws.dir, "decisions.ndjson"), "utf8").trimEnd().split("\n")).toHaveLength(40);
    const fromFiles = command("claim-02.json case-02.json bad-claim.json --as-of 2026-05-28 > decisions.txt");
    expect(fromFiles).toMatch(/\d\/3 claims \| [01] rejected/);
    const quiet = command("claim-02.json case-02.json --as-of 2026-05-28 --no-progress > decisions.txt");
    expect(quiet).not.toMatch(/claims \|/);
  });

  test("a claim the adjudicator rejects: its problems with the claim file, line and path; exit 1", async () => {
    const run = await runCli(["adjudicate", ...local, "bad-claim.json", "--as-of", "2026-05-28"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    const at = positionOf(badText, "6200");
    expect(run.stderr.split("\n")).toEqual([
      "bad-claim.json: claim rejected: Invalid claim or options: 1 problem",
      `bad-claim.json:${at.line}:${at.column}: error: lines[1].amount: must be a decimal string such as "1234.50" (not a JSON number) [invalid_input]`,
      "1 claim could not be adjudicated",
      "",
    ]);
    expect(run.stdout).toBe("");
  });

  test("an asOf before the submission is reported against --as-of", async () => {
    const run = await runCli(["adjudicate", ...local, "claim-02.json", "--as-of", "2026-01-01"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^--as-of: error: asOf 2026-01-01 is before the claim was submitted/m);
  });

  test.each([
    { name: "no decision date", args: ["adjudicate", ...local, "claim-02.json"], code: 1, says: 'claim-02.json: error: no decision date: give --as-of YYYY-MM-DD (or "submitted"), or adjudicate a case file that has "asOf"' },
    { name: "a locale that does not exist", args: ["adjudicate", ...local, "claim-02.json", "--locale", "fr"], code: 2, says: "error: option '--locale <locale>' argument 'fr' is invalid. Allowed choices are zh, en." },
    { name: "a claim file that does not exist", args: ["adjudicate", ...local, "nope.json", "--as-of", "2026-05-28"], code: 2, says: "error: claim file not found: nope.json" },
  ])("$name: exit $code", async ({ args, code, says }) => {
    const run = await runCli(args, { cwd: ws.dir });
    expect(run.code).toBe(code);
    expect(run.stderr.split("\n")[0]).toBe(says);
  });
});

describe("claim-adjudicator schema", () => {
  test.each([
    ["rule-set", "claim-adjudicator rule set"],
    ["rules", "claim-adjudicator rule set"],
    ["policy", "claim-adjudicator policy"],
    ["case-file", "claim-adjudicator case file"],
    ["ledger", "claim-adjudicator ledger"],
    ["decision", "claim-adjudicator decision"],
  ])("prints the %s schema", async (name, title) => {
    const run = await runCli(["schema", name]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).title).toBe(title);
    // What `npm run schemas` writes to schemas/ (tests/json-schema checks the shipped files against it).
    expect(run.stdout).toBe(`${JSON.stringify(generateJsonSchema((name === "rules" ? "rule-set" : name) as JsonSchemaName), null, 2)}\n`);
  });

  test("--list names them; an unknown name is a usage error", async () => {
    expect((await runCli(["schema", "--list"])).stdout).toBe("policy\nrule-set\nclaim\ncase-file\ndecision\nledger\n");
    const run = await runCli(["schema", "rule"]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe('error: no schema "rule": the schemas are policy, rule-set, claim, case-file, decision, ledger');
  });

  test("--out-dir writes every schema", async () => {
    const run = await runCli(["schema", "--out-dir", "out"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").filter(Boolean)).toEqual(["policy", "rule-set", "claim", "case-file", "decision", "ledger"].map((name) => `wrote ${join("out", `${name}.schema.json`)}`));
    expect(JSON.parse(readFileSync(join(ws.dir, "out", "claim.schema.json"), "utf8")).title).toBe("claim-adjudicator claim");
  });
});

describe("help, version and mistakes", () => {
  test.each(["validate", "test", "diff", "adjudicate", "schema"])("claim-adjudicator %s --help", async (command) => {
    const run = await runCli([command, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: claim-adjudicator ${command} \\[options\\]`));
    expect(run.stdout).toContain("Options:");
  });

  test("--help lists the commands and the exit codes; no arguments prints it and exits 2", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["validate", "test", "diff", "adjudicate", "schema"]) expect(help.stdout).toMatch(new RegExp(`^ {2}${command} `, "m"));
    expect(help.stdout).toContain("Exit codes: 0 done and clean; 1 the inputs have problems");
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toMatch(/^Usage: claim-adjudicator/);
  });

  test("--version prints the library version", async () => {
    const { LIBRARY_VERSION } = await import("../../src/version.js");
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: `${LIBRARY_VERSION}\n`, stderr: "" });
  });

  test("an unknown command: exit 2, on stderr", async () => {
    const run = await runCli(["lint", "rules.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: unknown command 'lint'/);
    expect(run.stdout).toBe("");
  });
});
