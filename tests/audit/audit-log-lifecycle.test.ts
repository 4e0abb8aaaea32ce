import { createHash } from "node:crypto";
import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import type { AuditLogEntry, LifecycleAuditEntry } from "../../src/audit/audit-entry-schema.js";
import { AuditLog } from "../../src/audit/audit-log.js";
import { addCalendarDays } from "../../src/dates/add-calendar-days.js";
import { toDotPath } from "../../src/errors/adjudicator-error.js";
import { isValidationError } from "../../src/errors/validation-error.js";
import { contentHash } from "../../src/hashing/content-hash.js";
import type { ClaimEventInput } from "../../src/lifecycle/claim-event-schema.js";
import { replayClaimEvents } from "../../src/lifecycle/replay-claim-events.js";

const ID = "CLM-2026-0042";
const at = (day: string, time = "10:00:00") => `${day}T${time}+08:00`;

/** A claim's life with its two decisions in one log: documents requested, pending, then approved and paid. */
function life(): AuditLog {
  return AuditLog.empty()
    .appendEvent({ type: "report", on: "2026-02-28" }, { claimId: ID, recordedAt: at("2026-02-28") })
    .appendEvent({ type: "submit", on: "2026-03-02" }, { recordedAt: at("2026-03-02") })
    .append({ claimId: ID, outcome: "pending_documents", payable: "0", meta: { asOf: "2026-03-10" } }, { recordedAt: at("2026-03-10", "09:00:00") })
    .appendEvent({ type: "request_documents", on: "2026-03-10", reachedClaimantOn: "2026-03-12", documents: ["invoice"] }, { recordedAt: at("2026-03-12") })
    .appendEvent({ type: "receive_documents", on: "2026-03-25" }, { recordedAt: at("2026-03-25") })
    .append({ claimId: ID, outcome: "approved", payable: "3000.00", meta: { asOf: "2026-04-10", decisionId: "dec-1" } }, { recordedAt: at("2026-04-10", "09:00:00") })
    .appendEvent({ type: "decide", on: "2026-04-10", decisionId: "dec-1", outcome: "approved", payable: "3000.00" }, { recordedAt: at("2026-04-10") })
    .appendEvent({ type: "pay", on: "2026-04-15", amount: "3000.00", reference: "TX-881" }, { recordedAt: at("2026-04-15") });
}

/** Saved entries as plain mutable JSON, as a tamperer would have them. */
function saved(log: AuditLog): Record<string, unknown>[] {
  return JSON.parse(JSON.stringify(log)) as Record<string, unknown>[];
}

/** Rewrites every hash after an edit, as a tamperer who knows the layout would: only the head or the replay can tell. */
function rehash(entries: Record<string, unknown>[]): Record<string, unknown>[] {
  let previous: string | null = null;
  return entries.map((entry, sequence) => {
    const lifecycle = entry["format"] === "claim-adjudicator/lifecycle-entry@1";
    const payloadHash = contentHash((lifecycle ? entry["event"] : entry["decision"]) as never);
    const header = lifecycle
      ? { format: entry["format"], sequence, claimId: entry["claimId"], recordedAt: entry["recordedAt"], eventHash: payloadHash, state: entry["state"], previousHash: previous }
      : { format: entry["format"], sequence, claimId: entry["claimId"], recordedAt: entry["recordedAt"], decisionHash: payloadHash, previousHash: previous };
    const entryHash = contentHash(header as never);
    previous = entryHash;
    return { ...entry, ...header, entryHash };
  });
}

