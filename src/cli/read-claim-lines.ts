import type { Issue } from "../errors/adjudicator-error.js";
import { decodeUtf8, locatePath } from "../testing/read-document.js";
import type { TextProblem } from "../values/parse-json-text.js";
import type { WhatIfInput, WhatIfUnreadable } from "../what-if/compare-rule-sets.js";
import { readClaimLineText, type ClaimLinesOptions } from "../what-if/parse-claim-lines.js";
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

/** One non-blank line of an NDJSON corpus as read, before its JSON is parsed: its text, where it is, and the label naming it. */
export interface ClaimText {
  /** The file as shown in messages (`stdin` for `-`). */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** `file:line`, as messages and decisions' labels name the line. */
  readonly label: string;
  /** The line decoded from UTF-8 (empty when it could not be). */
  readonly text: string;
  /** Set when the line could not be decoded at all: too long, or not UTF-8 (then it is not parsed). */
  readonly unreadable?: ClaimLine & { readonly entry: WhatIfUnreadable };
}

/**
 * The lines of an NDJSON file, or of stdin for `-`, decoded but not parsed: the JSON is read where the claim is
 * adjudicated (`claimLineOf` here, or a pool's worker). A line too long or not UTF-8 comes with its `unreadable`
 * entry and its problems; blank lines are skipped.
 * @param io - the CLI's streams (stdin for `-`)
 * @param file - the path, or `-`
 * @param options - `source` names the file in messages
 */
export async function* readClaimTexts(io: CliIo, file: string, options: Pick<ClaimLinesOptions, "source"> = {}): AsyncGenerator<ClaimText> {
  const shown = options.source ?? (file === "-" ? "stdin" : file);
  let line = 0;
  for await (const read of readByteLines(io, file)) {
    line++;
    const label = `${shown}:${line}`;
    const at = { file: shown, line, envelope: false };
    if (read.tooLong === true) {
      const problem = { message: `the line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MB: a line holds one claim`, line: 1 };
      yield { file: shown, line, label, text: "", unreadable: { ...at, text: "", problems: [problem], entry: { unreadable: problem.message, label } } };
      continue;
    }
    const decoded = decodeUtf8(read.bytes);
    if (!decoded.ok) {
      const entry = { unreadable: `${decoded.problem.message} at column ${decoded.problem.column ?? 1}`, label };
      yield { file: shown, line, label, text: "", unreadable: { ...at, text: "", problems: [decoded.problem], entry } };
      continue;
    }
    if (decoded.text.trim() === "") continue;
    yield { file: shown, line, label, text: decoded.text };
  }
}

/** A line read by `readClaimTexts`, parsed: the claim it holds, or why it holds none. */
export function claimLineOf(text: ClaimText, options: ClaimLinesOptions = {}): ClaimLine {
  if (text.unreadable !== undefined) return text.unreadable;
  return { file: text.file, line: text.line, text: text.text, ...readClaimLineText(text.text, text.label, options) };
}

/**
 * The claims of an NDJSON file, or of stdin for `-`, one line at a time: a line that is not UTF-8 or not JSON, that
 * repeats a key, is too long, or has no decision date, is an `unreadable` entry with its problems, and reading goes on.
 * @param io - the CLI's streams (stdin for `-`)
 * @param file - the path, or `-`
 * @param options - `asOf` for bare claims; `source` names the file in messages
 */
export async function* readClaimLines(io: CliIo, file: string, options: ClaimLinesOptions = {}): AsyncGenerator<ClaimLine> {
  for await (const text of readClaimTexts(io, file, options.source === undefined ? {} : { source: options.source })) yield claimLineOf(text, options);
}

/** The problems of a line that could not be read, as lines to print at the line's number and their column. */
export function lineProblems(line: Pick<ClaimLine, "file" | "line" | "problems">, message: string): LocatedIssue[] {
  if (line.problems.length === 0) return [{ file: line.file, path: [], severity: "error", message, line: line.line, column: 1 }];
  return line.problems.map((problem) => ({ file: line.file, path: problem.path ?? [], severity: "error", message: problem.message, line: line.line, column: problem.column ?? 1 }));
}

/**
 * An issue of a claim read from an NDJSON line, at its line and column: `claim.…` paths point into the claim (under
 * `claim` in an envelope), `options.asOf` and `options.accumulators` into the envelope, or at the option that gave
 * them (`--as-of`, `--accumulators`) when the line is a bare claim.
 */
export function locateLineIssue(line: Pick<ClaimLine, "file" | "line" | "text" | "envelope">, issue: Issue): LocatedIssue {
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
