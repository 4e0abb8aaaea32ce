import { DecisionSchema, type Decision } from "../decision/decision-schema.js";
import { toDotPath } from "../errors/adjudicator-error.js";
import { DECISION_EXTENSIONS } from "./decision-extensions-schema.js";
import { DecisionRecordEnvelopeSchema, type DecisionInput, type DecisionRecord, type UnreadableDecision } from "./decision-record-schema.js";

/** Options for reading NDJSON decision lines: where the lines come from, for the messages of lines that cannot be read. */
export interface DecisionLinesOptions {
  /** Names the source in problems: `decisions.ndjson:17`. */
  readonly source?: string;
}

/** `risk`, `routing`, `sampling` while the core's `DecisionSchema` does not know them: read by the analysis, not by the schema. */
const EXTENSION_KEYS = Object.keys(DECISION_EXTENSIONS).filter((key) => !(key in DecisionSchema.shape));

function unreadable(line: number, source: string | undefined, problems: UnreadableDecision["problems"]): UnreadableDecision {
  return { unreadable: true, line, ...(source === undefined ? {} : { source }), problems };
}

/** Validates a decision against `DecisionSchema`, keeping the extensions the schema does not know yet as they are. */
function parseDecision(value: unknown, root: readonly string[]): { ok: true; decision: Decision } | { ok: false; problems: UnreadableDecision["problems"] } {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, problems: [{ path: toDotPath(root), message: "must be a decision object" }] };
  }
  const { ...rest } = value as Record<string, unknown>;
  const extensions: Record<string, unknown> = {};
  for (const key of EXTENSION_KEYS) {
    if (key in rest) {
      extensions[key] = rest[key];
      delete rest[key];
    }
  }
  const result = DecisionSchema.safeParse(rest);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => ({ path: toDotPath([...root, ...issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment))]), message: issue.message })) };
  }
  // The schema's refinement checks what tells the outcomes of the `Decision` union apart.
  return { ok: true, decision: { ...result.data, ...extensions } as Decision };
}

/**
 * NDJSON lines to decisions, one at a time. Each line is a decision (as `adjudicate` returns it, `DecisionSchema`),
 * or a record `{ "decision": {…}, "product": …, "provider": { "id", "name" }, "events": { "determinedOn",
 * "denialNoticeSentOn", "paidOn" } }`. Blank lines are skipped; a line that is not JSON, or not a valid decision,
 * becomes an `UnreadableDecision` with its line number and every problem's JSON path, so one bad line does not stop
 * a run. `risk`, `routing` and `sampling` are kept on the decision for the analysis to read.
 *
 * @param lines - the lines of the stream (e.g. from `readline`)
 * @param options - `source`, to name the file in problems
 * @example
 * for await (const entry of parseDecisionLines(lines, { source: "decisions.ndjson" })) analyzer.add(entry);
 */
export async function* parseDecisionLines(lines: Iterable<string> | AsyncIterable<string>, options: DecisionLinesOptions = {}): AsyncGenerator<DecisionInput> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield unreadable(lineNumber, options.source, [{ path: "(root)", message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }]);
      continue;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      yield unreadable(lineNumber, options.source, [{ path: "(root)", message: 'a line must hold a decision object, or { "decision": …, "provider": …, "events": … }' }]);
      continue;
    }
    if (!("decision" in value)) {
      const parsed = parseDecision(value, []);
      yield parsed.ok ? parsed.decision : unreadable(lineNumber, options.source, parsed.problems);
      continue;
    }
    const envelope = DecisionRecordEnvelopeSchema.safeParse(value);
    const parsed = parseDecision((value as { decision: unknown }).decision, ["decision"]);
    const problems = [
      ...(envelope.success ? [] : envelope.error.issues.map((issue) => ({ path: toDotPath(issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment))), message: issue.message }))),
      ...(parsed.ok ? [] : parsed.problems),
    ];
    if (!envelope.success || !parsed.ok) {
      yield unreadable(lineNumber, options.source, problems);
      continue;
    }
    const { product, provider, events } = envelope.data;
    const record: DecisionRecord = {
      decision: parsed.decision,
      ...(product === undefined ? {} : { product }),
      ...(provider === undefined ? {} : { provider }),
      ...(events === undefined ? {} : { events }),
    };
    yield record;
  }
}
