import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openClaimStore } from "../../src/store/claim-store.js";
import { backoffDelayMs, retryableSqlState, retryTransaction } from "../../src/store/retry-transaction.js";
import { isStoreError } from "../../src/store/store-error.js";
import { expectLedgerChains } from "./support/ledger-chain.js";
import { medicalAdjudicators, medicalClaim } from "./support/medical-fixtures.js";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "./support/test-databases.js";

const sqlError = (code: string, constraint?: string) => Object.assign(new Error(`SQLSTATE ${code}`), { code, ...(constraint === undefined ? {} : { constraint }) });

describe("which failures are retried", () => {
  const cases = [
    { name: "serialization failure", error: sqlError("40001"), expected: "40001" },
    { name: "deadlock", error: sqlError("40P01"), expected: "40P01" },
    { name: "a new claim id created by two transactions at once", error: sqlError("23505", "claims_pkey"), expected: "23505" },
    { name: "an idempotency key created by two transactions at once", error: sqlError("23505", "idempotency_keys_pkey"), expected: "23505" },
    { name: "another unique violation (a bug, not a race)", error: sqlError("23505", "claim_revisions_pkey"), expected: undefined },
    { name: "a check violation", error: sqlError("23514"), expected: undefined },
    { name: "an error without SQLSTATE", error: new Error("boom"), expected: undefined },
    { name: "not an error at all", error: "boom", expected: undefined },
  ] as const;
  test.each(cases)("$name", ({ error, expected }) => {
    expect(retryableSqlState(error)).toBe(expected);
  });
});

describe("backoff", () => {
  const cases = [
    { attempt: 1, random: 0.999, expected: 4 },
    { attempt: 1, random: 0, expected: 0 },
    { attempt: 2, random: 0.5, expected: 5 },
    { attempt: 3, random: 0.5, expected: 10 },
    { attempt: 8, random: 0.5, expected: 320 },
    { attempt: 9, random: 0.5, expected: 500 },
    { attempt: 30, random: 0.999, expected: 999 },
  ];
  test.each(cases)("retry $attempt with random $random waits $expected ms (full jitter, base 5 ms, cap 1 s)", ({ attempt, random, expected }) => {
    expect(backoffDelayMs(attempt, { baseDelayMs: 5, maxDelayMs: 1000, random: () => random })).toBe(expected);
  });

  test("retries with the injected randomness and sleep, then succeeds", async () => {
    const slept: number[] = [];
    const events: string[] = [];
    let calls = 0;
    const result = await retryTransaction(
      async () => {
        calls++;
        if (calls === 1) throw sqlError("40001");
        if (calls === 2) throw sqlError("40P01");
        return "committed";
      },
      { random: () => 0.5, sleep: async (ms) => void slept.push(ms), onRetry: (event) => events.push(`${event.attempt}:${event.code}:${event.delayMs}`) },
    );
    expect([result, calls, slept, events]).toEqual(["committed", 3, [2, 5], ["1:40001:2", "2:40P01:5"]]);
  });

  test("gives up after maxAttempts with a StoreError whose cause is the last failure", async () => {
    let calls = 0;
    const last = sqlError("40001");
    const error = await retryTransaction(
      async () => {
        calls++;
        throw last;
      },
      { maxAttempts: 4, random: () => 0, sleep: async () => undefined },
    ).catch((caught: unknown) => caught);
    expect(calls).toBe(4);
    expect(isStoreError(error, "retries_exhausted")).toBe(true);
    expect((error as Error).cause).toBe(last);
  });

  test("does not retry what a retry cannot fix", async () => {
    let calls = 0;
    const error = await retryTransaction(async () => {
      calls++;
      throw sqlError("23514");
    }).catch((caught: unknown) => caught);
    expect([calls, (error as { code: string }).code]).toEqual([1, "23514"]);
  });
});

describe.each(TEST_DATABASE_KINDS.filter((entry) => entry.kind === "postgres"))("serialization failures for real $title", ({ kind, skip }) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    if (!skip) testDb = await openTestDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await testDb?.close();
  }, 60_000);

  test.skipIf(skip)("under REPEATABLE READ, claims of one policy recorded at once collide (40001), are retried, and all take effect once, in one chain", async () => {
    const retries: string[] = [];
    const store = await openClaimStore({
      database: testDb.database,
      schema: testDb.newSchema(),
      adjudicators: medicalAdjudicators(),
      isolation: "repeatable read",
      retry: { random: () => 0.5, baseDelayMs: 2, maxAttempts: 20, onRetry: (event) => retries.push(event.code) },
    });
    const claims = ["01", "02", "03", "09", "10", "16"].map((prefix) => medicalClaim(prefix));
    const recorded = await Promise.all(claims.map((claim) => store.adjudicateAndRecord(claim, { asOf: claim.submittedOn })));
    expect(recorded.every((entry) => entry.replayed === false)).toBe(true);
    expect(retries.length).toBeGreaterThan(0);
    expect(new Set(retries)).toEqual(new Set(["40001"]));
    expect(recorded.map((entry) => entry.ledgerVersion).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await expectLedgerChains(testDb.database, store.schema)).toBe(6);
  }, 60_000);
});
