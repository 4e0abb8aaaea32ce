import { PassThrough, Readable } from "node:stream";
import { afterAll, describe, expect, test, vi } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { workspace } from "./cli-harness.js";

// A bug in the library, met on one input, is simulated here: the adjudicator fails with a TypeError on the claim
// whose id is BROKEN, and the linter fails on the rule set whose id is BROKEN. (The other CLI tests spawn the bin;
// these run it in this process, so that the library can be made to fail.)
const BROKEN = "CLM-BROKEN";
vi.mock("../../src/create-adjudicator.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/create-adjudicator.js")>();
  return {
    ...original,
    createAdjudicator: (config: Parameters<typeof original.createAdjudicator>[0]) => {
      const adjudicator = original.createAdjudicator(config);
      const breaks = <A extends unknown[], R>(run: (claim: unknown, ...rest: A) => Promise<R>) => (claim: unknown, ...rest: A): Promise<R> =>
        (claim as { id?: unknown } | null)?.id === BROKEN ? Promise.reject(new TypeError("Cannot read properties of undefined (reading 'amount')")) : run(claim, ...rest);
      return { ...adjudicator, adjudicate: breaks(adjudicator.adjudicate), traceRules: breaks(adjudicator.traceRules) };
    },
  };
});
vi.mock("../../src/lint/validate-rule-set.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/lint/validate-rule-set.js")>();
  return {
    ...original,
    validateRuleSet: (ruleSet: unknown, options?: Parameters<typeof original.validateRuleSet>[1]) => {
      if ((ruleSet as { id?: unknown } | null)?.id === BROKEN) throw new RangeError("Maximum call stack size exceeded");
      return original.validateRuleSet(ruleSet, options);
    },
  };
});

const ws = workspace();
afterAll(() => ws.remove());
const claim = ws.read("claims/02-deductible-partly-reached.json");
ws.write("good.json", claim);
ws.write("broken.json", { ...claim, id: BROKEN });
ws.write("cases/a-broken.json", { name: "broken", claim: "../broken.json", asOf: "2026-05-28", expect: { outcome: "approved" } });
ws.write("cases/b-good.json", { name: "good", claim: "../good.json", asOf: "2026-05-28", expect: { outcome: "approved" } });
ws.write("corpus.ndjson", [claim, { ...claim, id: BROKEN }, claim].map((entry) => JSON.stringify({ claim: entry, asOf: "2026-05-28" })).join("\n"));
ws.write("broken-rules.json", { ...ws.read("rules.json"), id: BROKEN });

/** The CLI in this process, on the workspace's files, its output collected. */
async function run(args: readonly string[], stdin = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  const collect = () => {
    const stream = new PassThrough();
    let text = "";
    stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    return { stream, text: () => text };
  };
  const stdout = collect();
  const stderr = collect();
  const cwd = process.cwd();
  process.chdir(ws.dir);
  try {
    const code = await runCli(args, { stdout: stdout.stream, stderr: stderr.stream, stdin: Readable.from([Buffer.from(stdin)]), env: { NO_COLOR: "1" } });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    process.chdir(cwd);
  }
}

const local = ["--policy", "policy.json", "--rules", "rules.json"];
const internal = "internal error while adjudicating this claim, please report it: TypeError: Cannot read properties of undefined (reading 'amount') [internal_error]";

describe("an internal error on one input is that input's error, and the run goes on (exit 1, no stack trace)", () => {
  test("adjudicate, claim files", async () => {
    const result = await run(["adjudicate", ...local, "broken.json", "good.json", "--as-of", "2026-05-28", "--json"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).claimId).toBe(claim.id);
    expect(result.stderr.split("\n")).toEqual([`broken.json: error: ${internal}`, "Adjudicated 1 of 2 claims: 1 approved; 1 rejected; payable CNY 3000.00", ""]);
  });

  test("adjudicate, NDJSON on stdin: at the claim's line", async () => {
    const lines = [claim, { ...claim, id: BROKEN }, claim].map((entry) => JSON.stringify(entry)).join("\n");
    const result = await run(["adjudicate", ...local, "-", "--as-of", "2026-05-28", "--json"], lines);
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(result.stderr.split("\n")).toEqual([`stdin:2:1: error: ${internal}`, "Adjudicated 2 of 3 claims: 2 approved; 1 rejected; payable CNY 6000.00", ""]);
  });

  test("diff: the claim cannot be compared; the others are", async () => {
    const result = await run(["diff", ...local, "--against", "rules.json", "corpus.ndjson", "--json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "corpus.ndjson:2:1: error: internal error under the current version (--rules), please report it: TypeError: Cannot read properties of undefined (reading 'amount') [internal_error]\n",
    );
    const report = JSON.parse(result.stdout);
    expect({ claims: report.claims, compared: report.compared, failed: report.failed, internal: report.failures[0].internal }).toEqual({ claims: 3, compared: 2, failed: 1, internal: true });
  });

  test("test: the case could not run; the next case passes", async () => {
    const result = await run(["test", "cases", ...local]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("cannot run the case: internal error, please report it: TypeError: Cannot read properties of undefined (reading 'amount')");
    expect(result.stdout).toContain("✓ good");
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("1 of 2 cases passed, 1 did not (0 failed, 1 could not run)");
  });

  test("validate: the file that broke the linter is reported; the next file is still validated", async () => {
    const result = await run(["validate", "broken-rules.json", "rules.json"]);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")).toEqual([
      "broken-rules.json: error: internal error while checking this rule set, please report it: RangeError: Maximum call stack size exceeded [internal_error]",
      "1 error, 0 warnings in 2 files (fix the errors)",
      "",
    ]);
    expect(result.stdout).toBe("✓ rules.json: no problems\n");
  });
});
