import { createHash } from "node:crypto";
import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import type { AuditEntry } from "../../src/audit/audit-entry-schema.js";
import { AuditLog } from "../../src/audit/audit-log.js";
import { contentHash } from "../../src/hashing/content-hash.js";
import { toDotPath } from "../../src/errors/adjudicator-error.js";
import { isValidationError } from "../../src/errors/validation-error.js";

const pending = { claimId: "CLM-2026-0042", outcome: "pending_documents", payable: "0", meta: { asOf: "2026-03-02" } };
const approved = { claimId: "CLM-2026-0042", outcome: "approved", payable: "3000.00", meta: { asOf: "2026-03-10" } };
const revised = { claimId: "CLM-2026-0042", outcome: "partially_approved", payable: "2400.00", meta: { asOf: "2026-04-01" } };

function threeDecisions(): AuditLog {
  return AuditLog.empty()
    .append(pending, { recordedAt: "2026-03-02T10:00:00+08:00" })
    .append(approved, { recordedAt: "2026-03-10T09:30:00+08:00" })
    .append(revised, { recordedAt: "2026-04-01T16:45:00+08:00" });
}

/** Saved entries as plain mutable JSON, as a tamperer would have them. */
function saved(log: AuditLog): AuditEntry[] {
  return JSON.parse(JSON.stringify(log)) as AuditEntry[];
}

