import { createAdjudicator, type Adjudicator } from "../create-adjudicator.js";
import { isAdjudicatorError, type Issue } from "../errors/adjudicator-error.js";
import { readDocument, type DocumentRead } from "../testing/read-document.js";
import { InputError, UsageError, writeLine, type CliIo } from "./cli-io.js";
import { reportIssues, type LocatedIssue } from "./report-issues.js";

export interface LoadedFile {
  readonly file: string;
  readonly value: unknown;
  readonly text: string;
}

/** The problems of a file that could not be read, as lines to print (each with its line, column and JSON path). */
export function readProblems(file: string, read: Extract<DocumentRead, { ok: false }>): LocatedIssue[] {
  return read.problems.map((problem) => ({
    file,
    path: problem.path ?? [],
    severity: "error" as const,
    message: problem.message,
    ...(problem.line === undefined ? {} : { line: problem.line, column: problem.column ?? 1 }),
  }));
}

/** A path that is not a readable file is a usage error (exit 2), the same for every command and every input. */
export function usageErrorFor(what: string, file: string, read: Extract<DocumentRead, { ok: false }>): UsageError | undefined {
  if (read.notFound === true) return new UsageError(`${what} file not found: ${file}`);
  if (read.notAFile === true) return new UsageError(`${what} file ${file}: ${read.message}`);
  return undefined;
}

/**
 * Reads a JSON or YAML input of the command. A missing file, a folder or a pipe is a usage error (exit 2); a file
 * that does not parse (syntax, repeated keys, invalid UTF-8, a YAML alias bomb) is reported with its line and
 * column (exit 1).
 */
export function loadFile(io: CliIo, file: string, what: string): LoadedFile {
  const read = readDocument(file);
  if (read.ok) return { file, value: read.value, text: read.text };
  const usage = usageErrorFor(what, file, read);
  if (usage !== undefined) throw usage;
  reportIssues(io, readProblems(file, read));
  throw new InputError(`${file} could not be parsed`);
}

/** Where an issue of `createAdjudicator` is: `policy.…` in the policy file, `rules.…` in the rule set file, `operations.…` in the operations file. */
export function locateConfigIssue(issue: Issue, policy: LoadedFile, rules: LoadedFile, operations?: LoadedFile): LocatedIssue {
  const [root, ...rest] = issue.path;
  const source = root === "rules" ? rules : root === "operations" && operations !== undefined ? operations : policy;
  const inFile = root === "rules" || root === "policy" || (root === "operations" && operations !== undefined);
  return { file: source.file, text: source.text, path: inFile ? rest : issue.path, severity: "error", message: issue.message, code: issue.code };
}

/** Compiles policy and rule set (and the operations configuration, if given); their problems are printed with file, line and JSON path (exit 1). */
export function loadAdjudicator(io: CliIo, policy: LoadedFile, rules: LoadedFile, operations?: LoadedFile): Adjudicator {
  try {
    return createAdjudicator({ policy: policy.value, rules: rules.value, ...(operations !== undefined ? { operations: operations.value } : {}) });
  } catch (error) {
    if (!isAdjudicatorError(error)) throw error;
    reportIssues(io, error.issues.map((issue) => locateConfigIssue(issue, policy, rules, operations)));
    if (operations !== undefined && error.issues.some((issue) => issue.path[0] === "operations")) writeLine(io.stderr, `The operations configuration ${operations.file} is not valid for this policy.`);
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
