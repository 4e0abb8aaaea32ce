import { contentHash } from "../hashing/content-hash.js";
import { isValidationError, ValidationError } from "../errors/validation-error.js";
import { describeValue, isObjectValue } from "../values/describe-value.js";
import { applyClaimEvent } from "../lifecycle/apply-claim-event.js";
import type { ClaimEventInput } from "../lifecycle/claim-event-schema.js";
import { type ClaimHistory, emptyClaimHistory } from "../lifecycle/claim-history.js";
import { type AuditHead, type AuditLogEntry, isLifecycleEntry } from "./audit-entry-schema.js";
import { hashAuditEntry } from "./hash-audit-entry.js";

/** The problems `verify` reports: a sequence or claim mismatch, a decision, event or entry hash that does not match, a broken link, entries recorded out of order, an unexpected head. */
export const AUDIT_PROBLEM_CODES = [
  "sequence_mismatch",
  "claim_mismatch",
  "decision_hash_mismatch",
  "event_hash_mismatch",
  "entry_hash_mismatch",
  "broken_link",
  "recorded_out_of_order",
  "head_mismatch",
  "refused_transition",
  "state_mismatch",
] as const;
/** What can be wrong with an audit chain: one of `AUDIT_PROBLEM_CODES`. */
export type AuditProblemCode = (typeof AUDIT_PROBLEM_CODES)[number];

/** What is wrong with one entry: where it sits (`index`), the sequence it claims, and why it fails. */
export interface AuditProblem {
  readonly index: number;
  readonly sequence: number | null;
  readonly code: AuditProblemCode;
  readonly message: string;
}

/** The result of verifying an audit chain: `ok` with its length and head, or the problems found with the entry where each was found. */
export type AuditVerification =
  | { readonly ok: true; readonly length: number; readonly head: AuditHead | null; readonly problems?: never }
  | { readonly ok: false; readonly problems: readonly AuditProblem[]; readonly length?: never; readonly head?: never };

/**
 * Checks a chain of audit entries: each at its position, of one claim, its decision matching `decisionHash` (or its
 * event matching `eventHash`), its fields matching `entryHash`, linked to the entry before it, recorded no earlier
 * than it, and, when `expectedHead` is given, ending at that head. The events of the claim's life are replayed in
 * order through the state machine: each must be a transition the claim's state allowed (`refused_transition`) and
 * lead to the state the entry records (`state_mismatch`). Lists every problem, earliest entry first.
 *
 * An edited, removed, inserted or reordered entry always breaks one of these, except removing entries from the
 * end: nothing after them is left to notice. Keep the head (`AuditLog.head`) apart from the log and pass it as
 * `expectedHead` to detect that too.
 *
 * @param entries - the entries, in log order
 * @param options - `expectedHead`: the head recorded elsewhere when the log was last written
 * @returns `{ ok: true, length, head }` or `{ ok: false, problems }`
 * @example
 * verifyAuditChain(log.toJSON(), { expectedHead: savedHead })
 * //=> { ok: true, length: 2, head: { sequence: 1, entryHash: "sha256:…" } }
 */
