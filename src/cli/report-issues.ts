import { toDotPath } from "../errors/adjudicator-error.js";
import type { LintSeverity } from "../lint/lint-issue.js";
import { locatePath } from "../testing/read-document.js";
import { painter, writeLine, type CliIo } from "./cli-io.js";

/** A problem to show a user: the file, where in it, how bad, what. */
export interface LocatedIssue {
  readonly file: string;
  /** The file's text, to turn the JSON path into a line and column. */
  readonly text?: string;
  readonly path: readonly (string | number)[];
  readonly severity: LintSeverity;
  readonly message: string;
  readonly code?: string;
  /** Known position (syntax errors), used when there is no path to locate. */
  readonly line?: number;
  readonly column?: number;
}

/**
 * `file:line:column: severity: json.path: message [code]`: the form editors and terminals make clickable.
 * @example
 * formatIssue({ file: "rules.json", text, path: ["rules", 1, "conditions", "all", 0, "fact"], severity: "error", message: "…", code: "unknown_fact" });
 * //=> 'rules.json:20:22: error: rules[1].conditions.all[0].fact: … [unknown_fact]'
 */
export function formatIssue(issue: LocatedIssue): string {
  const position =
    issue.line !== undefined ? { line: issue.line, column: issue.column ?? 1 } : issue.text === undefined ? undefined : locatePath(issue.text, issue.path);
  const where = position === undefined ? issue.file : `${issue.file}:${position.line}:${position.column}`;
  const path = issue.path.length === 0 ? "" : `${toDotPath(issue.path)}: `;
  return `${where}: ${issue.severity}: ${path}${issue.message}${issue.code === undefined ? "" : ` [${issue.code}]`}`;
}

/** Prints issues to stderr, errors in red and warnings in yellow on a terminal. */
export function reportIssues(io: CliIo, issues: readonly LocatedIssue[]): void {
  const paint = painter(io, "stderr");
  for (const issue of issues) {
    const line = formatIssue(issue);
    writeLine(io.stderr, issue.severity === "error" ? paint("red", line) : paint("yellow", line));
  }
}
