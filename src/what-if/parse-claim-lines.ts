import { parseJsonText, type TextProblem } from "../values/parse-json-text.js";
import type { WhatIfInput } from "./compare-rule-sets.js";
import { describeValue } from "../values/describe-value.js";

/** Options for reading NDJSON claim lines: the `asOf` of lines that give none, and where the lines come from, for messages. */
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
 * What is wrong with the text of a line, as `unreadable` says it: `not valid JSON at column 3: unexpected "n"`,
 * `at column 16: duplicate key "id" (first at column 3): …`.
 */
export function describeLineProblem(problem: TextProblem): string {
  const at = problem.column === undefined ? "" : ` at column ${problem.column}`;
  return problem.path === undefined ? `not valid JSON${at}: ${problem.message.replace(/^invalid JSON: /, "")}` : `${at.trim()}: ${problem.message}`;
}

/** Whether a line's value is an envelope `{ "claim": {…}, … }` (the claim's JSON paths then start with `claim`). */
export function isClaimEnvelope(value: unknown): value is { readonly claim: object; readonly asOf?: unknown; readonly accumulators?: unknown } {
  const claim = (value as { claim?: unknown } | null)?.claim;
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof claim === "object" && claim !== null && !Array.isArray(claim);
}

/**
 * One parsed line of NDJSON to the entry it stands for: a claim, or an envelope `{ "claim": {…}, "asOf": "…",
 * "accumulators": {…} }`; `unreadable` when it is not an object or has no decision date.
 * @param value - the line's JSON value
 * @param label - names the line in messages, e.g. `claims.ndjson:17`
 * @param options - `asOf` for bare claims
 * @example
 * claimLineEntry({ claim, asOf: "2026-06-01" }, "claims.ndjson:1"); //=> { claim, asOf: "2026-06-01", label: "claims.ndjson:1" }
 */
export function claimLineEntry(value: unknown, label: string, options: ClaimLinesOptions = {}): WhatIfInput {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { unreadable: "a line must hold a claim object, or { \"claim\": …, \"asOf\": … }", label };
  }
  const envelope = value as { claim?: unknown; asOf?: unknown; accumulators?: unknown };
  const isEnvelope = isClaimEnvelope(value);
  // A claim has no "claim" field: a line with one is an envelope whose claim is not an object.
  if (!isEnvelope && Object.hasOwn(value, "claim")) {
    return { unreadable: `"claim" holds ${describeLineValue(envelope.claim)}, not a claim object: a line is a claim, or { "claim": {…}, "asOf": "YYYY-MM-DD" }`, label };
  }
  const claim = isEnvelope ? envelope.claim : value;
  const submittedOn = (claim as { submittedOn?: unknown }).submittedOn;
  const asOf = isEnvelope && typeof envelope.asOf === "string" ? envelope.asOf : options.asOf === "submitted" ? submittedOn : options.asOf;
  if (typeof asOf !== "string") {
    return {
      unreadable:
        options.asOf === "submitted" ? 'the claim has no "submittedOn" to use as the decision date' : 'no decision date: give --as-of (a date, or "submitted"), or wrap the claim as { "claim": …, "asOf": "YYYY-MM-DD" }',
      label,
    };
  }
  return { claim, asOf, ...(isEnvelope && envelope.accumulators !== undefined ? { accumulators: envelope.accumulators } : {}), label };
}

/** A JSON value as a reader names it, with the value itself when it is short: `a number (5)`, `an array`, `null`. */
function describeLineValue(value: unknown): string {
  const shown = typeof value === "string" ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
  return shown === undefined ? describeValue(value) : `${describeValue(value)} (${shown})`;
}

/** One NDJSON line read: the entry it stands for, whether it is an envelope, and what is wrong with its text. */
export interface ClaimLineRead {
  readonly entry: WhatIfInput;
  /** The claim sits under `"claim"` (its JSON paths then start there), or is the line itself. */
  readonly envelope: boolean;
  /** The line's syntax errors and repeated keys, with columns (none when it parsed). */
  readonly problems: readonly TextProblem[];
}

/**
 * The text of one NDJSON line to the entry it stands for (`claimLineEntry` of its JSON value), or an `unreadable`
 * entry with its text's problems when it does not parse or repeats a key.
 * @param text - the line, without its newline
 * @param label - names the line in messages, e.g. `claims.ndjson:17`
 * @param options - `asOf` for bare claims
 */
export function readClaimLineText(text: string, label: string, options: ClaimLinesOptions = {}): ClaimLineRead {
  const read = parseJsonText(text);
  if (!read.ok) return { entry: { unreadable: read.problems.map(describeLineProblem).join("; "), label }, envelope: false, problems: read.problems };
  return { entry: claimLineEntry(read.value, label, options), envelope: isClaimEnvelope(read.value), problems: [] };
}

/**
 * NDJSON lines to claims, one at a time: each line is a claim, or an envelope `{ "claim": {…}, "asOf": "…",
 * "accumulators": {…} }`. Blank lines are skipped; a line that is not JSON (or repeats a key), or has no decision
 * date, becomes an `unreadable` entry with its line number, so one bad line does not stop a run.
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
    yield readClaimLineText(line, `${options.source ?? "line"}:${lineNumber}`, options).entry;
  }
}