describe("AuditLog", () => {
  test("each entry commits to its decision and to the entry before it", () => {
    const log = threeDecisions();
    const [first, second, third] = log.entries;
    expect(log.length).toBe(3);
    expect(first).toMatchObject({ format: "claim-adjudicator/audit-entry@1", sequence: 0, claimId: "CLM-2026-0042", previousHash: null, decisionHash: contentHash(pending) });
    expect(second?.previousHash).toBe(first?.entryHash);
    expect(third?.previousHash).toBe(second?.entryHash);
    expect(log.head).toEqual({ sequence: 2, entryHash: third?.entryHash });
    expect(log.verify()).toEqual({ ok: true, length: 3, head: log.head });
  });

  test("hashes are SHA-256 of the canonical JSON written out here, checked with node:crypto", () => {
    const sha256 = (text: string) => `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
    const decisionHash = sha256('{"claimId":"CLM-2026-0042","meta":{"asOf":"2026-03-02"},"outcome":"pending_documents","payable":"0"}');
    const entryHash = sha256(
      `{"claimId":"CLM-2026-0042","decisionHash":"${decisionHash}","format":"claim-adjudicator/audit-entry@1","previousHash":null,"recordedAt":"2026-03-02T10:00:00+08:00","sequence":0}`,
    );
    expect(threeDecisions().entries[0]).toMatchObject({ decisionHash, entryHash });
    expect(threeDecisions().head).toEqual(threeDecisions().head);
  });

  test("round-trips through JSON text and still verifies", () => {
    const log = threeDecisions();
    const loaded = AuditLog.fromJSON(JSON.parse(JSON.stringify(log)));
    expect(loaded.entries).toEqual(log.entries);
    expect(loaded.verify({ expectedHead: log.head ?? undefined })).toMatchObject({ ok: true, length: 3 });
  });

  test("never mutates: append returns a new log, entries and stored decisions are frozen copies", () => {
    const decision = structuredClone(approved);
    const one = AuditLog.empty().append(pending, { recordedAt: "2026-03-02T10:00:00+08:00" });
    const two = one.append(decision, { recordedAt: "2026-03-10T09:30:00+08:00" });
    expect([one.length, two.length]).toEqual([1, 2]);
    decision.payable = "9999.00"; // the caller changing its object afterwards does not reach the log
    expect((two.entries[1] as AuditEntry | undefined)?.decision["payable"]).toBe("3000.00");
    expect(two.verify().ok).toBe(true);
    expect(Object.isFrozen(two.entries)).toBe(true);
    expect(Object.isFrozen((two.entries[1] as AuditEntry | undefined)?.decision)).toBe(true);
    expect(() => (two.toJSON() as AuditEntry[]).pop()).toThrow(TypeError);
  });

  test("stores the decision as canonical JSON: key order does not matter, undefined is dropped", () => {
    const reordered = AuditLog.empty().append({ payable: "0", outcome: "pending_documents", claimId: "CLM-2026-0042", meta: { asOf: "2026-03-02" }, note: undefined }, { recordedAt: "2026-03-02T10:00:00+08:00" });
    const plain = AuditLog.empty().append(pending, { recordedAt: "2026-03-02T10:00:00+08:00" });
    expect(reordered.head).toEqual(plain.head);
  });

  test("a time with another offset is compared as an instant", () => {
    const log = AuditLog.empty().append(pending, { recordedAt: "2026-03-02T10:00:00+08:00" });
    expect(log.append(approved, { recordedAt: "2026-03-02T02:00:00Z" }).length).toBe(2); // the same instant
    expect(() => log.append(approved, { recordedAt: "2026-03-02T01:59:59Z" })).toThrow(/before the last entry/);
  });
});

describe("AuditLog.verify names the entry and why", () => {
  const log = threeDecisions();
  const head = log.head ?? undefined;
  const cases: { name: string; tamper: (entries: AuditEntry[]) => AuditEntry[]; withHead: boolean; first: [index: number, code: string] }[] = [
    { name: "a payable edited", tamper: (e) => (((e[1]!.decision as Record<string, unknown>)["payable"] = "30000.00"), e), withHead: false, first: [1, "decision_hash_mismatch"] },
    { name: "a decision and its decisionHash edited together", tamper: (e) => editDecisionAndItsHash(e, 1), withHead: false, first: [1, "entry_hash_mismatch"] },
    { name: "the recorded time moved", tamper: (e) => ((e[2] = { ...e[2]!, recordedAt: "2026-03-31T16:45:00+08:00" }), e), withHead: false, first: [2, "entry_hash_mismatch"] },
    { name: "the middle entry removed", tamper: (e) => [e[0]!, e[2]!], withHead: false, first: [1, "sequence_mismatch"] },
    { name: "the first entry removed", tamper: (e) => [e[1]!, e[2]!], withHead: false, first: [0, "sequence_mismatch"] },
    { name: "two entries swapped", tamper: (e) => [e[1]!, e[0]!, e[2]!], withHead: false, first: [0, "sequence_mismatch"] },
    { name: "the last entry removed, with the head kept apart", tamper: (e) => e.slice(0, 2), withHead: true, first: [1, "head_mismatch"] },
    { name: "an entry for another claim", tamper: (e) => ((e[2] = { ...e[2]!, claimId: "CLM-OTHER" }), e), withHead: false, first: [2, "claim_mismatch"] },
  ];

  test.each(cases)("$name → entry $first", ({ tamper, withHead, first }) => {
    const result = AuditLog.fromJSON(tamper(saved(log))).verify(withHead ? { expectedHead: head! } : {});
    expect(result.ok).toBe(false);
    expect([result.problems?.[0]?.index, result.problems?.[0]?.code]).toEqual(first);
  });

  test("messages say which entry and what happened", () => {
    const entries = saved(log);
    (entries[1]!.decision as Record<string, unknown>)["payable"] = "30000.00";
    const [problem] = AuditLog.fromJSON(entries).verify().problems ?? [];
    expect(problem?.message).toMatch(/^entry 1 \(sequence 1\): the decision hashes to sha256:[0-9a-f]{64}, not the recorded sha256:[0-9a-f]{64}: the decision was edited$/);
  });

  test("without the head kept apart, cutting entries off the end cannot be seen (a hash chain's limit)", () => {
    expect(AuditLog.fromJSON(saved(log).slice(0, 2)).verify().ok).toBe(true);
  });
});

describe("AuditLog rejects bad input with paths", () => {
  const log = AuditLog.empty().append(pending, { recordedAt: "2026-03-02T10:00:00+08:00" });
  test.each([
    { name: "a decision on another claim", act: () => log.append({ ...approved, claimId: "CLM-OTHER" }, { recordedAt: "2026-03-10T09:30:00+08:00" }), path: "decision.claimId" },
    { name: "a time before the last entry", act: () => log.append(approved, { recordedAt: "2026-03-01T09:30:00+08:00" }), path: "options.recordedAt" },
    { name: "a time without an offset", act: () => log.append(approved, { recordedAt: "2026-03-10T09:30:00" }), path: "options.recordedAt" },
    { name: "a date without a time", act: () => log.append(approved, { recordedAt: "2026-03-10" }), path: "options.recordedAt" },
    { name: "a decision without a claim id", act: () => AuditLog.empty().append({ outcome: "approved" } as never, { recordedAt: "2026-03-10T09:30:00+08:00" }), path: "decision.claimId" },
    { name: "a number that JSON cannot hold", act: () => AuditLog.empty().append({ claimId: "C", ratio: Number.NaN }, { recordedAt: "2026-03-10T09:30:00+08:00" }), path: "decision" },
    { name: "saved entries missing a hash", act: () => AuditLog.fromJSON([{ ...saved(log)[0]!, decisionHash: undefined }]), path: "auditLog[0].decisionHash" },
    { name: "saved entries that are not a list", act: () => AuditLog.fromJSON({ entries: [] }), path: "auditLog" },
  ])("$name → $path", ({ act, path }) => {
    let caught: unknown;
    try {
      act();
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    if (isValidationError(caught)) expect(caught.issues.map((issue) => toDotPath(issue.path))).toEqual([path]);
  });
});

function editDecisionAndItsHash(entries: AuditEntry[], index: number): AuditEntry[] {
  const entry = entries[index]!;
  const decision = { ...entry.decision, payable: "30000.00" };
  entries[index] = { ...entry, decision, decisionHash: contentHash(decision) };
  return entries;
}

describe("AuditLog.verify: any single edit, removal or swap is detected (property)", () => {
  const decision = fc.record({ claimId: fc.constant("CLM-P"), outcome: fc.constantFrom("approved", "denied", "pending_documents"), payable: fc.stringMatching(/^\d{1,6}\.\d{2}$/), extra: fc.jsonValue({ maxDepth: 2 }) });
  const logArb = fc.array(decision, { minLength: 2, maxLength: 8 }).map((decisions) =>
    decisions.reduce((log, d, i) => log.append(d, { recordedAt: `2026-03-10T09:${String(10 + i).padStart(2, "0")}:00+08:00` }), AuditLog.empty()),
  );
  const FIELDS = ["sequence", "claimId", "recordedAt", "decision", "decisionHash", "previousHash", "entryHash"] as const;
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant("edit" as const), at: fc.nat(), field: fc.constantFrom(...FIELDS), value: fc.jsonValue({ maxDepth: 1 }) }),
    fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), other: fc.nat() }),
  );

  propTest.prop([logArb, mutation])("verify with the head kept apart fails, at the first entry touched", (log, change) => {
    const entries = saved(log);
    const n = entries.length;
    const at = change.at % n;
    let expectedIndex: number;
    if (change.kind === "edit") {
      const entry = entries[at] as unknown as Record<string, unknown>;
      const replacement = editedValue(change.field, entry[change.field], change.value);
      fc.pre(contentHash(replacement ?? null) !== contentHash(entry[change.field] ?? null));
      entries[at] = { ...(entry as unknown as AuditEntry), [change.field]: replacement };
      expectedIndex = at;
    } else if (change.kind === "remove") {
      entries.splice(at, 1);
      expectedIndex = at === n - 1 ? n - 2 : at;
    } else {
      const other = change.other % n;
      fc.pre(other !== at);
      [entries[at], entries[other]] = [entries[other]!, entries[at]!];
      expectedIndex = Math.min(at, other);
    }
    const result = loadOrProblems(entries, log.head!);
    expect(result.ok).toBe(false);
    if (result.index !== undefined) expect(result.index).toBe(expectedIndex);
  });

  propTest.prop([logArb])("an untouched log verifies, also after a JSON round trip", (log) => {
    expect(AuditLog.fromJSON(saved(log)).verify({ expectedHead: log.head! }).ok).toBe(true);
  });
});

/** An edit that keeps the entry loadable where it can (so verify, not the schema, has to find it). */
function editedValue(field: string, current: unknown, value: unknown): unknown {
  switch (field) {
    case "sequence":
      return (current as number) + 1 + (typeof value === "number" && Number.isInteger(value) ? Math.abs(value) : 0);
    case "recordedAt":
      return "2026-03-10T08:00:00+08:00";
    case "decision":
      return { ...(current as object), extra: value };
    case "decisionHash":
    case "previousHash":
    case "entryHash":
      return contentHash(value ?? null);
    default:
      return typeof value === "string" && value !== "" ? value : "CLM-EDITED";
  }
}

/** Loads and verifies; a shape error from `fromJSON` also counts as detection (with no entry index). */
function loadOrProblems(entries: AuditEntry[], head: NonNullable<AuditLog["head"]>): { ok: boolean; index?: number } {
  try {
    const result = AuditLog.fromJSON(entries).verify({ expectedHead: head });
    return result.ok ? { ok: true } : { ok: false, index: result.problems[0]!.index };
  } catch (error) {
    if (isValidationError(error)) return { ok: false };
    throw error;
  }
}

test("a decision with unusual keys survives a save and load unchanged (found by the property test, seed 1376454717)", () => {
  const decision = JSON.parse('{"claimId":"CLM-P","extra":{"__proto__":null},"outcome":"approved","payable":"0.00"}') as never;
  const log = AuditLog.empty().append(decision, { recordedAt: "2026-03-10T09:10:00+08:00" });
  expect(AuditLog.fromJSON(JSON.parse(JSON.stringify(log.toJSON()))).verify({ expectedHead: log.head! }).ok).toBe(true);
});
