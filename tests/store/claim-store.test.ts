import { fc } from "@fast-check/vitest";
import { ledgerTotal } from "./support/ledger-totals.js";
import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isValidationError, toDotPath } from "../../src/index.js";
import { openClaimStore, type ClaimStore } from "../../src/store/claim-store.js";
import { isStoreError, type StoreErrorCode } from "../../src/store/store-error.js";
import { medicalAdjudicators, medicalClaim } from "./support/medical-fixtures.js";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "./support/test-databases.js";

const OTHER_POLICY = "P-MED-2026-000999";

describe.each(TEST_DATABASE_KINDS)("claim store $title", ({ kind, skip }) => {
  let test_db: TestDatabase;
  const [own, other] = medicalAdjudicators("P-MED-2026-000187", OTHER_POLICY) as [ReturnType<typeof medicalAdjudicators>[number], ReturnType<typeof medicalAdjudicators>[number]];

  beforeAll(async () => {
    if (!skip) test_db = await openTestDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await test_db?.close();
  }, 60_000);

  const newStore = (): Promise<ClaimStore> => openClaimStore({ database: test_db.database, schema: test_db.newSchema(), adjudicators: [own, other] });

  test.skipIf(skip)("records a decision as the core makes it, and the policy's ledger after it", async () => {
    const store = await newStore();
    const claim = medicalClaim("02");
    const pure = await own.adjudicate(claim, { asOf: "2026-06-01" });
    const recorded = await store.adjudicateAndRecord(claim, { asOf: "2026-06-01" });
    expect(recorded).toMatchObject({ claimId: claim.id, policyId: claim.policyId, revision: 1, replayed: false, outcome: "approved", payable: "3000.00", currency: "CNY", ledgerVersion: 1 });
    expect(recorded.decision).toEqual(pure);
    expect(recorded.claimHash).toBe(pure.meta.claimHash);
    expect(await store.policyLedger(claim.policyId)).toEqual({ policyId: claim.policyId, ledger: pure.accumulatorsAfter, version: 1 });
    const [stored] = await store.claimDecisions(claim.id);
    expect(stored).toMatchObject({ revision: 1, asOf: "2026-06-01", outcome: "approved", payable: "3000.00", ledgerVersion: 1, recordedAt: recorded.recordedAt });
    expect(stored?.decision).toEqual(JSON.parse(JSON.stringify(pure)));
    expect(recorded.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  test.skipIf(skip)("each claim of a policy is decided against the ledger the one before left, as the pure sequential run", async () => {
    const store = await newStore();
    const claims = ["01", "02", "03", "09"].map((prefix) => medicalClaim(prefix));
    let accumulators: unknown;
    for (const claim of claims) {
      const pure = await own.adjudicate(claim, { asOf: claim.submittedOn, ...(accumulators === undefined ? {} : { accumulators: accumulators as never }) });
      accumulators = pure.accumulatorsAfter;
      const recorded = await store.adjudicateAndRecord(claim, { asOf: claim.submittedOn });
      expect(recorded.decision).toEqual(pure);
    }
    expect(await store.policyLedger(own.policy.id)).toMatchObject({ ledger: accumulators, version: 4 });
    const { rows } = await test_db.database.query<{ total: string; type: string }>(
      `SELECT sum(payable)::text AS total, pg_typeof(sum(payable))::text AS type FROM "${store.schema}".claim_revisions`,
    );
    expect(rows[0]?.type).toBe("numeric");
    expect(new Decimal(rows[0]?.total ?? "0").eq(ledgerTotal(accumulators, "inpatient-medical", "paid"))).toBe(true);
  });

  test.skipIf(skip)("a retry returns the recorded decision and pays nothing: by idempotency key, and by the same claim content", async () => {
    const store = await newStore();
    const claim = medicalClaim("02");
    const first = await store.adjudicateAndRecord(claim, { asOf: "2026-06-01", idempotencyKey: "req-1" });
    const byKey = await store.adjudicateAndRecord(claim, { asOf: "2026-06-01", idempotencyKey: "req-1" });
    const byContent = await store.adjudicateAndRecord(structuredClone(claim), { asOf: "2026-07-15" });
    const newKeySameContent = await store.adjudicateAndRecord(claim, { asOf: "2026-06-01", idempotencyKey: "req-2" });
    expect([first.replayed, byKey.replayed, byContent.replayed, newKeySameContent.replayed]).toEqual([false, "idempotency_key", "claim_content", "claim_content"]);
    for (const again of [byKey, byContent, newKeySameContent]) {
      expect(again).toMatchObject({ revision: 1, payable: "3000.00", ledgerVersion: 1, recordedAt: first.recordedAt, asOf: "2026-06-01" });
      expect(again.decision).toEqual(JSON.parse(JSON.stringify(first.decision)));
      expect(again.auditHead).toEqual(first.auditHead);
    }
    expect(await store.claimDecisions(claim.id)).toHaveLength(1);
    expect(await store.policyLedger(claim.policyId)).toMatchObject({ version: 1, ledger: first.decision.accumulatorsAfter });
    // The key seen with the replay is remembered: it answers the same later.
    expect((await store.adjudicateAndRecord(claim, { asOf: "2026-06-01", idempotencyKey: "req-2" })).replayed).toBe("idempotency_key");
  });

  test.skipIf(skip)("the same claim id with other content is its next revision: recorded once more, its effect replaced", async () => {
    const store = await newStore();
    const claim = medicalClaim("02");
    const first = await store.adjudicateAndRecord(claim, { asOf: "2026-06-01" });
    // The hospital corrected the surgery line, 500.00 less: 3,000.00 becomes 2,500.00.
    const corrected = { ...claim, lines: claim.lines.map((line: { id: string; amount: string }) => (line.id === "L1" ? { ...line, amount: "16000.00" } : line)) };
    const second = await store.adjudicateAndRecord(corrected, { asOf: "2026-06-05", revision: { reason: "correction" } });
    expect([first.revision, second.revision, second.payable, second.decision.revision.delta?.payable]).toEqual([1, 2, "2500.00", "-500.00"]);
    expect((await store.claimDecisions(claim.id)).map((entry) => entry.revision)).toEqual([1, 2]);
    const ledger = await store.policyLedger(claim.policyId);
    expect(ledgerTotal(ledger?.ledger, "inpatient-medical", "paid").toFixed(2)).toBe("2500.00");
    expect((await store.verifyClaimAudit(claim.id)).ok).toBe(true);
  });

  const refusals: { name: string; code: StoreErrorCode; path: string; act: (store: ClaimStore) => Promise<unknown> }[] = [
    {
      name: "an idempotency key used for another claim",
      code: "idempotency_key_reused",
      path: "options.idempotencyKey",
      act: (store) => store.adjudicateAndRecord(medicalClaim("01"), { asOf: "2026-06-01", idempotencyKey: "req-1" }),
    },
    {
      name: "an idempotency key used for other content of the same claim",
      code: "idempotency_key_reused",
      path: "options.idempotencyKey",
      act: (store) => store.adjudicateAndRecord({ ...medicalClaim("02"), reportedOn: "2026-05-14" }, { asOf: "2026-06-01", idempotencyKey: "req-1" }),
    },
    {
      name: "the claim id recorded on another policy",
      code: "claim_on_other_policy",
      path: "claim.policyId",
      act: (store) => store.adjudicateAndRecord(medicalClaim("02", OTHER_POLICY), { asOf: "2026-06-01" }),
    },
    {
      name: "a policy the store has no adjudicator for",
      code: "unknown_policy",
      path: "claim.policyId",
      act: (store) => store.adjudicateAndRecord(medicalClaim("01", "P-UNKNOWN"), { asOf: "2026-06-01" }),
    },
  ];

  test.skipIf(skip).each(refusals)("refuses, with a typed error and its path, and records nothing: $name", async ({ code, path, act }) => {
    const store = await newStore();
    await store.adjudicateAndRecord(medicalClaim("02"), { asOf: "2026-06-01", idempotencyKey: "req-1" });
    const error = await act(store).catch((caught: unknown) => caught);
    expect(isStoreError(error, code)).toBe(true);
    expect(toDotPath((error as { issues: { path: (string | number)[] }[] }).issues[0]?.path ?? [])).toBe(path);
    const { rows } = await test_db.database.query<{ revisions: number; keys: number; version: string }>(
      `SELECT (SELECT count(*)::int FROM "${store.schema}".claim_revisions) AS revisions, (SELECT count(*)::int FROM "${store.schema}".idempotency_keys) AS keys,
              (SELECT coalesce(sum(version), 0)::text FROM "${store.schema}".ledgers) AS version`,
    );
    expect(rows[0]).toEqual({ revisions: 1, keys: 1, version: "1" });
  });

  const invalid: { name: string; claim: () => unknown; options: unknown; path: string }[] = [
    { name: "an amount as a JSON number", claim: () => ({ ...medicalClaim("02"), lines: [{ ...medicalClaim("02").lines[0], amount: 16500 }] }), options: { asOf: "2026-06-01" }, path: "claim.lines[0].amount" },
    { name: "no decision date", claim: () => medicalClaim("02"), options: {}, path: "options.asOf" },
    { name: "an empty idempotency key", claim: () => medicalClaim("02"), options: { asOf: "2026-06-01", idempotencyKey: "" }, path: "options.idempotencyKey" },
    { name: "a recording time without offset", claim: () => medicalClaim("02"), options: { asOf: "2026-06-01", recordedAt: "2026-06-01T10:00:00" }, path: "options.recordedAt" },
    { name: "an unknown option", claim: () => medicalClaim("02"), options: { asOf: "2026-06-01", accumulators: {} }, path: "options" },
  ];

  test.skipIf(skip).each(invalid)("rejects invalid input with a ValidationError at its path, before any transaction: $name", async ({ claim, options, path }) => {
    const store = await newStore();
    const error = await store.adjudicateAndRecord(claim(), options as never).catch((caught: unknown) => caught);
    expect(isValidationError(error)).toBe(true);
    expect((error as { issues: { path: (string | number)[] }[] }).issues.map((issue) => toDotPath(issue.path))).toContain(path);
    expect(await store.policyLedger("P-MED-2026-000187")).toBeUndefined();
  });

  test.skipIf(skip)("the audit chain verifies from the database, and an edit made behind the store's back is found", async () => {
    const store = await newStore();
    const claim = medicalClaim("02");
    const recorded = await store.adjudicateAndRecord(claim, { asOf: "2026-06-01", recordedAt: "2026-06-01T09:30:00+08:00" });
    expect(recorded.recordedAt).toBe("2026-06-01T09:30:00+08:00");
    expect(await store.verifyClaimAudit(claim.id)).toEqual({ ok: true, length: 1, head: recorded.auditHead });
    // History is append-only: an ordinary UPDATE is refused by the database itself.
    const refused = await test_db.database.query(`UPDATE "${store.schema}".claim_revisions SET payable = 30000`).catch((error: unknown) => error);
    expect((refused as { code?: string }).code).toBe("23001");
    // Someone able to bypass the trigger edits the recorded decision: verification says which entry and why.
    await test_db.database.transaction(async (tx) => {
      await tx.query(`ALTER TABLE "${store.schema}".claim_revisions DISABLE TRIGGER claim_revisions_append_only`);
      await tx.query(`UPDATE "${store.schema}".claim_revisions SET decision = jsonb_set(decision, '{payable}', '"30000.00"')`);
      await tx.query(`ALTER TABLE "${store.schema}".claim_revisions ENABLE TRIGGER claim_revisions_append_only`);
    });
    const verification = await store.verifyClaimAudit(claim.id);
    expect(verification.ok).toBe(false);
    expect(verification.problems?.map((problem) => [problem.index, problem.code])).toEqual([[0, "decision_hash_mismatch"]]);
    // Nothing is appended to a broken chain: a new revision of the claim is refused before it is decided.
    const error = await store.adjudicateAndRecord({ ...claim, reportedOn: "2026-05-14" }, { asOf: "2026-06-01" }).catch((caught: unknown) => caught);
    expect(isStoreError(error, "audit_chain_broken")).toBe(true);
  });

  test.skipIf(skip)("a claim the store does not hold verifies as an empty chain", async () => {
    const store = await newStore();
    expect(await store.verifyClaimAudit("CLM-NONE")).toEqual({ ok: true, length: 0, head: null });
    expect(await store.claimDecisions("CLM-NONE")).toEqual([]);
  });

  // Measured (audit of issue 11): claimDecisions(42) answered [] and policyLedger({}) ran a query, instead of a
  // ValidationError naming the argument.
  const badReads = [
    { name: "claimDecisions(42)", path: "claimId", read: (store: ClaimStore) => store.claimDecisions(42 as never) },
    { name: 'claimDecisions("")', path: "claimId", read: (store: ClaimStore) => store.claimDecisions("") },
    { name: "policyLedger({})", path: "policyId", read: (store: ClaimStore) => store.policyLedger({} as never) },
    { name: 'verifyClaimAudit("CLM 1")', path: "claimId", read: (store: ClaimStore) => store.verifyClaimAudit("CLM 1") },
    { name: "verifyClaimAudit(undefined)", path: "claimId", read: (store: ClaimStore) => store.verifyClaimAudit(undefined as never) },
  ];
  test.skipIf(skip).each(badReads)("a read given something that is not an id is a ValidationError at its argument: $name", async ({ path, read }) => {
    const store = await newStore();
    const error = await read(store).catch((caught: unknown) => caught);
    expect(isValidationError(error)).toBe(true);
    expect((error as { issues: { path: (string | number)[] }[] }).issues.map((issue) => toDotPath(issue.path))).toEqual([path]);
  });

  test.skipIf(skip)("property: any sequence of submissions, repeats and retries pays what the pure run pays on the distinct claims, once each", async () => {
    const prefixes = ["01", "02", "03", "09", "10", "16"] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ claim: fc.constantFrom(...prefixes), key: fc.option(fc.constantFrom("a", "b", "c"), { nil: undefined }) }), { minLength: 1, maxLength: 10 }),
        async (submissions) => {
          const store = await newStore();
          let ledger: unknown;
          let paid = new Decimal(0);
          const decided = new Set<string>();
          for (const { claim: prefix, key } of submissions) {
            const claim = medicalClaim(prefix);
            const keyedKey = key === undefined ? undefined : `${key}-${prefix}`;
            const recorded = await store.adjudicateAndRecord(claim, { asOf: claim.submittedOn, ...(keyedKey === undefined ? {} : { idempotencyKey: keyedKey }) });
            if (decided.has(prefix)) {
              expect(recorded.replayed).not.toBe(false);
              continue;
            }
            decided.add(prefix);
            const pure = await own.adjudicate(claim, { asOf: claim.submittedOn, ...(ledger === undefined ? {} : { accumulators: ledger as never }) });
            ledger = pure.accumulatorsAfter;
            paid = paid.plus(pure.payable);
            expect(recorded).toMatchObject({ replayed: false, payable: pure.payable });
          }
          const stored = await store.policyLedger(own.policy.id);
          expect(stored).toEqual({ policyId: own.policy.id, ledger, version: decided.size });
          const { rows } = await test_db.database.query<{ total: string; claims: number }>(`SELECT coalesce(sum(payable), 0)::text AS total, count(DISTINCT claim_id)::int AS claims FROM "${store.schema}".claim_revisions`);
          expect(rows[0]?.claims).toBe(decided.size);
          expect(new Decimal(rows[0]?.total ?? "0").eq(paid)).toBe(true);
        },
      ),
      { numRuns: kind === "pglite" ? 6 : 12, seed: 20261101 },
    );
  }, 120_000);
});