describe("AuditLog holds the claim's life as well as its decisions", () => {
  test("events and decisions share one chain; each event entry records the state it led to", () => {
    const log = life();
    expect(log.entries.map((entry) => ("state" in entry ? entry.state : `decision ${String(entry.decision["outcome"])}`))).toEqual([
      "reported",
      "under_assessment",
      "decision pending_documents",
      "documents_requested",
      "under_assessment",
      "decision approved",
      "decided",
      "paid",
    ]);
    log.entries.forEach((entry, i) => expect(entry.previousHash).toBe(i === 0 ? null : log.entries[i - 1]?.entryHash));
    expect(log.verify({ expectedHead: log.head ?? undefined })).toEqual({ ok: true, length: 8, head: log.head });
  });

  test("an event entry hashes its own layout: SHA-256 of the canonical JSON written out here, checked with node:crypto", () => {
    const sha256 = (text: string) => `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
    const eventHash = sha256('{"on":"2026-02-28","type":"report"}');
    const entryHash = sha256(
      `{"claimId":"${ID}","eventHash":"${eventHash}","format":"claim-adjudicator/lifecycle-entry@1","previousHash":null,"recordedAt":"2026-02-28T10:00:00+08:00","sequence":0,"state":"reported"}`,
    );
    expect(life().entries[0]).toEqual({ format: "claim-adjudicator/lifecycle-entry@1", sequence: 0, claimId: ID, recordedAt: "2026-02-28T10:00:00+08:00", event: { type: "report", on: "2026-02-28" }, state: "reported", eventHash, previousHash: null, entryHash });
  });

  test("claimHistory() replays the events, decisions left aside; the same as replaying them by hand", () => {
    const log = life();
    const events = log.entries.flatMap((entry) => ("event" in entry ? [entry.event as unknown as ClaimEventInput] : []));
    expect(log.claimHistory()).toEqual(replayClaimEvents(ID, events));
    expect(log.claimHistory().state).toBe("paid");
    expect(AuditLog.empty().claimHistory()).toMatchObject({ state: "not_reported", events: [] });
  });

  test("round-trips through JSON text and still verifies against the head kept apart", () => {
    const log = life();
    const loaded = AuditLog.fromJSON(JSON.parse(JSON.stringify(log)));
    expect(loaded.entries).toEqual(log.entries);
    expect(loaded.verify({ expectedHead: log.head ?? undefined }).ok).toBe(true);
    expect(loaded.appendEvent({ type: "close", on: "2026-04-16" }, { recordedAt: at("2026-04-16") }).claimHistory().state).toBe("closed");
  });

  test.each([
    { name: "a transition the state does not allow", event: { type: "reopen", on: "2026-04-16", reason: "x" }, options: { recordedAt: at("2026-04-16") }, path: "event.type", code: "refused_transition" },
    { name: "a payment beyond the decision", event: { type: "pay", on: "2026-04-16", amount: "0.01" }, options: { recordedAt: at("2026-04-16") }, path: "event.amount", code: "refused_transition" },
    { name: "a malformed event", event: { type: "close", on: "16 April" }, options: { recordedAt: at("2026-04-16") }, path: "event.on", code: "invalid_input" },
    { name: "another claim", event: { type: "close", on: "2026-04-16" }, options: { claimId: "CLM-OTHER", recordedAt: at("2026-04-16") }, path: "options.claimId", code: "invalid_input" },
    { name: "recorded before the last entry", event: { type: "close", on: "2026-04-16" }, options: { recordedAt: at("2026-04-14") }, path: "options.recordedAt", code: "invalid_input" },
  ])("appendEvent refuses $name at $path, and the log is unchanged", ({ event, options, path, code }) => {
    const log = life();
    let caught: unknown;
    try {
      log.appendEvent(event as ClaimEventInput, options);
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    if (isValidationError(caught)) expect(caught.issues.map((issue) => [toDotPath(issue.path), issue.code])).toEqual([[path, code]]);
    expect(log.length).toBe(8);
  });

  test("the first event needs the claim's id", () => {
    expect(() => AuditLog.empty().appendEvent({ type: "report", on: "2026-02-28" }, { recordedAt: at("2026-02-28") })).toThrow(/options\.claimId: the log is empty/);
  });
});

describe("AuditLog.verify finds tampering with the claim's life, naming the entry and why", () => {
  const log = life();
  const head = log.head ?? undefined;
  const cases: { name: string; tamper: (entries: Record<string, unknown>[]) => Record<string, unknown>[]; withHead: boolean; first: [number, string] }[] = [
    { name: "a payment's amount edited", tamper: (e) => ((e[7] = { ...e[7], event: { ...(e[7]!["event"] as object), amount: "30000.00" } }), e), withHead: false, first: [7, "event_hash_mismatch"] },
    { name: "the state an entry led to edited (its entryHash no longer matches either)", tamper: (e) => ((e[1] = { ...e[1], state: "decided" }), e), withHead: false, first: [1, "state_mismatch"] },
    { name: "the request's date edited with its eventHash", tamper: (e) => ((e[3] = { ...e[3], event: { ...(e[3]!["event"] as object), reachedClaimantOn: "2026-03-20" } }), (e[3]!["eventHash"] = contentHash(e[3]!["event"] as never)), e), withHead: false, first: [3, "entry_hash_mismatch"] },
    { name: "the request for documents removed", tamper: (e) => [...e.slice(0, 3), ...e.slice(4)], withHead: false, first: [3, "sequence_mismatch"] },
    // Rewritten throughout, so every hash and link holds: only the replay sees a life the state machine refuses.
    { name: "the request removed and every hash rewritten", tamper: (e) => rehash([...e.slice(0, 3), ...e.slice(4)]), withHead: false, first: [3, "refused_transition"] },
    { name: "a state rewritten with every hash", tamper: (e) => rehash(((e[7] = { ...e[7], state: "closed" }), e)), withHead: false, first: [7, "state_mismatch"] },
    { name: "the same, with the head kept apart", tamper: (e) => rehash(((e[7] = { ...e[7], state: "closed" }), e)), withHead: true, first: [7, "state_mismatch"] },
    { name: "the last payment cut off, with the head kept apart", tamper: (e) => e.slice(0, 7), withHead: true, first: [6, "head_mismatch"] },
  ];

  test.each(cases)("$name → entry $first", ({ tamper, withHead, first }) => {
    const result = AuditLog.fromJSON(tamper(saved(log))).verify(withHead ? { expectedHead: head! } : {});
    expect(result.ok).toBe(false);
    expect([result.problems?.[0]?.index, result.problems?.[0]?.code]).toEqual(first);
  });

  test("a refused transition says which event and why", () => {
    const [problem] = AuditLog.fromJSON(rehash([...saved(log).slice(0, 3), ...saved(log).slice(4)])).verify().problems ?? [];
    expect(problem?.message).toBe(
      `entry 3 (sequence 3): its event is not a transition the claim's life allowed: claim "${ID}" is under_assessment: receive_documents is allowed only from documents_requested`,
    );
  });

  test("a rewritten log fails only at the head when the life it tells is still possible (a hash chain's limit)", () => {
    const shorter = rehash(saved(log).slice(0, 7));
    expect(AuditLog.fromJSON(shorter).verify().ok).toBe(true);
    expect(AuditLog.fromJSON(shorter).verify({ expectedHead: head! }).problems?.map((problem) => problem.code)).toEqual(["head_mismatch"]);
  });
});

