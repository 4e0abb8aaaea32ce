import type { BatchItemInput } from "../../store/batch/enqueue-batch.js";

/**
 * NDJSON lines to batch items: each line a claim, or `{ "claim": {…}, "asOf": "…", "idempotencyKey": "…" }`. A line
 * that is not JSON, has no decision date, or brings its own ledger (the store keeps the ledger) becomes an item
 * with its problem, so one bad line does not stop a batch.
 *
 * @param asOf - the decision date of lines without one: a date, or `"submitted"` for each claim's submission date
 * @example
 * for await (const item of parseBatchLines(readLines(io, "claims.ndjson"), { asOf: "submitted", source: "claims.ndjson" })) …
 */
export async function* parseBatchLines(lines: AsyncIterable<string> | Iterable<string>, options: { readonly asOf?: string; readonly source: string }): AsyncGenerator<BatchItemInput> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    const label = `${options.source}:${lineNumber}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { label, problem: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
      continue;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      yield { label, problem: 'a line must hold a claim object, or { "claim": …, "asOf": …, "idempotencyKey": … }' };
      continue;
    }
    const envelope = value as { claim?: unknown; asOf?: unknown; idempotencyKey?: unknown; accumulators?: unknown };
    const isEnvelope = envelope.claim !== null && typeof envelope.claim === "object";
    if (isEnvelope && envelope.accumulators !== undefined) {
      yield { label, problem: 'the store keeps each policy\'s ledger: remove "accumulators" from the line' };
      continue;
    }
    if (isEnvelope && envelope.idempotencyKey !== undefined && (typeof envelope.idempotencyKey !== "string" || envelope.idempotencyKey === "")) {
      yield { label, problem: '"idempotencyKey" must be a non-empty string' };
      continue;
    }
    const claim = isEnvelope ? envelope.claim : value;
    const submittedOn = (claim as { submittedOn?: unknown }).submittedOn;
    const asOf = isEnvelope && typeof envelope.asOf === "string" ? envelope.asOf : options.asOf === "submitted" ? submittedOn : options.asOf;
    if (typeof asOf !== "string") {
      yield { label, problem: options.asOf === "submitted" ? 'the claim has no "submittedOn" to use as the decision date' : 'no decision date: give --as-of (a date, or "submitted"), or wrap the claim as { "claim": …, "asOf": "YYYY-MM-DD" }' };
      continue;
    }
    yield { label, claim, asOf, ...(isEnvelope && typeof envelope.idempotencyKey === "string" ? { idempotencyKey: envelope.idempotencyKey } : {}) };
  }
}
