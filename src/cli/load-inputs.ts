import { createAdjudicator, type Adjudicator } from "../create-adjudicator.js";
import { isAdjudicatorError, type Issue } from "../errors/adjudicator-error.js";
import { readDocument } from "../testing/read-document.js";
import { InputError, UsageError, writeLine, type CliIo } from "./cli-io.js";
import { reportIssues, type LocatedIssue } from "./report-issues.js";

export interface LoadedFile {
  readonly file: string;
  readonly value: unknown;
  readonly text: string;
}

/**
 * Reads a JSON or YAML input of the command. A missing file is a usage error (exit 2); a file that does not parse
 * is reported with its line and column (exit 1).
 */
export function loadFile(io: CliIo, file: string, what: string): LoadedFile {
  const read = readDocument(file);
  if (read.ok) return { file, value: read.value, text: read.text };
  if (read.notFound === true) throw new UsageError(`${what} file not found: ${file}`);
  reportIssues(io, [{ file, path: [], severity: "error", message: read.message, ...(read.line === undefined ? {} : { line: read.line, column: read.column ?? 1 }) }]);
  throw new InputError(`${file} could not be parsed`);
}

/** Where an issue of `createAdjudicator` is: `policy.…` in the policy file, `rules.…` in the rule set file. */
export function locateConfigIssue(issue: Issue, policy: LoadedFile, rules: LoadedFile): LocatedIssue {
  const [root, ...rest] = issue.path;
  const source = root === "rules" ? rules : policy;
  return { file: source.file, text: source.text, path: root === "rules" || root === "policy" ? rest : issue.path, severity: "error", message: issue.message, code: issue.code };
}

/** Compiles policy and rule set; their problems are printed with file, line and JSON path (exit 1). */
export function loadAdjudicator(io: CliIo, policy: LoadedFile, rules: LoadedFile): Adjudicator {
  try {
    return createAdjudicator({ policy: policy.value, rules: rules.value });
  } catch (error) {
    if (!isAdjudicatorError(error)) throw error;
    reportIssues(io, error.issues.map((issue) => locateConfigIssue(issue, policy, rules)));
    writeLine(io.stderr, `The policy or the rule set is not valid; "claim-adjudicator validate ${rules.file} --policy ${policy.file}" lists every problem and warning.`);
    throw new InputError("invalid policy or rule set");
  }
}

/** The value of a required option, or a usage error naming it. */
export function required<T>(value: T | undefined, option: string, command: string): T {
  if (value === undefined) throw new UsageError(`${command} needs ${option}`);
  return value;
}

/** A decision date given on the command line: `YYYY-MM-DD`, or `submitted` where the command allows it. */
export function checkAsOf(value: string | undefined, allowSubmitted: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) || (allowSubmitted && value === "submitted")) return value;
  throw new UsageError(`--as-of must be a date YYYY-MM-DD${allowSubmitted ? ' or "submitted"' : ""}, not "${value}"`);
}
