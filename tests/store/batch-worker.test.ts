import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { enqueueBatch } from "../../src/store/batch/enqueue-batch.js";
import { readBatchProgress, type BatchProgress } from "../../src/store/batch/read-batch-progress.js";
import { startBatchWorker } from "../../src/store/batch/start-batch-worker.js";
import { medicalClaim, medicalPolicy, medicalRules } from "./support/medical-fixtures.js";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "./support/test-databases.js";

describe.each(TEST_DATABASE_KINDS)("batch workers $title", ({ kind, skip }) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    if (!skip) testDb = await openTestDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await testDb?.close();
  }, 60_000);

  test.skipIf(skip || kind === "pglite")("several workers starting at once on a new database all start: the store's and the queue's tables are created once", async () => {
    for (let round = 0; round < 6; round++) {
      const schema = testDb.newSchema();
      const workers = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map(() => startBatchWorker({ database: testDb.database, schema })));
      await Promise.all(workers.map((worker) => worker.stop({ timeoutMs: 1000 })));
      const { rows } = await testDb.database.query<{ versions: number }>(`SELECT count(*)::int AS versions FROM "${schema}".schema_migrations`);
      expect(rows[0]?.versions).toBe(2);
    }
  }, 120_000);

  test.skipIf(skip)("a batch: readable lines recorded or replayed, an invalid claim rejected with its problems, a correction recorded as the next revision", async () => {
    const schema = testDb.newSchema();
    const claims = ["01", "02", "03"].map((prefix) => medicalClaim(prefix));
    const invalid = { ...medicalClaim("09"), lines: [] , socialInsurance: undefined, incident: { ...medicalClaim("09").incident, diagnosisCodes: [] } };
    const corrected = { ...medicalClaim("02"), reportedOn: "2026-05-14" };
    const items = [
      ...claims.map((claim, i) => ({ label: `line ${i + 1}`, claim, asOf: claim.submittedOn })),
      { label: "line 4", claim: claims[0], asOf: "2026-12-01" },
      { label: "line 5", claim: invalid, asOf: "2026-12-01" },
      { label: "line 6", problem: "not valid JSON" },
    ];
    const { batchId, itemCount, queued } = await enqueueBatch({ database: testDb.database, schema, config: { policies: [medicalPolicy()], rules: medicalRules() }, items });
    expect([itemCount, queued]).toEqual([6, 5]);
    const worker = await startBatchWorker({ database: testDb.database, schema, concurrency: 2 });
    let progress: BatchProgress | undefined;
    for (let i = 0; i < 300 && progress?.done !== true; i++) {
      progress = await readBatchProgress(testDb.database, batchId, { schema });
      if (progress?.done !== true) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // A second batch with a correction of an already recorded claim: its next revision.
    const second = await enqueueBatch({ database: testDb.database, schema, config: { policies: [medicalPolicy()], rules: medicalRules() }, items: [{ label: "correction", claim: corrected, asOf: "2026-12-01" }] });
    let secondProgress: BatchProgress | undefined;
    for (let i = 0; i < 300 && secondProgress?.done !== true; i++) {
      secondProgress = await readBatchProgress(testDb.database, second.batchId, { schema });
      if (secondProgress?.done !== true) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await worker.stop();
    expect(progress).toMatchObject({ total: 6, queued: 0, recorded: 3, replayed: 1, rejected: 2, failed: 0, done: true });
    expect(secondProgress).toMatchObject({ total: 1, recorded: 1, rejected: 0 });
    // What the batches change: the first records three claims new to the store (its change is its payable); the
    // second, one revision, which takes the place of revision 1 of claim 02: its change is the difference.
    expect(progress).toMatchObject({ revisions: 0, payableChange: progress?.payable });
    const { rows: claim02 } = await testDb.database.query<{ revision: number; payable: string }>(
      `SELECT revision, payable::text AS payable FROM "${schema}".claim_revisions WHERE claim_id = $1 ORDER BY revision`,
      [corrected.id],
    );
    expect(claim02.map((row) => row.revision)).toEqual([1, 2]);
    expect(secondProgress).toMatchObject({ revisions: 1, payable: claim02[1]?.payable });
    expect(new Decimal(secondProgress?.payableChange ?? "NaN").toFixed(2)).toBe(new Decimal(claim02[1]?.payable ?? "0").minus(claim02[0]?.payable ?? "0").toFixed(2));
    const { rows } = await testDb.database.query<{ label: string; status: string; code: string }>(
      `SELECT label, status, problem->>'code' AS code FROM "${schema}".batch_items WHERE status = 'rejected' ORDER BY batch_id = $1 DESC, item`,
      [batchId],
    );
    expect(rows).toEqual([
      { label: "line 5", status: "rejected", code: "ValidationError" },
      { label: "line 6", status: "rejected", code: "unreadable" },
    ]);
  }, 120_000);
});
