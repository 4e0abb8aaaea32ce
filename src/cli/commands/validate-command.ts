import type { LintReport, LintSeverity } from "../../lint/lint-issue.js";
import { validatePolicy } from "../../lint/validate-policy.js";
import { validateRuleSet } from "../../lint/validate-rule-set.js";
import { locatePath, readDocument } from "../../testing/read-document.js";
import { EXIT, painter, UsageError, writeLine, type CliIo } from "../cli-io.js";
import { usageErrorFor } from "../load-inputs.js";
import { INTERNAL_ERROR, internalErrorMessage } from "../report-internal-error.js";
import { reportIssues, type LocatedIssue } from "../report-issues.js";

export interface ValidateOptions {
  readonly policy?: string;
  readonly strict?: boolean;
  readonly json?: boolean;
  readonly documentTypes?: readonly string[];
}

/** One finding with where it is in its file. */
interface FileIssue {
  readonly code: string;
  readonly severity: LintSeverity;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

interface FileReport {
  readonly file: string;
  readonly kind: "policy" | "rule-set";
  readonly errors: number;
  readonly warnings: number;
  readonly issues: readonly FileIssue[];
}

/** The lint report of a file, each issue located in the file's text (parsed once for all of them). */
function located(file: string, kind: FileReport["kind"], text: string, report: LintReport): FileReport {
  return { file, kind, errors: report.errors, warnings: report.warnings, issues: report.issues.map((issue) => ({ ...issue, ...locatePath(text, issue.path) })) };
}

/** A file that is not JSON or YAML (or not UTF-8, or repeats keys): each problem at its line and column. */
function unreadable(file: string, kind: FileReport["kind"], problems: readonly { message: string; line?: number; column?: number; path?: readonly (string | number)[] }[]): FileReport {
  const issues = problems.map((problem): FileIssue => ({ code: "invalid_input", severity: "error", path: problem.path ?? [], message: problem.message, ...(problem.line === undefined ? {} : { line: problem.line, column: problem.column ?? 1 }) }));
  return { file, kind, errors: issues.length, warnings: 0, issues };
}

/** A bug met while checking a file: reported for that file, and the other files are still checked. */
function crashed(file: string, kind: FileReport["kind"], error: unknown): FileReport {
  return { file, kind, errors: 1, warnings: 0, issues: [{ code: INTERNAL_ERROR, severity: "error", path: [], message: internalErrorMessage(`checking this ${kind === "policy" ? "policy" : "rule set"}`, error) }] };
}

function check(file: string, kind: FileReport["kind"], lint: (value: unknown) => LintReport): { report: FileReport; value?: unknown } {
  const read = readDocument(file);
  if (!read.ok) {
    const usage = usageErrorFor(kind === "policy" ? "policy" : "rule set", file, read);
    if (usage !== undefined) throw usage;
    return { report: unreadable(file, kind, read.problems) };
  }
  try {
    return { report: located(file, kind, read.text, lint(read.value)), value: read.value };
  } catch (error) {
    return { report: crashed(file, kind, error), value: read.value };
  }
}

/**
 * `claim-adjudicator validate [rules...] [--policy policy.json]`: every problem of the rule sets and the policy,
 * with file, line, JSON path, severity and how to fix it. Exit 0 when there is no error (1 with `--strict` when
 * there are warnings), 1 otherwise.
 */
export function validateCommand(io: CliIo, ruleFiles: readonly string[], options: ValidateOptions): number {
  if (ruleFiles.length === 0 && options.policy === undefined) throw new UsageError("give a rule set file to validate, or --policy <file>, or both");
  const documentTypes = options.documentTypes ?? [];
  const reports: FileReport[] = [];
  let policyValue: unknown;
  if (options.policy !== undefined) {
    const policy = check(options.policy, "policy", (value) => validatePolicy(value, { documentTypes }));
    reports.push(policy.report);
    policyValue = policy.value;
  }
  for (const file of ruleFiles) {
    reports.push(check(file, "rule-set", (value) => validateRuleSet(value, { ...(policyValue !== undefined ? { policy: policyValue } : {}), documentTypes })).report);
  }

  const errors = reports.reduce((sum, entry) => sum + entry.errors, 0);
  const warnings = reports.reduce((sum, entry) => sum + entry.warnings, 0);
  const failed = errors > 0 || (options.strict === true && warnings > 0);

  if (options.json === true) {
    const files = reports.map((entry) => ({ file: entry.file, kind: entry.kind, valid: entry.errors === 0, errors: entry.errors, warnings: entry.warnings, issues: entry.issues }));
    writeLine(io.stdout, JSON.stringify({ valid: !failed, errors, warnings, files }, null, 2));
    return failed ? EXIT.problems : EXIT.ok;
  }

  const lines: LocatedIssue[] = reports.flatMap((entry) => entry.issues.map((issue) => ({ file: entry.file, ...issue })));
  reportIssues(io, lines);
  const paint = painter(io, "stdout");
  for (const entry of reports) {
    if (entry.issues.length > 0) continue;
    writeLine(io.stdout, paint("green", `✓ ${entry.file}: no problems`));
  }
  if (lines.length > 0) {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const verdict = failed ? (errors > 0 ? "fix the errors" : "--strict: warnings fail") : "warnings do not fail without --strict";
    writeLine(io.stderr, `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(reports.length, "file")} (${verdict})`);
  }
  return failed ? EXIT.problems : EXIT.ok;
}