export function verifyAuditChain(entries: readonly AuditLogEntry[], options: { readonly expectedHead?: AuditHead | null | undefined } = {}): AuditVerification {
  checkVerifyOptions(options);
  const problems: AuditProblem[] = [];
  const claimId = entries[0]?.claimId;
  let history: ClaimHistory = emptyClaimHistory(claimId ?? "");
  entries.forEach((entry, index) => {
    const report = (code: AuditProblemCode, why: string): void => {
      problems.push({ index, sequence: entry.sequence, code, message: `entry ${index} (sequence ${entry.sequence}): ${why}` });
    };
    const previous = index === 0 ? undefined : entries[index - 1];
    if (entry.sequence !== index) report("sequence_mismatch", `says it is number ${entry.sequence} but is at position ${index}: an entry before it was removed, inserted or moved`);
    if (entry.claimId !== claimId) report("claim_mismatch", `is about claim "${entry.claimId}", the log about claim "${claimId}"`);
    if (isLifecycleEntry(entry)) {
      const eventHash = contentHash(entry.event);
      if (eventHash !== entry.eventHash) report("event_hash_mismatch", `the event hashes to ${eventHash}, not the recorded ${entry.eventHash}: the event was edited`);
      try {
        history = applyClaimEvent(history, entry.event as unknown as ClaimEventInput);
        if (history.state !== entry.state) report("state_mismatch", `records state ${entry.state}, but its ${history.events.at(-1)?.type ?? "event"} leads to ${history.state}`);
      } catch (error) {
        if (!isValidationError(error)) throw error;
        report("refused_transition", `its event is not a transition the claim's life allowed: ${error.issues.map((issue) => issue.message).join("; ")}`);
      }
    } else {
      if (entry.decision["claimId"] !== entry.claimId) report("claim_mismatch", `records claim "${entry.claimId}" but its decision is about ${JSON.stringify(entry.decision["claimId"])}`);
      const decisionHash = contentHash(entry.decision);
      if (decisionHash !== entry.decisionHash) report("decision_hash_mismatch", `the decision hashes to ${decisionHash}, not the recorded ${entry.decisionHash}: the decision was edited`);
    }
    const entryHash = hashAuditEntry(entry);
    if (entryHash !== entry.entryHash) report("entry_hash_mismatch", `its fields hash to ${entryHash}, not the recorded ${entry.entryHash}: the entry was edited`);
    const expectedPrevious = previous?.entryHash ?? null;
    if (entry.previousHash !== expectedPrevious) {
      report(
        "broken_link",
        previous === undefined
          ? `is first but follows ${entry.previousHash}: the entries before it are missing`
          : `follows ${entry.previousHash ?? "nothing"}, but the entry before it is ${expectedPrevious}: an entry was removed, inserted, moved or edited`,
      );
    }
    if (previous !== undefined && Date.parse(entry.recordedAt) < Date.parse(previous.recordedAt)) {
      report("recorded_out_of_order", `recorded at ${entry.recordedAt}, before the entry before it (${previous.recordedAt})`);
    }
  });
  const last = entries.at(-1);
  const head: AuditHead | null = last === undefined ? null : { sequence: last.sequence, entryHash: last.entryHash };
  const expected = options.expectedHead;
  if (expected === null && head !== null) {
    problems.push({
      index: entries.length - 1,
      sequence: head.sequence,
      code: "head_mismatch",
      message: `the log ends at sequence ${head.sequence} (${head.entryHash}), but it was expected to be empty (head null): entries were added or the head kept is not this log's`,
    });
  } else if (expected !== undefined && expected !== null && (head === null || head.sequence !== expected.sequence || head.entryHash !== expected.entryHash)) {
    problems.push({
      index: entries.length - 1,
      sequence: head?.sequence ?? null,
      code: "head_mismatch",
      message: `the log ends at ${head === null ? "nothing (it is empty)" : `sequence ${head.sequence} (${head.entryHash})`}, not at the expected sequence ${expected.sequence} (${expected.entryHash}): entries were removed from the end, added, or rewritten`,
    });
  }
  return problems.length === 0 ? { ok: true, length: entries.length, head } : { ok: false, problems };
}

/**
 * The options as a caller may pass them: `expectedHead` left out, `null` (the head of an empty log, as `AuditLog.head`
 * gives it), or `{ sequence, entryHash }`. Anything else is a `ValidationError`, not a TypeError deep inside.
 */
function checkVerifyOptions(options: unknown): void {
  if (!isObjectValue(options)) {
    throw new ValidationError("options of verify", [{ code: "invalid_input", path: ["options"], message: `must be an object { expectedHead? } or left out, not ${describeValue(options)}` }]);
  }
  const head = (options as { readonly expectedHead?: unknown }).expectedHead;
  if (head === undefined || head === null) return;
  const { sequence, entryHash } = (isObjectValue(head) ? head : {}) as { readonly sequence?: unknown; readonly entryHash?: unknown };
  const valid = isObjectValue(head) && Number.isInteger(sequence) && (sequence as number) >= 0 && typeof entryHash === "string";
  if (!valid) {
    throw new ValidationError("options of verify", [
      { code: "invalid_input", path: ["options", "expectedHead"], message: `must be the head kept from the log ({ sequence, entryHash }, or null for an empty log), not ${describeValue(head)}` },
    ]);
  }
}
