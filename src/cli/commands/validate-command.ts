import type { LintIssue, LintReport } from "../../lint/lint-issue.js";
import { validatePolicy } from "../../lint/validate-policy.js";
import { validateRuleSet } from "../../lint/validate-rule-set.js";
import { locatePath, readDocument } from "../../testing/read-document.js";
import { EXIT, painter, UsageError, writeLine, type CliIo } from "../cli-io.js";
import { reportIssues, type LocatedIssue } from "../report-issues.js";

export interface ValidateOptions {
  readonly policy?: string;
  readonly strict?: boolean;
  readonly json?: boolean;
  readonly documentTypes?: readonly string[];
}

interface FileReport {
  readonly file: string;
  readonly kind: "policy" | "rule-set";
  readonly text?: string;
  readonly report: LintReport;
}

/** A file that does not parse is one error, at the line and column of the syntax error. */
function unreadable(file: string, kind: FileReport["kind"], message: string, line?: number, column?: number): FileReport & { position?: { line: number; column: number } } {
  const issue: LintIssue = { code: "invalid_input", severity: "error", path: [], message };
  return { file, kind, report: { valid: false, errors: 1, warnings: 0, issues: [issue] }, ...(line === undefined ? {} : { position: { line, column: column ?? 1 } }) };
}

/**
 * `claim-adjudicator validate [rules...] [--policy policy.json]`: every problem of the rule sets and the policy,
 * with file, line, JSON path, severity and how to fix it. Exit 0 when there is no error (1 with `--strict` when
 * there are warnings), 1 otherwise.
 */
export function validateCommand(io: CliIo, ruleFiles: readonly string[], options: ValidateOptions): number {
  if (ruleFiles.length === 0 && options.policy === undefined) throw new UsageError("give a rule set file to validate, or --policy <file>, or both");
  const documentTypes = options.documentTypes ?? [];
  const reports: (FileReport & { position?: { line: number; column: number } })[] = [];
  let policyValue: unknown;
  if (options.policy !== undefined) {
    const read = readDocument(options.policy);
    if (!read.ok && read.notFound === true) throw new UsageError(`policy file not found: ${options.policy}`);
    if (read.ok) {
      policyValue = read.value;
      reports.push({ file: options.policy, kind: "policy", text: read.text, report: validatePolicy(read.value, { documentTypes }) });
    } else reports.push(unreadable(options.policy, "policy", read.message, read.line, read.column));
  }
  for (const file of ruleFiles) {
    const read = readDocument(file);
    if (!read.ok && read.notFound === true) throw new UsageError(`rule set file not found: ${file}`);
    if (!read.ok) {
      reports.push(unreadable(file, "rule-set", read.message, read.line, read.column));
      continue;
    }
    const report = validateRuleSet(read.value, { ...(policyValue !== undefined ? { policy: policyValue } : {}), documentTypes });
    reports.push({ file, kind: "rule-set", text: read.text, report });
  }

  const errors = reports.reduce((sum, entry) => sum + entry.report.errors, 0);
  const warnings = reports.reduce((sum, entry) => sum + entry.report.warnings, 0);
  const failed = errors > 0 || (options.strict === true && warnings > 0);

  if (options.json === true) {
    const files = reports.map((entry) => ({
      file: entry.file,
      kind: entry.kind,
      valid: entry.report.valid,
      errors: entry.report.errors,
      warnings: entry.report.warnings,
      issues: entry.report.issues.map((issue) => ({ ...issue, ...(entry.position ?? (entry.text === undefined ? {} : locatePath(entry.text, issue.path))) })),
    }));
    writeLine(io.stdout, JSON.stringify({ valid: !failed, errors, warnings, files }, null, 2));
    return failed ? EXIT.problems : EXIT.ok;
  }

  const located: LocatedIssue[] = reports.flatMap((entry) =>
    entry.report.issues.map((issue) => ({ file: entry.file, ...(entry.text === undefined ? {} : { text: entry.text }), ...(entry.position ?? {}), ...issue })),
  );
  reportIssues(io, located);
  const paint = painter(io, "stdout");
  for (const entry of reports) {
    if (entry.report.issues.length > 0) continue;
    writeLine(io.stdout, paint("green", `✓ ${entry.file}: no problems`));
  }
  if (located.length > 0) {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const verdict = failed ? (errors > 0 ? "fix the errors" : "--strict: warnings fail") : "warnings do not fail without --strict";
    writeLine(io.stderr, `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(reports.length, "file")} (${verdict})`);
  }
  return failed ? EXIT.problems : EXIT.ok;
}
