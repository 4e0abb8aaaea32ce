import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openClaimStore } from "../../src/store/claim-store.js";
import { openStoreDatabase } from "../../src/store/open-store-database.js";
import { bundleScript } from "./support/bundle-script.js";
import { ledgerSummary } from "./support/ledger-totals.js";
import { generateFamilyBatch, runSequentially, type FamilyBatch, type SequentialResult } from "./support/families.js";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "./support/test-databases.js";


interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let cli: string;
let workspace: string;
let batch: FamilyBatch;
let sequential: SequentialResult;

/** `claim-adjudicator <args>` as a separate process, as a user runs it. */
function run(args: readonly string[], options: { readonly until?: () => Promise<boolean> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: workspace, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    if (options.until !== undefined) {
      const until = options.until;
      void (async () => {
        while (!(await until())) await new Promise((wait) => setTimeout(wait, 200));
        child.kill("SIGTERM");
      })();
    }
  });
}

const policyFiles = () => batch.policies.flatMap((policy) => ["--policy", join(workspace, `${policy.id}.json`)]);
const commonArgs = () => [...policyFiles(), "--rules", join(workspace, "rules.json")];

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), "claim-store-batch-"));
  const bundles = `batch-command-${process.pid}`;
  [cli] = await Promise.all([bundleScript("src/cli/main.ts", "cli.mjs", bundles), bundleScript("src/cli/commands/batch-worker-thread.ts", "batch-worker.js", bundles)]);
  batch = generateFamilyBatch({ seed: 7, families: 3, lineCount: 90 });
  sequential = await runSequentially(batch);
  for (const policy of batch.policies) writeFileSync(join(workspace, `${policy.id}.json`), JSON.stringify(policy));
  writeFileSync(join(workspace, "rules.json"), JSON.stringify(batch.rules));
  const lines = batch.lines.map((line) => JSON.stringify(line.idempotencyKey === undefined ? { claim: line.claim, asOf: line.asOf } : { claim: line.claim, asOf: line.asOf, idempotencyKey: line.idempotencyKey }));
  lines.splice(10, 0, "{ not json");
  lines.splice(20, 0, JSON.stringify({ claim: batch.lines[0]?.claim, asOf: "2026-12-01", accumulators: { coverages: {} } }));
  writeFileSync(join(workspace, "claims.ndjson"), `${lines.join("\n")}\n`);
}, 180_000);

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  if (cli !== undefined) rmSync(dirname(cli), { recursive: true, force: true });
});

/** What the store holds after a batch: the total its decisions pay, per policy and in all. */
async function storedTotals(location: string, schema?: string) {
  const database = await openStoreDatabase(location);
  try {
    const store = await openClaimStore({ database, adjudicators: [], migrate: false, ...(schema === undefined ? {} : { schema }) });
    const quoted = `"${store.schema}"`;
    const { rows } = await database.query<{ total: string; claims: number }>(`SELECT coalesce(sum(payable), 0)::text AS total, count(*)::int AS claims FROM ${quoted}.claim_revisions`);
    const ledgers = await Promise.all(batch.policies.map((policy) => store.policyLedger(policy.id)));
    return { total: new Decimal(rows[0]?.total ?? "0").toFixed(2), claims: rows[0]?.claims, ledgers: ledgers.map((ledger) => ledgerSummary(ledger?.ledger)) };
  } finally {
    await database.close();
  }
}

const expectedLedgers = () => batch.policies.map((policy) => ledgerSummary(sequential.ledgerByPolicy.get(policy.id)));

