import { ledgerTotal } from "./support/ledger-totals.js";
import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openClaimStore, type ClaimStore } from "../../src/store/claim-store.js";
import type { RecordedDecision } from "../../src/store/recorded-decision.js";
import { medicalAdjudicators, medicalClaim } from "./support/medical-fixtures.js";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "./support/test-databases.js";

const TIMED_OUT = Symbol("timed out");
const timeout = (ms: number) => new Promise<typeof TIMED_OUT>((resolve) => setTimeout(() => resolve(TIMED_OUT), ms));

/** What the policy has paid according to the store: the ledger, and the decisions recorded. */
async function paid(testDb: TestDatabase, store: ClaimStore, policyId: string) {
  const ledger = (await store.policyLedger(policyId)) as { ledger: { coverages: Record<string, { paid: string }> }; version: number };
  const { rows } = await testDb.database.query<{ revisions: number; total: string }>(`SELECT count(*)::int AS revisions, sum(payable)::text AS total FROM "${store.schema}".claim_revisions`);
  return { ledgerPaid: ledgerTotal(ledger.ledger, "inpatient-medical", "paid").toFixed(2), version: ledger.version, ...rows[0] };
}

/** What the two claims pay decided one after the other by the pure core, in the shape `paid` reads from the store. */
async function sequentialPaid(first: unknown, second: unknown) {
  const [adjudicator] = medicalAdjudicators() as [ReturnType<typeof medicalAdjudicators>[number]];
  const one = await adjudicator.adjudicate(first, { asOf: (first as { submittedOn: string }).submittedOn });
  const two = await adjudicator.adjudicate(second, { asOf: "2026-06-01", accumulators: one.accumulatorsAfter });
  return { ledgerPaid: ledgerTotal(two.accumulatorsAfter, "inpatient-medical", "paid").toFixed(2), version: 2, revisions: 2, total: new Decimal(one.payable).plus(two.payable).toFixed(2) };
}

describe.each(TEST_DATABASE_KINDS)("a claim retried after a timeout is paid once $title", ({ kind, skip }) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    if (!skip) testDb = await openTestDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await testDb?.close();
  }, 60_000);

  const newStore = () => openClaimStore({ database: testDb.database, schema: testDb.newSchema(), adjudicators: medicalAdjudicators() });

  test.skipIf(skip)("the decision was committed but the response was lost: the retry gets the recorded decision", async () => {
    const store = await newStore();
    const claim = medicalClaim("02");
    const lost = await store.adjudicateAndRecord(claim, { asOf: "2026-06-01", idempotencyKey: "req-7f3a" });
    const retried = await store.adjudicateAndRecord(claim, { asOf: "2026-06-01", idempotencyKey: "req-7f3a" });
    expect(retried).toMatchObject({ replayed: "idempotency_key", revision: 1, payable: "3000.00", recordedAt: lost.recordedAt });
    expect(await paid(testDb, store, claim.policyId)).toEqual({ ledgerPaid: "3000.00", version: 1, revisions: 1, total: "3000.00" });
  });

  test.skipIf(skip || kind === "pglite")("the client gave up while the request waited for the policy's lock; the request and its retry both finish, one pays", async () => {
    const store = await newStore();
    const first = medicalClaim("01");
    await store.adjudicateAndRecord(first, { asOf: first.submittedOn });
    const claim = medicalClaim("02");
    // Another transaction holds the policy's ledger: this request waits, and the client stops waiting.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked: () => void = () => undefined;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const blocker = testDb.database.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM "${store.schema}".ledgers WHERE policy_id = $1 FOR UPDATE`, [claim.policyId]);
      locked();
      await released;
    });
    await isLocked;
    const original = store.adjudicateAndRecord(claim, { asOf: "2026-06-01", idempotencyKey: "req-9b21" });
    expect(await Promise.race([original, timeout(300)])).toBe(TIMED_OUT);
    const retry = store.adjudicateAndRecord(claim, { asOf: "2026-06-01", idempotencyKey: "req-9b21" });
    expect(await Promise.race([retry, timeout(100)])).toBe(TIMED_OUT);
    release();
    await blocker;
    const outcomes: RecordedDecision[] = await Promise.all([original, retry]);
    expect(outcomes.map((outcome) => outcome.replayed).sort()).toEqual([false, "idempotency_key"]);
    expect(outcomes[0]?.decision).toEqual(JSON.parse(JSON.stringify(outcomes[1]?.decision)));
    expect(await paid(testDb, store, claim.policyId)).toEqual(await sequentialPaid(first, claim));
  }, 30_000);

  test.skipIf(skip || kind === "pglite")("the connection was cut mid-transaction (server side): nothing was committed, the retry pays once", async () => {
    const store = await newStore();
    const first = medicalClaim("01");
    await store.adjudicateAndRecord(first, { asOf: first.submittedOn });
    const claim = medicalClaim("02");
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked: () => void = () => undefined;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const blocker = testDb.database.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM "${store.schema}".ledgers WHERE policy_id = $1 FOR UPDATE`, [claim.policyId]);
      locked();
      await released;
    });
    await isLocked;
    const cut = store.adjudicateAndRecord(claim, { asOf: "2026-06-01", idempotencyKey: "req-c0de" }).catch((error: unknown) => error);
    // Wait until the request is blocked on the lock, then have the server terminate its connection.
    let pid: number | undefined;
    for (let i = 0; i < 100 && pid === undefined; i++) {
      const { rows } = await testDb.database.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database() AND query LIKE '%ledgers WHERE policy_id = $1 FOR UPDATE%'`,
      );
      pid = rows[0]?.pid;
      if (pid === undefined) await timeout(50);
    }
    expect(pid).toBeDefined();
    await testDb.database.query("SELECT pg_terminate_backend($1)", [pid]);
    const error = await cut;
    expect(error).toBeInstanceOf(Error);
    release();
    await blocker;
    expect(await store.claimDecisions(claim.id)).toEqual([]);
    const retried = await store.adjudicateAndRecord(claim, { asOf: "2026-06-01", idempotencyKey: "req-c0de" });
    expect(retried.replayed).toBe(false);
    const again = await store.adjudicateAndRecord(claim, { asOf: "2026-06-01", idempotencyKey: "req-c0de" });
    expect(again.replayed).toBe("idempotency_key");
    expect(await paid(testDb, store, claim.policyId)).toEqual(await sequentialPaid(first, claim));
  }, 30_000);
});
