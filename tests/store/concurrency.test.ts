import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { enqueueBatch } from "../../src/store/batch/enqueue-batch.js";
import { readBatchProgress, type BatchProgress } from "../../src/store/batch/read-batch-progress.js";
import { openClaimStore } from "../../src/store/claim-store.js";
import { ledgerSummary, ledgerTotal } from "./support/ledger-totals.js";
import { bundleScript } from "./support/bundle-script.js";
import { generateFamilyBatch, runSequentially, type FamilyBatch, type SequentialResult } from "./support/families.js";
import { expectLedgerChains } from "./support/ledger-chain.js";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "./support/test-databases.js";

const FAMILIES = 50;
const LINES = 2000;
const WORKERS = 4;

interface WorkerProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  stderr: string;
}

/** Starts a worker process and waits until it takes jobs. */
async function startWorker(script: string, url: string, schema: string): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [script, url, schema], { stdio: ["ignore", "pipe", "pipe"] });
  const worker: WorkerProcess = { child, exited: new Promise((resolve) => child.once("exit", (code) => resolve(code))), stderr: "" };
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (worker.stderr += chunk));
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      if (out.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`worker exited (${code}) before it was ready: ${worker.stderr}`)));
  });
  return worker;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(testDb: TestDatabase, batchId: string, schema: string, until: (progress: BatchProgress) => boolean, timeoutMs: number): Promise<BatchProgress> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const progress = (await readBatchProgress(testDb.database, batchId, { schema })) as BatchProgress;
    if (until(progress)) return progress;
    if (Date.now() > deadline) throw new Error(`batch not there after ${timeoutMs} ms: ${JSON.stringify(progress)}`);
    await sleep(200);
  }
}

