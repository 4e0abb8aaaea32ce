import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";
import { readCaseFiles } from "../../src/testing/read-case-files.js";
import { cliPath, EXAMPLES, removeCli, runCli, workspace } from "./cli-harness.js";

// Each test spawns node once or twice; on a busy 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const ws = workspace();
afterAll(async () => {
  ws.remove();
  await removeCli();
});

// v2: large claims referred above 20,000.00 (not 200,000.00); no late-report flag; accidents in the first 15 days denied.
const v2 = ws.read("rules.json");
v2.version = "2026.2.0";
v2.rules.find((rule: { id: string }) => rule.id === "large-claim-5.4").conditions.all[0].value = "20000.00";
v2.rules = v2.rules.filter((rule: { id: string }) => rule.id !== "late-report-5.1");
v2.rules.push({
  id: "early-accident-5.4",
  clauseId: "5.4",
  conditions: { all: [{ fact: "daysSinceInception", operator: "lessThan", value: 15 }, { fact: "incidentType", operator: "equal", value: "accident" }] },
  event: { type: "deny", reasonCode: "EARLY_ACCIDENT", message: { zh: "保单生效 15 日内的意外不予赔付。", en: "Accidents within 15 days of inception are not covered." } },
});
ws.write("rules-v2.json", v2);

// The first fifteen example cases as a corpus: one envelope per line, and the same claims bare.
const cases = readCaseFiles([join(EXAMPLES, "cases")]).cases.filter((c) => /\/(0\d|1[0-5])-[^/]+$/.test(c.file ?? ""));
const envelopes = cases.map((c) => JSON.stringify({ claim: c.claim, asOf: c.asOf, ...(c.accumulators !== undefined ? { accumulators: c.accumulators } : {}) }));
ws.write("claims.ndjson", `${envelopes.join("\n")}\n`);
ws.write("with-bad-line.ndjson", `${envelopes.slice(0, 2).join("\n")}\n{ not json\n${envelopes[2] ?? ""}\n`);
const bare = cases.filter((c) => c.accumulators === undefined).map((c) => JSON.stringify(c.claim));

const versions = ["--policy", "policy.json", "--rules", "rules.json", "--against", "rules-v2.json"];

