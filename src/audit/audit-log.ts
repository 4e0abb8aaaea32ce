import { canonicalJson } from "../hashing/canonical-json.js";
import { z } from "zod";
import { contentHash } from "../hashing/content-hash.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { parseInput } from "../values/parse-input.js";
import { checkNestingDepth } from "../values/check-nesting-depth.js";
import { applyClaimEvent } from "../lifecycle/apply-claim-event.js";
import type { ClaimEvent, ClaimEventInput } from "../lifecycle/claim-event-schema.js";
import { type ClaimHistory, emptyClaimHistory } from "../lifecycle/claim-history.js";
import { replayClaimEvents } from "../lifecycle/replay-claim-events.js";
import {
  AUDIT_ENTRY_FORMAT,
  type AuditEntry,
  AuditEntrySchema,
  type AuditHead,
  type AuditLogEntry,
  AuditLogEntrySchema,
  isLifecycleEntry,
  LIFECYCLE_ENTRY_FORMAT,
  type LifecycleAuditEntry,
} from "./audit-entry-schema.js";
import { hashAuditEntry } from "./hash-audit-entry.js";
import { type AuditVerification, verifyAuditChain } from "./verify-audit-chain.js";

/** What a log accepts as a decision: a JSON object naming its claim. */
export type AuditableDecision = { readonly claimId: string; readonly [key: string]: unknown };

const AppendOptionsSchema = z.strictObject({
  recordedAt: AuditEntrySchema.shape.recordedAt,
});
/** Options of `AuditLog.append`: when the decision was recorded. */
export type AppendOptions = z.input<typeof AppendOptionsSchema>;

const AppendEventOptionsSchema = z.strictObject({
  recordedAt: AuditEntrySchema.shape.recordedAt,
  /** The claim the event is about; required for the first entry, else it must be the log's claim. */
  claimId: z.string().min(1).optional(),
});
/** Options of `AuditLog.appendEvent`: when the event was recorded, and the claim it is about (required for the first entry). */
export type AppendEventOptions = z.input<typeof AppendEventOptionsSchema>;

/**
 * The append-only, hash-chained record of one claim: its decisions and the events of its life (report, request
 * for documents, decision, payment, appeal, …: `ClaimEventSchema`), in one chain. Each entry commits, by SHA-256 of
 * canonical JSON (`contentHash`), to its decision or event and to the entry before it, so `verify()` finds any
 * edited, removed, inserted or reordered entry and says which and why; it also replays the events through the
 * claim's state machine. `claimHistory()` gives the claim's life back from the log.
 *
 * Pure data in, pure data out: the log never reads the clock (`recordedAt` is an argument) and never stores
 * itself. `append` returns a new log; entries are frozen copies. Save `toJSON()`, load with `fromJSON()`, and keep
 * `head` somewhere else as well: a hash chain alone cannot tell that entries were cut off its end.
 *
 * @example
 * const log = AuditLog.empty().append(decision, { recordedAt: "2026-03-10T09:30:00+08:00" });
 * log.verify()
 * //=> { ok: true, length: 1, head: { sequence: 0, entryHash: "sha256:…" } }
 */
export class AuditLog {
  readonly #entries: readonly AuditLogEntry[];

  private constructor(entries: readonly AuditLogEntry[]) {
    this.#entries = Object.freeze(entries);
  }

  /** A log with no entries yet. */
  static empty(): AuditLog {
    return new AuditLog([]);
  }

  /**
   * A log from entries saved by `toJSON()`. Checks their shape (throwing `ValidationError` with paths such as
   * `auditLog[2].decisionHash`), not their hashes: a tampered log loads, and `verify()` says what is wrong with it.
   *
   * @param entries - the saved entries, e.g. `JSON.parse(text)`
   * @returns the log, holding frozen copies
   * @example
   * AuditLog.fromJSON(JSON.parse(JSON.stringify(log))).verify().ok
   * //=> true
   */
  static fromJSON(entries: unknown): AuditLog {
    // Past the nesting limit nothing else is checked: the schemas and the hashing recurse once per level.
    const tooDeep = checkNestingDepth(entries, undefined, ["auditLog"]);
    if (tooDeep !== undefined) throw new ValidationError("audit log", [tooDeep]);
    const parsed = parseInput(z.array(AuditLogEntrySchema), entries, "auditLog");
    // The decision or event is kept as it was saved, not as zod rebuilt it: a rebuilt object loses keys such as
    // "__proto__", and verify() must hash exactly what was stored.
    const saved = entries as readonly { readonly decision?: AuditEntry["decision"]; readonly event?: LifecycleAuditEntry["event"] }[];
    return new AuditLog(
      parsed.map((entry, i) =>
        entry.format === LIFECYCLE_ENTRY_FORMAT
          ? (deepFreeze(structuredClone({ ...entry, event: saved[i]?.event ?? entry.event })) as LifecycleAuditEntry)
          : (deepFreeze(structuredClone({ ...entry, decision: saved[i]?.decision ?? entry.decision })) as AuditEntry),
      ),
    );
  }