describe("AuditLog with events: any single edit, removal or swap is detected (property)", () => {
  const step = fc.record({
    kind: fc.constantFrom("event" as const, "decision" as const),
    gap: fc.integer({ min: 0, max: 9 }),
    cents: fc.integer({ min: 1, max: 100_000 }),
  });
  // A life that always fits the table: submit, request, receive, decide, pay in parts; decisions recorded in between.
  const logArb = fc.array(step, { minLength: 2, maxLength: 10 }).map((steps) => {
    let log = AuditLog.empty().appendEvent({ type: "submit", on: "2026-03-02" }, { claimId: ID, recordedAt: at("2026-03-02", "08:00:00") });
    let day = "2026-03-02";
    const script: ((on: string) => ClaimEventInput)[] = [
      (on) => ({ type: "request_documents", on, reachedClaimantOn: on, documents: ["invoice"] }),
      (on) => ({ type: "receive_documents", on }),
      (on) => ({ type: "decide", on, decisionId: "dec-p", outcome: "approved", payable: "999999.00" }),
    ];
    steps.forEach((s, i) => {
      day = addCalendarDays(day, s.gap);
      const recordedAt = at(day, `09:${String(10 + i).padStart(2, "0")}:00`);
      if (s.kind === "decision") log = log.append({ claimId: ID, outcome: "approved", payable: (s.cents / 100).toFixed(2) }, { recordedAt });
      else log = log.appendEvent((script.shift() ?? ((on: string) => ({ type: "pay", on, amount: (s.cents / 100).toFixed(2) })))(day), { recordedAt });
    });
    return log;
  });
  const FIELDS = ["sequence", "claimId", "recordedAt", "event", "state", "eventHash", "previousHash", "entryHash"] as const;
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant("edit" as const), at: fc.nat(), field: fc.constantFrom(...FIELDS), value: fc.jsonValue({ maxDepth: 1 }) }),
    fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), other: fc.nat() }),
  );

  propTest.prop([logArb, mutation])("verify with the head kept apart fails, at the first entry touched", (log, change) => {
    const entries = saved(log);
    const n = entries.length;
    const index = change.at % n;
    let expectedIndex: number;
    if (change.kind === "edit") {
      const entry = entries[index]!;
      fc.pre(entry["format"] === "claim-adjudicator/lifecycle-entry@1");
      const replacement = edited(change.field, entry[change.field], change.value);
      fc.pre(contentHash((replacement ?? null) as never) !== contentHash((entry[change.field] ?? null) as never));
      entries[index] = { ...entry, [change.field]: replacement };
      expectedIndex = index;
    } else if (change.kind === "remove") {
      entries.splice(index, 1);
      expectedIndex = index === n - 1 ? n - 2 : index;
    } else {
      const other = change.other % n;
      fc.pre(other !== index);
      [entries[index], entries[other]] = [entries[other]!, entries[index]!];
      expectedIndex = Math.min(index, other);
    }
    let result: { ok: boolean; index?: number };
    try {
      const verification = AuditLog.fromJSON(entries).verify({ expectedHead: log.head! });
      result = verification.ok ? { ok: true } : { ok: false, index: verification.problems[0]!.index };
    } catch (error) {
      if (!isValidationError(error)) throw error;
      result = { ok: false }; // the shape check of fromJSON caught it
    }
    expect(result.ok).toBe(false);
    if (result.index !== undefined) expect(result.index).toBe(expectedIndex);
  });

  propTest.prop([logArb])("an untouched log verifies after a JSON round trip, and its life replays", (log) => {
    const loaded = AuditLog.fromJSON(saved(log));
    expect(loaded.verify({ expectedHead: log.head! }).ok).toBe(true);
    const lastEvent = [...log.entries].reverse().find((entry): entry is LifecycleAuditEntry => entry.format === "claim-adjudicator/lifecycle-entry@1");
    expect(loaded.claimHistory().state).toBe(lastEvent?.state);
  });
});

/** An edit that keeps a lifecycle entry loadable where it can (so verify, not the schema, has to find it). */
function edited(field: (typeof FIELD_NAMES)[number], current: unknown, value: unknown): unknown {
  switch (field) {
    case "sequence":
      return (current as number) + 1 + (typeof value === "number" && Number.isInteger(value) ? Math.abs(value) : 0);
    case "recordedAt":
      return "2026-03-01T08:00:00+08:00";
    case "event":
      return { ...(current as object), note: value };
    case "state":
      return current === "paid" ? "closed" : "paid";
    case "eventHash":
    case "previousHash":
    case "entryHash":
      return contentHash((value ?? null) as never);
    default:
      return typeof value === "string" && value !== "" ? value : "CLM-EDITED";
  }
}
const FIELD_NAMES = ["sequence", "claimId", "recordedAt", "event", "state", "eventHash", "previousHash", "entryHash"] as const;

test("AuditLogEntry is a union told apart by format", () => {
  const formats = life().entries.map((entry: AuditLogEntry) => entry.format);
  expect(new Set(formats)).toEqual(new Set(["claim-adjudicator/audit-entry@1", "claim-adjudicator/lifecycle-entry@1"]));
});