describe("claim-adjudicator diff", () => {
  test("the report: counts, outcome matrix, payable, rules responsible, changed claims; exit 0", async () => {
    const run = await runCli(["diff", ...versions, "claims.ndjson"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(""); // not a terminal: no progress bar
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 11)).toEqual([
      "What-if: RS-MED-ANKANG 2026.1.0 → RS-MED-ANKANG 2026.2.0 over 15 claims",
      "4 of 15 compared claims changed",
      "Rules added: early-accident-5.4; removed: late-report-5.1; modified: large-claim-5.4",
      "",
      "Outcomes (rows: before, columns: after)",
      "                      approved  partially_approved  denied  pending_documents  referred",
      "  approved                   2                   0       1                  0         1",
      "  partially_approved         0                   0       0                  0         2",
      "  denied                     0                   0       6                  0         0",
      "  pending_documents          0                   0       0                  1         0",
      "  referred                   0                   0       0                  0         2",
    ]);
    expect(run.stdout).toContain("\nPayable: before 185133.74, after 180933.74, change -4200.00\n");
    expect(run.stdout).toMatch(/^ {2}rule +claims +outcome changes +payable change\n {2}large-claim-5\.4 +3 +3 +0\.00\n {2}early-accident-5\.4 +1 +1 +-4200\.00\n {2}late-report-5\.1 +1 +1 +0\.00$/m);
    expect(run.stdout).toMatch(/^ {2}CLM-2026-\S+ +approved 4200\.00 +denied 0\.00 +-4200\.00 +\+early-accident-5\.4$/m);
  });

  test("--fail-on-change exits 1 when something changed, 0 when nothing did", async () => {
    expect((await runCli(["diff", ...versions, "claims.ndjson", "--fail-on-change"], { cwd: ws.dir })).code).toBe(1);
    expect((await runCli(["diff", "--policy", "policy.json", "--rules", "rules.json", "--against", "rules.json", "claims.ndjson", "--fail-on-change"], { cwd: ws.dir })).code).toBe(0);
  });

  test("--json: the full report", async () => {
    const run = await runCli(["diff", ...versions, "claims.ndjson", "--json", "--limit", "2"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.outcomes.approved).toEqual({ approved: 2, partially_approved: 0, denied: 1, pending_documents: 0, referred: 1 });
    expect({ listed: report.changedClaims.length, notListed: report.changedClaimsNotListed, label: report.changedClaims[0].label }).toEqual({ listed: 2, notListed: 2, label: "claims.ndjson:2" });
  });

  test("bare claims on stdin, as of their submission date", async () => {
    const run = await runCli(["diff", ...versions, "-", "--as-of", "submitted", "--json"], { cwd: ws.dir, stdin: `${bare.join("\n")}\n` });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect({ claims: report.claims, compared: report.compared, failed: report.failed }).toEqual({ claims: bare.length, compared: bare.length, failed: 0 });
  });

  test("a line that is not JSON is reported with its line number; the rest is compared; exit 1", async () => {
    const run = await runCli(["diff", ...versions, "with-bad-line.ndjson"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    // 02 is referred under v2; 01 and 03 do not change.
    expect(run.stdout).toContain("\n1 of 3 compared claims changed; 1 could not be compared\n");
    expect(run.stdout).toMatch(/^Could not be compared\n {2}with-bad-line\.ndjson:3: not valid JSON/m);
  });

  test("bare claims without a decision date cannot be compared, and say so", async () => {
    const run = await runCli(["diff", ...versions, "-"], { cwd: ws.dir, stdin: `${bare[0] ?? ""}\n` });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/stdin:1: no decision date: give --as-of/);
  });

  test.each([
    { name: "no --against", args: ["diff", "--policy", "policy.json", "--rules", "rules.json", "claims.ndjson"], says: "error: diff needs --against <file> (the rule set to compare with)" },
    { name: "no claims", args: ["diff", ...versions], says: "error: diff needs the claims to compare (an NDJSON file, or - for stdin)" },
    { name: "a claims file that does not exist", args: ["diff", ...versions, "nope.ndjson"], says: "error: claims file not found: nope.ndjson" },
    { name: "a bad --as-of", args: ["diff", ...versions, "claims.ndjson", "--as-of", "yesterday"], says: 'error: --as-of must be a date YYYY-MM-DD or "submitted", not "yesterday"' },
  ])("usage error, exit 2: $name", async ({ args, says }) => {
    const run = await runCli(args, { cwd: ws.dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(says);
  });

  // `script` gives the CLI a terminal, as a user at a prompt has.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  test.skipIf(!hasScript)("on a terminal, a progress bar is drawn on stderr", async () => {
    const output = execFileSync("script", ["-qec", `"${process.execPath}" "${await cliPath()}" diff ${versions.join(" ")} claims.ndjson > report.txt`, "/dev/null"], {
      cwd: ws.dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", COLUMNS: "120" },
    });
    expect(output).toMatch(/\d+\/15 claims \| \d+ changed/);
    expect(readFileSync(join(ws.dir, "report.txt"), "utf8")).toMatch(/^What-if: /);
  });
});

const rejected = JSON.stringify({ claim: { ...(cases[0]?.claim as object), policyId: "P-OTHER" }, asOf: cases[0]?.asOf });
// 150 lines (more than the 64 that start the pools), a line that is not JSON and a claim both versions reject among them.
const manyLines = Array.from({ length: 150 }, (_, i) => (i === 70 ? "{ not json" : i === 100 ? rejected : envelopes[i % envelopes.length]));
const manyStdin = `${manyLines.join("\n")}\n`;

// Spawns node, and two pools of worker threads; on a busy 2-core machine that can take seconds.
describe("claim-adjudicator diff --workers", { timeout: 120_000 }, () => {
  test.each([{ mode: "--json" }, { mode: "text" }])("many claims on two pools, one per version: the same report and the same problems, in the same order, as in one thread ($mode)", async ({ mode }) => {
    const args = ["diff", ...versions, "-", ...(mode === "--json" ? ["--json"] : [])];
    const [pooled, single] = await Promise.all([runCli([...args, "--workers", "2"], { cwd: ws.dir, stdin: manyStdin }), runCli([...args, "--workers", "0"], { cwd: ws.dir, stdin: manyStdin })]);
    expect(single.code).toBe(1);
    expect(pooled).toEqual(single);
    expect(pooled.stderr).toMatch(/^stdin:71:\d+: error: /m);
    expect(pooled.stderr).toMatch(/^stdin:101: claim rejected by the current version \(--rules\): /m);
    if (mode === "--json") {
      const report = JSON.parse(pooled.stdout) as { claims: number; compared: number; failed: number; changed: number };
      expect(report).toMatchObject({ claims: 150, compared: 148, failed: 2 });
      expect(report.changed).toBeGreaterThan(0);
    }
  });

  test("--workers must be a whole number", async () => {
    ws.write("corpus.ndjson", manyStdin);
    const run = await runCli(["diff", ...versions, "corpus.ndjson", "--workers", "-1"], { cwd: ws.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--workers must be a whole number of threads (0: none), not "-1"');
  });
});
