import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { enqueueBatch, jobIdOf } from "../../src/store/batch/enqueue-batch.js";
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

  // The demo's batch of the medical example's claims (one policy) gave another payable total run after run: pg-boss
  // hands out jobs created in one transaction by id, and the ids were random, so one worker recorded the claims in
  // any order, and the order decides which claim the deductible and the limits fall on.
  test.skipIf(skip)("one worker records a batch in the file's order, so the same file gives the same amounts every time", async () => {
    const prefixes = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0"));
    const items = prefixes.map((prefix, i) => {
      const claim = medicalClaim(prefix);
      return { label: `line ${i + 1}`, claim, asOf: claim.submittedOn > "2026-12-01" ? claim.submittedOn : "2026-12-01" };
    });
    const runOnce = async () => {
      const schema = testDb.newSchema();
      const { batchId } = await enqueueBatch({ database: testDb.database, schema, config: { policies: [medicalPolicy()], rules: medicalRules() }, items });
      const worker = await startBatchWorker({ database: testDb.database, schema, concurrency: 1 });
      let progress: BatchProgress | undefined;
      for (let i = 0; i < 600 && progress?.done !== true; i++) {
        progress = await readBatchProgress(testDb.database, batchId, { schema });
        if (progress?.done !== true) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await worker.stop();
      const { rows } = await testDb.database.query<{ item: number; payable: string | null }>(
        `SELECT item, payable::text AS payable FROM "${schema}".batch_items WHERE batch_id = $1 ORDER BY finished_at, item`,
        [batchId],
      );
      return { progress, order: rows.map((row) => row.item), payables: rows.map((row) => row.payable) };
    };
    const first = await runOnce();
    const second = await runOnce();
    expect(first.progress).toMatchObject({ total: 20, done: true, failed: 0 });
    expect(first.order).toEqual(prefixes.map((_, i) => i));
    expect(second.order).toEqual(first.order);
    expect(second.payables).toEqual(first.payables);
    expect(second.progress?.payable).toBe(first.progress?.payable);
  }, 180_000);

  test("job ids sort by the item's place in the batch, and differ", () => {
    const ids = [0, 1, 9, 10, 255, 256, 70_000].map(jobIdOf);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set([jobIdOf(5), jobIdOf(5)]).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
