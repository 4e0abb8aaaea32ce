import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createAdjudicator } from "../../../src/index.js";
import { medical, medicalClaim } from "../../support/medical-claims.js";
import { removeCli, runCli, workspace } from "../cli-harness.js";

// Each test spawns node; on a busy 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 60_000 });

// The example's sampling (seed 2026-H2), worked in tests/sampling/draw-sample.test.ts: each of these claims pays
// 17,330.80 − 10,000.00 = 7,330.80 (segment 5k-to-20k, rate 10%) and goes straight through; draws from the documented
// hash: CLM-A 0.225414, CLM-2026-0716-0002 0.067401 (the one sampled), CLM-B 0.683717. CLM-Y (claimant not close
// family) is referred to claims review: not straight through, no sampling.
const ws = workspace();
let lines: string[];
beforeAll(async () => {
  const adjudicator = createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: medical.operations });
  const decisions = await Promise.all(
    [{ id: "CLM-A" }, { id: "CLM-2026-0716-0002" }, { id: "CLM-B" }, { id: "CLM-Y", relationship: "other" as const }].map((spec) => adjudicator.adjudicate(medicalClaim(spec), { asOf: "2026-08-01" })),
  );
  lines = decisions.map((decision) => JSON.stringify(decision));
  ws.write("operations.json", medical.operations);
  ws.write("decisions.ndjson", `${lines.join("\n")}\n`);
  // CLM-2026-0716-0002 recorded as not sampled; CLM-B's sampling dropped; a record line; a line that is not JSON.
  const changed = JSON.parse(lines[1] as string);
  changed.sampling.sampled = false;
  const dropped = JSON.parse(lines[2] as string);
  delete dropped.sampling;
  ws.write("tampered.ndjson", `${[lines[0], JSON.stringify({ decision: changed, product: { id: "medical_reimbursement" } }), JSON.stringify(dropped), "{not json"].join("\n")}\n`);
}, 60_000);
afterAll(async () => {
  ws.remove();
  await removeCli();
});