describe.each(TEST_DATABASE_KINDS.filter((entry) => entry.kind === "postgres"))(`${WORKERS} worker processes, ${LINES} claims of ${FAMILIES} families $title`, ({ kind, skip }) => {
  let testDb: TestDatabase;
  let script: string;
  let batch: FamilyBatch;
  let sequential: SequentialResult;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    if (skip) return;
    [testDb, script] = await Promise.all([openTestDatabase(kind), bundleScript("tests/store/support/worker-process.ts", "worker-process.mjs", `concurrency-${process.pid}`)]);
    batch = generateFamilyBatch({ seed: 20261101, families: FAMILIES, lineCount: LINES });
    sequential = await runSequentially(batch);
  }, 180_000);

  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill("SIGKILL");
    await testDb?.close();
    if (script !== undefined) rmSync(dirname(script), { recursive: true, force: true });
  }, 60_000);

  test.skipIf(skip)(
    "one worker killed with SIGKILL mid-run and replaced: every claim recorded once, each family paid what the sequential run pays, to the cent, within its limits",
    async () => {
      const schema = testDb.newSchema();
      const { batchId } = await enqueueBatch({
        database: testDb.database,
        schema,
        config: { policies: batch.policies, rules: batch.rules },
        items: batch.lines.map((line, i) => ({ label: `line ${i + 1}`, claim: line.claim, asOf: line.asOf, ...(line.idempotencyKey === undefined ? {} : { idempotencyKey: line.idempotencyKey }) })),
        // A killed worker's jobs are retried 5 s after it took them.
        jobs: { expireInSeconds: 5 },
      });
      workers.push(...(await Promise.all(Array.from({ length: WORKERS }, () => startWorker(script, testDb.url as string, schema)))));

      // Kill one worker while the batch runs (it may be inside a transaction, or between commit and job completion).
      const before = await waitFor(testDb, batchId, schema, (progress) => progress.total - progress.queued >= LINES / 4, 120_000);
      expect(before.done).toBe(false);
      const victim = workers[0] as WorkerProcess;
      victim.child.kill("SIGKILL");
      expect(await victim.exited).toBe(null);
      workers.push(await startWorker(script, testDb.url as string, schema));

      const progress = await waitFor(testDb, batchId, schema, (current) => current.done, 150_000);
      for (const worker of workers.slice(1)) worker.child.kill("SIGTERM");
      expect(await Promise.all(workers.slice(1).map((worker) => worker.exited))).toEqual(workers.slice(1).map(() => 0));

      // Every line recorded or replayed; as many decided as the sequential run decided, the rest replays.
      expect(progress).toMatchObject({ total: LINES, queued: 0, rejected: 0, failed: 0, recorded: sequential.decided, replayed: sequential.replayed });

      // Nothing recorded twice: one revision per claim id, one per claim content, and the ledger versions of each
      // policy a chain 1…n in which every decision started from the ledger the one before left.
      const { rows: counts } = await testDb.database.query<{ claims: number; revisions: number; max_revision: number }>(
        `SELECT count(DISTINCT claim_id)::int AS claims, count(*)::int AS revisions, max(revision) AS max_revision FROM "${schema}".claim_revisions`,
      );
      expect(counts[0]).toEqual({ claims: sequential.decided, revisions: sequential.decided, max_revision: 1 });
      expect(await expectLedgerChains(testDb.database, schema)).toBe(sequential.decided);

      // Each family paid exactly what the sequential in-memory run pays, and its ledger records the same claims and totals.
      const { rows: paid } = await testDb.database.query<{ policy_id: string; paid: string }>(`SELECT policy_id, sum(payable)::text AS paid FROM "${schema}".claim_revisions GROUP BY policy_id`);
      expect(paid).toHaveLength(FAMILIES);
      for (const row of paid) expect(`${row.policy_id} ${new Decimal(row.paid).toFixed(2)}`).toBe(`${row.policy_id} ${(sequential.paidByPolicy.get(row.policy_id) as Decimal).toFixed(2)}`);
      const { rows: total } = await testDb.database.query<{ total: string }>(`SELECT sum(payable)::text AS total FROM "${schema}".claim_revisions`);
      expect(new Decimal(total[0]?.total ?? "0").toFixed(2)).toBe(sequential.total.toFixed(2));
      const store = await openClaimStore({ database: testDb.database, schema, adjudicators: [], migrate: false });
      for (const policy of batch.policies) expect(ledgerSummary((await store.policyLedger(policy.id))?.ledger)).toEqual(ledgerSummary(sequential.ledgerByPolicy.get(policy.id)));

      // No family exceeds its limits: the annual limit (some families reach it), the deductible.
      const coverage = batch.policies[0].coverages[0];
      const { rows: stored } = await testDb.database.query<{ policy_id: string; ledger: unknown }>(`SELECT policy_id, ledger FROM "${schema}".ledgers`);
      const ledgers = stored.map((row) => ({ policy_id: row.policy_id, paid: ledgerTotal(row.ledger, "inpatient-medical", "paid"), deductible: ledgerTotal(row.ledger, "inpatient-medical", "deductibleUsed") }));
      expect(ledgers.filter((row) => new Decimal(row.paid).eq(coverage.annualLimit)).length).toBeGreaterThan(0);
      for (const row of ledgers) {
        expect(new Decimal(row.paid).lte(coverage.annualLimit), row.policy_id).toBe(true);
        expect(new Decimal(row.deductible).lte(coverage.annualDeductible), row.policy_id).toBe(true);
      }

      // The audit chains verify from the database (a sample: every 25th claim).
      const { rows: sample } = await testDb.database.query<{ claim_id: string }>(`SELECT claim_id FROM "${schema}".claims ORDER BY claim_id`);
      for (const [i, { claim_id }] of sample.entries()) if (i % 25 === 0) expect((await store.verifyClaimAudit(claim_id)).ok, claim_id).toBe(true);

      {
        // An invoice is paid on one claim at most, whoever claimed it again.
        const { rows: invoices } = await testDb.database.query<{ invoice: string; claims: number }>(
          `SELECT invoice.key AS invoice, count(DISTINCT record.key)::int AS claims
           FROM "${schema}".ledgers l, jsonb_each(l.ledger->'claims') AS record, jsonb_each_text(record.value->'invoices') AS invoice
           WHERE record.value->>'outcome' IN ('approved', 'partially_approved', 'referred') AND invoice.value::numeric > 0
           GROUP BY l.policy_id, 1 HAVING count(DISTINCT record.key) > 1`,
        );
        const { rows: claimed } = await testDb.database.query<{ invoices: number }>(
          `SELECT count(*)::int AS invoices FROM "${schema}".ledgers l, jsonb_each(l.ledger->'claims') AS record, jsonb_each_text(record.value->'invoices') AS invoice`,
        );
        expect(claimed[0]?.invoices).toBeGreaterThan(0);
        expect(invoices).toEqual([]);
      }
    },
    300_000,
  );

});
