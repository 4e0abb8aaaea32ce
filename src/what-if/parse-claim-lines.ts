import type { WhatIfInput } from "./compare-rule-sets.js";

export interface ClaimLinesOptions {
  /**
   * The decision date of claims given bare (not in an `{ claim, asOf }` envelope): a date, or `"submitted"` to
   * adjudicate each claim as of the day it was submitted (a historical corpus replayed).
   */
  readonly asOf?: string;
  /** Names the source in labels: `claims.ndjson:17`. */
  readonly source?: string;
}

/**
 * NDJSON lines to claims, one at a time: each line is a claim, or an envelope `{ "claim": {…}, "asOf": "…",
 * "accumulators": {…} }`. Blank lines are skipped; a line that is not JSON or has no decision date becomes an
 * `unreadable` entry with its line number, so one bad line does not stop a run.
 * @param lines - the lines of the stream (e.g. from `readline`)
 * @param options - `asOf` for bare claims, `source` for labels
 * @example
 * for await (const entry of parseClaimLines(lines, { asOf: "submitted", source: "claims.ndjson" })) …
 */
export async function* parseClaimLines(lines: Iterable<string> | AsyncIterable<string>, options: ClaimLinesOptions = {}): AsyncGenerator<WhatIfInput> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    const label = `${options.source ?? "line"}:${lineNumber}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { unreadable: `not valid JSON (${error instanceof Error ? error.message : String(error)})`, label };
      continue;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      yield { unreadable: "a line must hold a claim object, or { \"claim\": …, \"asOf\": … }", label };
      continue;
    }
    const envelope = value as { claim?: unknown; asOf?: unknown; accumulators?: unknown };
    const isEnvelope = envelope.claim !== null && typeof envelope.claim === "object";
    const claim = isEnvelope ? envelope.claim : value;
    const submittedOn = (claim as { submittedOn?: unknown }).submittedOn;
    const asOf = isEnvelope && typeof envelope.asOf === "string" ? envelope.asOf : options.asOf === "submitted" ? submittedOn : options.asOf;
    if (typeof asOf !== "string") {
      yield {
        unreadable:
          options.asOf === "submitted" ? 'the claim has no "submittedOn" to use as the decision date' : 'no decision date: give --as-of (a date, or "submitted"), or wrap the claim as { "claim": …, "asOf": "YYYY-MM-DD" }',
        label,
      };
      continue;
    }
    yield { claim, asOf, ...(isEnvelope && envelope.accumulators !== undefined ? { accumulators: envelope.accumulators } : {}), label };
  }
}