describe("claim-adjudicator batch on an embedded PGlite store", () => {
  test("records every claim once, reports the lines it could not take, and a second run of the same file pays nothing", async () => {
    const store = join(workspace, "claims-db");
    const first = await run(["batch", "--store", store, ...commonArgs(), "claims.ndjson", "--workers", "2"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(1); // two lines rejected
    expect(first.stdout).toMatch(new RegExp(`^batch [0-9a-f-]{36}: 92 claims into ${store.replaceAll("/", "\\/")}, 2 workers,`));
    expect(first.stdout).toContain(`  recorded ${String(sequential.decided).padStart(2)}`);
    expect(first.stdout).toContain(`  replayed ${String(sequential.replayed).padStart(2)}  (already recorded`);
    expect(first.stdout).toContain("  rejected  2");
    expect(first.stdout).toContain(`  payable CNY ${sequential.total.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} on the decisions this batch recorded`);
    expect(first.stdout).toContain("claims.ndjson:11: rejected: not valid JSON");
    expect(first.stdout).toContain('claims.ndjson:21: rejected: the store keeps each policy\'s ledger: remove "accumulators" from the line [unreadable]');
    expect(await storedTotals(store)).toEqual({ total: sequential.total.toFixed(2), claims: sequential.decided, ledgers: expectedLedgers() });

    const again = await run(["batch", "--store", store, ...commonArgs(), "claims.ndjson", "--json"]);
    expect(again.code).toBe(1);
    const summary = JSON.parse(again.stdout);
    expect(summary).toMatchObject({ total: 92, queued: 0, recorded: 0, replayed: 90, rejected: 2, failed: 0, payable: "0", done: true, workers: 1, interrupted: false });
    expect(await storedTotals(store)).toEqual({ total: sequential.total.toFixed(2), claims: sequential.decided, ledgers: expectedLedgers() });
  }, 180_000);

  const usage = [
    { name: "no store", args: () => ["batch", ...commonArgs(), "claims.ndjson"], message: "batch needs --store" },
    { name: "no policy", args: () => ["batch", "--store", "db", "--rules", "rules.json", "claims.ndjson"], message: "batch needs --policy" },
    { name: "zero workers", args: () => ["batch", "--store", "db", ...commonArgs(), "claims.ndjson", "--workers", "0"], message: "--workers must be a whole number from 1 to 64" },
    { name: "a worker given claims", args: () => ["batch", "--store", "db", "--worker", "claims.ndjson"], message: "--worker takes no claims" },
    { name: "a missing claims file", args: () => ["batch", "--store", "db", ...commonArgs(), "nowhere.ndjson"], message: "claims file not found: nowhere.ndjson" },
    {
      name: "a server that is not there",
      args: () => ["batch", "--store", "postgres://claims:secret@127.0.0.1:1/claims", ...commonArgs(), "claims.ndjson"],
      message: "error: cannot use the store postgres://claims:***@127.0.0.1:1/claims: connect ECONNREFUSED 127.0.0.1:1 [ECONNREFUSED]",
    },
  ];
  test.each(usage)("a usage error exits 2 and says what is wrong: $name", async ({ args, message }) => {
    const result = await run(args());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe.each(TEST_DATABASE_KINDS.filter((entry) => entry.kind === "postgres"))("claim-adjudicator batch $title", ({ kind, skip }) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    if (!skip) testDb = await openTestDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await testDb?.close();
  }, 60_000);

  test.skipIf(skip)("--workers 3 runs worker threads, each with its own connections; the totals are the sequential run's", async () => {
    const schema = testDb.newSchema();
    const result = await run(["batch", "--store", testDb.url as string, "--schema", schema, ...commonArgs(), "claims.ndjson", "--workers", "3", "--json"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toMatchObject({ total: 92, recorded: sequential.decided, replayed: sequential.replayed, rejected: 2, failed: 0, payable: sequential.total.toFixed(2), workers: 3 });
    expect(await storedTotals(testDb.url as string, schema)).toEqual({ total: sequential.total.toFixed(2), claims: sequential.decided, ledgers: expectedLedgers() });
  }, 180_000);

  test.skipIf(skip)("--enqueue-only here, --worker elsewhere: the workers finish the batch and stop on SIGTERM", async () => {
    const schema = testDb.newSchema();
    const enqueued = await run(["batch", "--store", testDb.url as string, "--schema", schema, ...commonArgs(), "claims.ndjson", "--enqueue-only", "--json"]);
    expect(enqueued.code).toBe(0);
    const { batchId, queued } = JSON.parse(enqueued.stdout);
    expect(queued).toBe(90);
    const done = async () => {
      const { rows } = await testDb.database.query<{ open: number }>(`SELECT count(*)::int AS open FROM "${schema}".batch_items WHERE batch_id = $1 AND status = 'queued'`, [batchId]);
      return rows[0]?.open === 0;
    };
    const worker = await run(["batch", "--store", testDb.url as string, "--schema", schema, "--worker", "--workers", "2"], { until: done });
    expect(worker.code).toBe(0);
    expect(worker.stderr).toContain("2 workers on postgres://");
    expect(await storedTotals(testDb.url as string, schema)).toEqual({ total: sequential.total.toFixed(2), claims: sequential.decided, ledgers: expectedLedgers() });
  }, 180_000);
});