  /** The entries, oldest first, as plain frozen JSON data (`JSON.stringify(log)` gives the same). */
  toJSON(): readonly AuditLogEntry[] {
    return this.#entries;
  }

  /** The entries, oldest first: decisions (`format` …`audit-entry@1`) and events (…`lifecycle-entry@1`). */
  get entries(): readonly AuditLogEntry[] {
    return this.#entries;
  }

  /** How many entries the log holds. */
  get length(): number {
    return this.#entries.length;
  }

  /** The last entry's sequence and hash (`null` when empty): store it apart from the log and pass it to `verify`. */
  get head(): AuditHead | null {
    const last = this.#entries.at(-1);
    return last === undefined ? null : { sequence: last.sequence, entryHash: last.entryHash };
  }

  /**
   * A new log with `decision` appended; this log is unchanged. The decision is stored as its canonical JSON
   * (keys sorted, `undefined` dropped), which is exactly what `decisionHash` covers.
   *
   * @param decision - a JSON object with a `claimId`; it must be this log's claim
   * @param options - `recordedAt`: when it is recorded, ISO 8601 with offset, not earlier than the last entry
   * @returns the longer log
   * @throws ValidationError when the decision is not JSON, names another claim, or `recordedAt` is invalid or earlier than the last entry's
   * @example
   * AuditLog.empty().append({ claimId: "C-1", outcome: "approved" }, { recordedAt: "2026-03-10T09:30:00+08:00" }).length
   * //=> 1
   */
  append(decision: AuditableDecision, options: AppendOptions): AuditLog {
    const { recordedAt } = parseInput(AppendOptionsSchema, options, "options");
    const { stored, claimId } = toStoredDecision(decision);
    const previous = this.#entries.at(-1);
    const issues: Issue[] = [];
    if (previous !== undefined && claimId !== previous.claimId) {
      issues.push({ code: "invalid_input", path: ["decision", "claimId"], message: `is "${claimId}", but this log records claim "${previous.claimId}"` });
    }
    if (previous !== undefined && Date.parse(recordedAt) < Date.parse(previous.recordedAt)) {
      issues.push({ code: "invalid_input", path: ["options", "recordedAt"], message: `${recordedAt} is before the last entry, recorded at ${previous.recordedAt}` });
    }
    if (issues.length > 0) throw new ValidationError("audit log entry", issues);

    const header = {
      format: AUDIT_ENTRY_FORMAT,
      sequence: this.#entries.length,
      claimId,
      recordedAt,
      decisionHash: contentHash(stored),
      previousHash: previous?.entryHash ?? null,
    } as const;
    const entry: AuditEntry = deepFreeze({ ...header, decision: stored, entryHash: hashAuditEntry(header) });
    return new AuditLog([...this.#entries, entry]);
  }

  /**
   * A new log with an event of the claim's life appended; this log is unchanged. The event is validated
   * (`ClaimEventSchema`) and applied to the claim's history as the log records it (`applyClaimEvent`), so the log
   * only ever holds a life the state machine allows; the entry records the state it led to.
   *
   * @param event - the event, as JSON
   * @param options - `recordedAt` (ISO 8601 with offset, not earlier than the last entry) and, for the first entry, `claimId`
   * @returns the longer log
   * @throws ValidationError: the event malformed (`event.…`) or refused (code `refused_transition`, naming the state),
   *   the claim missing or another one (`options.claimId`), `recordedAt` invalid or earlier than the last entry's
   * @example
   * AuditLog.empty().appendEvent({ type: "report", on: "2026-02-28" }, { claimId: "C-1", recordedAt: "2026-02-28T10:00:00+08:00" }).entries[0]?.state
   * //=> "reported"
   */
  appendEvent(event: ClaimEventInput, options: AppendEventOptions): AuditLog {
    const { recordedAt, claimId: given } = parseInput(AppendEventOptionsSchema, options, "options");
    const previous = this.#entries.at(-1);
    const issues: Issue[] = [];
    const claimId = given ?? previous?.claimId;
    if (claimId === undefined) issues.push({ code: "invalid_input", path: ["options", "claimId"], message: "the log is empty: say which claim the event is about" });
    if (previous !== undefined && claimId !== undefined && claimId !== previous.claimId) {
      issues.push({ code: "invalid_input", path: ["options", "claimId"], message: `is "${claimId}", but this log records claim "${previous.claimId}"` });
    }
    if (previous !== undefined && Date.parse(recordedAt) < Date.parse(previous.recordedAt)) {
      issues.push({ code: "invalid_input", path: ["options", "recordedAt"], message: `${recordedAt} is before the last entry, recorded at ${previous.recordedAt}` });
    }
    if (issues.length > 0 || claimId === undefined) throw new ValidationError("audit log entry", issues);
    const history = applyClaimEvent(this.#history(claimId), event);
    const stored = deepFreeze(JSON.parse(canonicalJson(history.events.at(-1) as ClaimEvent) ?? "{}") as LifecycleAuditEntry["event"]);
    const header = {
      format: LIFECYCLE_ENTRY_FORMAT,
      sequence: this.#entries.length,
      claimId,
      recordedAt,
      state: history.state,
      eventHash: contentHash(stored),
      previousHash: previous?.entryHash ?? null,
    } as const;
    const entry: LifecycleAuditEntry = deepFreeze({ ...header, event: stored, entryHash: hashAuditEntry(header) });
    return new AuditLog([...this.#entries, entry]);
  }

  /**
   * The claim's life as the log records it: its events replayed (`replayClaimEvents`), decisions left aside.
   *
   * @returns the claim's history (`not_reported` with no events when the log holds none)
   * @throws ValidationError with paths such as `events[2].type` when the stored events do not replay (a tampered log: `verify()` says more)
   * @example
   * log.claimHistory().state
   * //=> "decided"
   */
  claimHistory(): ClaimHistory {
    return this.#history(this.#entries[0]?.claimId ?? "");
  }

  #history(claimId: string): ClaimHistory {
    const events = this.#entries.filter(isLifecycleEntry).map((entry) => entry.event as unknown as ClaimEventInput);
    return events.length === 0 ? emptyClaimHistory(claimId) : replayClaimEvents(claimId, events);
  }

  /**
   * Checks the whole chain (see `verifyAuditChain`): every entry at its position, of this claim, matching its
   * hashes and linked to the one before. With `expectedHead` (the `head` kept elsewhere), entries removed from
   * the end are detected too.
   *
   * @param options - `expectedHead`, optional
   * @returns `{ ok: true, length, head }` or `{ ok: false, problems }`, each problem naming the entry and why
   * @example
   * tampered.verify().problems?.[0]
   * //=> { index: 1, sequence: 1, code: "decision_hash_mismatch", message: "entry 1 (sequence 1): the decision hashes to sha256:…, not the recorded sha256:…: the decision was edited" }
   */
  verify(options: { readonly expectedHead?: AuditHead | null | undefined } = {}): AuditVerification {
    return verifyAuditChain(this.#entries, options);
  }
}

/** The decision as its canonical JSON, parsed back and frozen, with its claim id. */
function toStoredDecision(decision: unknown): { readonly stored: AuditEntry["decision"]; readonly claimId: string } {
  let canonical: string | undefined;
  try {
    canonical = canonicalJson(decision);
  } catch (error) {
    throw new ValidationError("audit log entry", [{ code: "invalid_input", path: ["decision"], message: `is not JSON: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  const stored: unknown = canonical === undefined ? undefined : JSON.parse(canonical);
  const isObject = typeof stored === "object" && stored !== null && !Array.isArray(stored);
  if (!isObject) throw new ValidationError("audit log entry", [{ code: "invalid_input", path: ["decision"], message: "must be a JSON object" }]);
  const claimId = (stored as Record<string, unknown>)["claimId"];
  if (typeof claimId !== "string" || claimId === "") {
    throw new ValidationError("audit log entry", [{ code: "invalid_input", path: ["decision", "claimId"], message: "must be a non-empty string naming the claim" }]);
  }
  return { stored: deepFreeze(stored as AuditEntry["decision"]), claimId };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