describe("claim-adjudicator sample", () => {
  test("the recorded sample is reproduced: the one sampled claim and the summary; exit 0", async () => {
    const run = await runCli(["sample", "decisions.ndjson", "--operations", "operations.json"], { cwd: ws.dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "sampled CLM-2026-0716-0002 (segment 5k-to-20k, rate 0.1, draw 0.067401)\nSample reproduced: 3 straight-through decisions, 1 sampled, 0 disagreements (1 not straight through or without sampling left out)\n",
    );
  });

  test("from stdin, as JSON", async () => {
    const run = await runCli(["sample", "-", "--operations", "operations.json", "--json"], { cwd: ws.dir, stdin: `${lines.join("\n")}\n` });
    expect(run.code).toBe(0);
    const audit = JSON.parse(run.stdout);
    expect([audit.considered, audit.sampled.map((entry: { claimId: string }) => entry.claimId), audit.disagreements]).toEqual([3, ["CLM-2026-0716-0002"], []]);
  });

  test("a changed draw, a dropped one and a line that is not JSON are errors on stderr; exit 1", async () => {
    const run = await runCli(["sample", "tampered.ndjson", "--operations", "operations.json"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([
      expect.stringMatching(/^tampered\.ndjson:4:1: error: not JSON: /),
      expect.stringMatching(/^tampered\.ndjson: error: CLM-2026-0716-0002 \(decision dec-[0-9a-f]+\) recorded not sampled \(segment 5k-to-20k, rate 0\.1, draw 0\.067401\); the configuration gives sampled \(segment 5k-to-20k, rate 0\.1, draw 0\.067401\)$/),
      expect.stringMatching(/^tampered\.ndjson: error: CLM-B \(decision dec-[0-9a-f]+\) recorded no sampling although it went straight through; the configuration gives not sampled \(segment 5k-to-20k, rate 0\.1, draw 0\.683717\)$/),
    ]);
    expect(run.stdout).toBe("sampled CLM-2026-0716-0002 (segment 5k-to-20k, rate 0.1, draw 0.067401)\nSample reproduced: 3 straight-through decisions, 1 sampled, 2 disagreements (1 unreadable left out)\n");
  });

  test("another configuration: the decisions are counted apart, none judged", async () => {
    ws.write("other.json", { ...medical.operations, version: "2026.2" });
    const run = await runCli(["sample", "decisions.ndjson", "--operations", "other.json"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("Sample reproduced: 0 straight-through decisions, 0 sampled, 0 disagreements (3 made under another configuration, 1 not straight through or without sampling left out)\n");
  });

  test("a configuration without sampling is an error with its path; a missing option or file is a usage error", async () => {
    const { sampling: _, ...withoutSampling } = medical.operations as Record<string, unknown>;
    ws.write("no-sampling.json", withoutSampling);
    const run = await runCli(["sample", "decisions.ndjson", "--operations", "no-sampling.json"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no-sampling.json:1:1: error: sampling: the configuration has no sampling to reproduce");
    const missing = await runCli(["sample", "decisions.ndjson"], { cwd: ws.dir });
    expect([missing.code, missing.stderr.split("\n")[0]]).toEqual([2, "error: sample needs --operations <file>, the operations configuration the decisions were made with"]);
    const notFound = await runCli(["sample", "decisions.ndjson", "--operations", "nope.json"], { cwd: ws.dir });
    expect([notFound.code, notFound.stderr.split("\n")[0]]).toEqual([2, "error: operations configuration file not found: nope.json"]);
  });

  test("end to end: adjudicate --operations writes decisions with routing and sampling, and sample reproduces them", async () => {
    const claims = `${[medicalClaim({ id: "CLM-2026-0716-0002" }), medicalClaim({ id: "CLM-A" })].map((claim) => JSON.stringify(claim)).join("\n")}\n`;
    const decided = await runCli(["adjudicate", "--policy", "policy.json", "--rules", "rules.json", "--operations", "operations.json", "--as-of", "2026-08-01", "--json", "--workers", "0", "-"], { cwd: ws.dir, stdin: claims });
    expect([decided.code, decided.stderr]).toEqual([0, "Adjudicated 2 of 2 claims: 2 approved; 0 rejected; payable CNY 14661.60\n"]);
    const made = decided.stdout.split("\n").filter(Boolean).map((line) => JSON.parse(line));
    expect(made.map((decision: { claimId: string; routing: { straightThrough: boolean }; sampling: { sampled: boolean; draw: string } }) => [decision.claimId, decision.routing.straightThrough, decision.sampling.sampled, decision.sampling.draw])).toEqual([
      ["CLM-2026-0716-0002", true, true, "0.067401"],
      ["CLM-A", true, false, "0.225414"],
    ]);
    ws.write("made.ndjson", decided.stdout);
    const run = await runCli(["sample", "made.ndjson", "--operations", "operations.json"], { cwd: ws.dir });
    expect([run.code, run.stdout]).toEqual([0, "sampled CLM-2026-0716-0002 (segment 5k-to-20k, rate 0.1, draw 0.067401)\nSample reproduced: 2 straight-through decisions, 1 sampled, 0 disagreements\n"]);
  });

  test("adjudicate --operations with a configuration that does not fit the policy: its problems with file, line and path; exit 1", async () => {
    ws.write("bad-operations.json", { ...medical.operations, currency: "USD" });
    const run = await runCli(["adjudicate", "--policy", "policy.json", "--rules", "rules.json", "--operations", "bad-operations.json", "--as-of", "2026-08-01", "-"], { cwd: ws.dir, stdin: "" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bad-operations\.json:\d+:\d+: error: currency: /m);
    expect(run.stderr).toContain("The operations configuration bad-operations.json is not valid for this policy.");
  });
});
