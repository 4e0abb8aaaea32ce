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

const good = ws.read("claims/02-deductible-partly-reached.json");
const asOf = "2026-05-28";
ws.write("good.json", good);
const local = ["--policy", "policy.json", "--rules", "rules.json"];

/** The claim with the amount of its second line replaced, and its own id. */
function withAmount(amount: unknown, id: string) {
  const claim = structuredClone(good);
  claim.id = id;
  claim.lines[1].amount = amount;
  return claim;
}

// Amounts that fail the format check. The core once threw a raw DecimalError on them (exit 70, every later claim
// lost); whether the library reports them as a typed error or fails on them, the CLI reports that one claim and
// goes on to the end.
const malformed = ["12,000.00", "abc", "", " 12", "１２"];
malformed.forEach((amount, i) => ws.write(`bad-${i}.json`, withAmount(amount, `CLM-BAD-${i}`)));
const badLine = (amount: unknown, i: number) => JSON.stringify({ claim: withAmount(amount, `CLM-BAD-${i}`), asOf });
const goodLine = JSON.stringify({ claim: good, asOf });
ws.write("corpus.ndjson", `${[goodLine, ...malformed.map(badLine), goodLine].join("\n")}\n`);

/** A claim is reported when a line names its file (or its NDJSON line), then says error. */
const reported = (stderr: string, where: string) => stderr.split("\n").some((line) => line.startsWith(`${where}:`) && /(: error: |: claim rejected)/.test(line));

describe("one bad claim never ends the run", () => {
  test("adjudicate: claim files with malformed amounts are reported; the good one after them is adjudicated; exit 1", async () => {
    const files = [...malformed.map((_, i) => `bad-${i}.json`), "good.json"];
    const run = await runCli(["adjudicate", ...local, ...files, "--as-of", asOf, "--json"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line).claimId)).toEqual([good.id]);
    for (const file of files.slice(0, -1)) expect(reported(run.stderr, file), `${file} in\n${run.stderr}`).toBe(true);
    expect(run.stderr).not.toMatch(/\n {4}at /); // no stack trace
    expect(run.stderr.trimEnd().split("\n").at(-1)).toBe("Adjudicated 1 of 6 claims: 1 approved; 5 rejected; payable CNY 3000.00");
  });

  test("adjudicate: the same on NDJSON from stdin, each bad claim at its line", async () => {
    const run = await runCli(["adjudicate", ...local, "-", "--json"], { cwd: ws.dir, stdin: readFileSync(join(ws.dir, "corpus.ndjson")) });
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line).claimId)).toEqual([good.id, good.id]);
    for (let line = 2; line <= 6; line++) expect(reported(run.stderr, `stdin:${line}`), `stdin:${line} in\n${run.stderr}`).toBe(true);
    expect(run.stderr.trimEnd().split("\n").at(-1)).toBe("Adjudicated 2 of 7 claims: 2 approved; 5 rejected; payable CNY 6000.00");
  });

  test("diff: every claim is compared but the bad ones, which are reported; exit 1", async () => {
    const run = await runCli(["diff", ...local, "--against", "rules.json", "corpus.ndjson", "--json"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect({ claims: report.claims, compared: report.compared, failed: report.failed }).toEqual({ claims: 7, compared: 2, failed: 5 });
    expect(report.failures.map((failure: { label: string }) => failure.label)).toEqual([2, 3, 4, 5, 6].map((line) => `corpus.ndjson:${line}`));
    for (let line = 2; line <= 6; line++) expect(reported(run.stderr, `corpus.ndjson:${line}`), `corpus.ndjson:${line} in\n${run.stderr}`).toBe(true);
  });

  test("test: a case whose claim has a malformed amount is a case that could not run; the others run", async () => {
    malformed.forEach((_, i) => ws.write(`cases/bad-${i}.json`, { name: `bad ${i}`, claim: `../bad-${i}.json`, asOf, expect: { outcome: "approved" } }));
    ws.write("cases/good.json", { name: "good", claim: "../good.json", asOf, expect: { outcome: "approved", payable: "3000.00" } });
    const run = await runCli(["test", "cases", ...local], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("✓ good\n");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("1 of 6 cases passed, 5 did not (0 failed, 5 could not run)");
  });
});

describe("a rejected claim in NDJSON: its line, the column of the value at fault, and its JSON path", () => {
  // An amount given as a JSON number: the schema's typed error, with its path.
  const numeric = JSON.stringify({ claim: withAmount(6200, "CLM-NUMBER"), asOf });
  const bare = JSON.stringify(withAmount(6200, "CLM-BARE"));
  const at = positionOf(numeric, "6200");
  const bareAt = positionOf(bare, "6200");
  ws.write("rejected.ndjson", `${goodLine}\n${numeric}\n${goodLine}\n`);
  const issue = 'must be a decimal string such as "1234.50" (not a JSON number) [invalid_input]';

  test("adjudicate, an envelope on stdin: the path is the line's (under claim); a bare claim's is the claim's", async () => {
    const run = await runCli(["adjudicate", ...local, "-", "--as-of", asOf, "--json"], { cwd: ws.dir, stdin: `${numeric}\n${bare}\n${goodLine}\n` });
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr.split("\n")).toEqual([
      "stdin:1: claim rejected: Invalid claim or options: 1 problem",
      `stdin:1:${at.column}: error: claim.lines[1].amount: ${issue}`,
      "stdin:2: claim rejected: Invalid claim or options: 1 problem",
      `stdin:2:${bareAt.column}: error: lines[1].amount: ${issue}`,
      "Adjudicated 1 of 3 claims: 1 approved; 2 rejected; payable CNY 3000.00",
      "",
    ]);
  });

  test("diff, from a file: the same on stderr, the failure in the report, and the run goes to the end", async () => {
    const run = await runCli(["diff", ...local, "--against", "rules.json", "rejected.ndjson"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")).toEqual([
      "rejected.ndjson:2: claim rejected by the current version (--rules): Invalid claim or options: 1 problem",
      `rejected.ndjson:2:${at.column}: error: claim.lines[1].amount: ${issue}`,
      "",
    ]);
    expect(run.stdout).toContain("\n0 of 2 compared claims changed; 1 could not be compared\n");
  });

  test("a line that is not JSON: its line and column on stderr", async () => {
    const run = await runCli(["diff", ...local, "--against", "rules.json", "-"], { cwd: ws.dir, stdin: `${goodLine}\n{ "claim": { "id": "x" }, "asOf": 2026-05-28 }\n` });
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")[0]).toBe("stdin:2:39: error: invalid JSON: Expected ',' or '}' after property value");
  });
});
