import type { Issue } from "../errors/adjudicator-error.js";
import { decodeUtf8, locatePath } from "../testing/read-document.js";
import type { TextProblem } from "../values/parse-json-text.js";
import { parseJsonText } from "../values/parse-json-text.js";
import type { WhatIfInput } from "../what-if/compare-rule-sets.js";
import { claimLineEntry, describeLineProblem, isClaimEnvelope, type ClaimLinesOptions } from "../what-if/parse-claim-lines.js";
import type { CliIo } from "./cli-io.js";
import { MAX_LINE_BYTES, readByteLines } from "./read-lines.js";
import type { LocatedIssue } from "./report-issues.js";

/** One line of an NDJSON corpus: the entry it stands for, and what is needed to point into the line. */
export interface ClaimLine {
  readonly entry: WhatIfInput;
  /** The file as shown in messages (`stdin` for `-`). */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** The line's text, to locate the JSON paths of a rejected claim in it. */
  readonly text: string;
  /** The claim sits under `"claim"` in the line (an envelope), or is the line itself. */
  readonly envelope: boolean;
  /** What is wrong with the line's text (syntax, repeated keys, UTF-8), with columns. */
  readonly problems: readonly TextProblem[];
}

/**
 * The claims of an NDJSON file, or of stdin for `-`, one line at a time: a line that is not UTF-8 or not JSON, that
 * repeats a key, is too long, or has no decision date, is an `unreadable` entry with its problems, and reading goes on.
 * @param io - the CLI's streams (stdin for `-`)
 * @param file - the path, or `-`
 * @param options - `asOf` for bare claims; `source` names the file in messages
 */
export async function* readClaimLines(io: CliIo, file: string, options: ClaimLinesOptions = {}): AsyncGenerator<ClaimLine> {
  const shown = options.source ?? (file === "-" ? "stdin" : file);
  let line = 0;
  for await (const read of readByteLines(io, file)) {
    line++;
    const label = `${shown}:${line}`;
    const at = { file: shown, line, envelope: false };
    if (read.tooLong === true) {
      const problem = { message: `the line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MB: a line holds one claim`, line: 1 };
      yield { ...at, text: "", problems: [problem], entry: { unreadable: problem.message, label } };
      continue;
    }
    const decoded = decodeUtf8(read.bytes);
    if (!decoded.ok) {
      yield { ...at, text: "", problems: [decoded.problem], entry: { unreadable: `${decoded.problem.message} at column ${decoded.problem.column ?? 1}`, label } };
      continue;
    }
    const text = decoded.text;
    if (text.trim() === "") continue;
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      yield { ...at, text, problems: parsed.problems, entry: { unreadable: parsed.problems.map(describeLineProblem).join("; "), label } };
      continue;
    }
    yield { ...at, text, envelope: isClaimEnvelope(parsed.value), problems: [], entry: claimLineEntry(parsed.value, label, options) };
  }
}

/** The problems of a line that could not be read, as lines to print at the line's number and their column. */
export function lineProblems(line: ClaimLine, message: string): LocatedIssue[] {
  if (line.problems.length === 0) return [{ file: line.file, path: [], severity: "error", message, line: line.line, column: 1 }];
  return line.problems.map((problem) => ({ file: line.file, path: problem.path ?? [], severity: "error", message: problem.message, line: line.line, column: problem.column ?? 1 }));
}

/**
 * An issue of a claim read from an NDJSON line, at its line and column: `claim.…` paths point into the claim (under
 * `claim` in an envelope), `options.asOf` and `options.accumulators` into the envelope, or at the option that gave
 * them (`--as-of`, `--accumulators`) when the line is a bare claim.
 */
export function locateLineIssue(line: ClaimLine, issue: Issue): LocatedIssue {
  const [root, ...rest] = issue.path;
  const base = { severity: "error" as const, message: issue.message, code: issue.code };
  const inLine = root === "claim" ? (line.envelope ? issue.path : rest) : root === "options" && line.envelope ? rest : undefined;
  if (inLine === undefined) {
    const option = rest[0] === "asOf" ? "--as-of" : rest[0] === "accumulators" ? "--accumulators" : line.file;
    return { ...base, file: root === "options" ? option : line.file, path: root === "options" ? rest.slice(1) : issue.path };
  }
  const position = locatePath(line.text, inLine);
  return { ...base, file: line.file, path: inLine, line: line.line, column: position?.column ?? 1 };
}
