import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openClaimStore } from "../../src/store/claim-store.js";
import { openStoreDatabase } from "../../src/store/open-store-database.js";
import { readCaseFiles } from "../../src/testing/read-case-files.js";
import { bundleScript } from "./support/bundle-script.js";

/*
 * `claim-adjudicator batch --operations`, as `adjudicate --operations`: the configuration is stored with the batch,
 * so the workers (here, or on other machines) compile it, and every recorded decision carries risk, routing and
 * sampling. Embedded PGlite only: nothing here depends on the server. Worked from examples/medical/operations.json:
 * case 02 (CLM-2026-0525-0007: 28,000.00 billed, 15,000.00 paid by social insurance, 13,000.00 − the 10,000.00 deductible
 * = 3,000.00 at 100%) fires no red flag (day 73 of cover, past the 60 of "early-claim"; 28,000.00 is not within 5%
 * under a threshold): score 0, low. No routing rule holds and 3,000.00 is within the system's authority for an
 * approval: straight through, and sampled or not by its draw. Case 05
 * (CLM-2026-0330-0002, denied in the waiting period): "early-claim" (15 points, low); a denial needs level L2 and no
 * rule names a queue: claims_review, no sampling (not straight through).
 */
const root = new URL("../../", import.meta.url).pathname;
const examples = join(root, "examples/medical");
let cli: string;
let workspace: string;

function run(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: workspace, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), "claim-store-batch-operations-"));
  const bundles = `batch-operations-${process.pid}`;
  [cli] = await Promise.all([bundleScript("src/cli/main.ts", "cli.mjs", bundles), bundleScript("src/cli/commands/batch-worker-thread.ts", "batch-worker.js", bundles)]);
  for (const file of ["policy.json", "rules.json", "operations.json"]) writeFileSync(join(workspace, file), readFileSync(join(examples, file)));
  const operations = JSON.parse(readFileSync(join(examples, "operations.json"), "utf8"));
  writeFileSync(join(workspace, "bad-operations.json"), JSON.stringify({ ...operations, currency: "USD" }, null, 2));
  const cases = readCaseFiles([join(examples, "cases")]).cases.filter((c) => /\/0[25]-[^/]+$/.test(c.file ?? ""));
  writeFileSync(join(workspace, "claims.ndjson"), `${cases.map((c) => JSON.stringify({ claim: c.claim, asOf: c.asOf })).join("\n")}\n`);
}, 120_000);

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  if (cli !== undefined) rmSync(dirname(cli), { recursive: true, force: true });
});

const args = ["--policy", "policy.json", "--rules", "rules.json", "claims.ndjson"];

describe("claim-adjudicator batch --operations", () => {
  test("the recorded decisions carry risk, routing and sampling, made under the configuration", async () => {
    const store = join(workspace, "claims-db");
    const result = await run(["batch", "--store", store, ...args, "--operations", "operations.json", "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ total: 2, recorded: 2, rejected: 0, failed: 0, payable: "3000.00" });

    const database = await openStoreDatabase(store);
    try {
      const claimStore = await openClaimStore({ database, adjudicators: [], migrate: false });
      const { rows } = await database.query<{ decision: any }>(`SELECT decision FROM "${claimStore.schema}".claim_revisions ORDER BY claim_id`);
      const seen = rows.map(({ decision }) => ({
        claimId: decision.claimId,
        outcome: decision.outcome,
        risk: [decision.risk?.score, decision.risk?.level],
        routing: [decision.routing?.straightThrough, decision.routing?.queue?.id ?? null, decision.routing?.level],
        sampled: decision.sampling === undefined ? "none" : typeof decision.sampling.sampled,
        operationsHash: typeof decision.meta.operationsHash,
      }));
      expect(seen).toEqual([
        { claimId: "CLM-2026-0330-0002", outcome: "denied", risk: ["15", "low"], routing: [false, "claims_review", "L2"], sampled: "none", operationsHash: "string" },
        { claimId: "CLM-2026-0525-0007", outcome: "approved", risk: ["0", "low"], routing: [true, null, null], sampled: "boolean", operationsHash: "string" },
      ]);
    } finally {
      await database.close();
    }
  }, 180_000);

  test("a configuration that does not fit the policy is reported with file, line and path before anything is queued; exit 1", async () => {
    const result = await run(["batch", "--store", join(workspace, "other-db"), ...args, "--operations", "bad-operations.json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bad-operations\.json:\d+:\d+: error: currency: /m);
    expect(result.stderr).toContain("The operations configuration bad-operations.json is not valid for this policy.");
  }, 60_000);

  test("a worker takes the configuration stored with each batch: --operations on --worker is a usage error; exit 2", async () => {
    const result = await run(["batch", "--store", join(workspace, "other-db"), "--worker", "--operations", "operations.json"]);
    expect([result.code, result.stderr.split("\n")[0]]).toEqual([2, "error: --worker decides each batch with the configuration stored when it was enqueued: give --operations with the claims (batch … --operations o.json claims.ndjson), not to the worker"]);
  }, 60_000);

  test("a configuration file that is not there is a usage error; exit 2", async () => {
    const result = await run(["batch", "--store", join(workspace, "other-db"), ...args, "--operations", "nope.json"]);
    expect([result.code, result.stderr.split("\n")[0]]).toEqual([2, "error: operations configuration file not found: nope.json"]);
  }, 60_000);
});
