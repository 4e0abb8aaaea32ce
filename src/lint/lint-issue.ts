import type { IssueCode } from "../errors/adjudicator-error.js";

/** `error`: the file cannot be used as it is. `warning`: it can, but probably does not mean what its author thinks. */
export type LintSeverity = "error" | "warning";

/** Codes of the checks that only the linter makes, besides the codes `createAdjudicator` reports. */
export type LintOnlyCode =
  | "unknown_value"
  | "unknown_reference"
  | "unknown_document_type"
  | "reason_message"
  | "event_param"
  | "unsatisfiable_condition"
  | "dead_branch"
  | "always_true"
  | "shadowed_rule"
  | "redundant_rule"
  | "money_compared_as_text"
  | "ignored_params"
  | "item_rule_without_line"
  | "limit_below_deductible"
  | "ratio_out_of_range"
  | "negative_days"
  | "duplicate_value"
  | "policy_not_checked";

/** The code of a lint problem or warning: an issue code, or one only the linter reports. */
export type LintCode = IssueCode | LintOnlyCode;

/** One finding, with where it is (JSON path from the root of the file), how bad it is, and how to fix it. */
export interface LintIssue {
  readonly code: LintCode;
  readonly severity: LintSeverity;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Everything found in one file, in document order. `valid` is false as soon as one issue is an error. */
export interface LintReport {
  readonly valid: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly issues: readonly LintIssue[];
}

/**
 * Orders paths by array position; keys within one object keep the order the checks first met them,
 * which is the order of the schema and of the file, so a report reads from top to bottom.
 */
function pathComparator(issues: readonly LintIssue[]): (a: readonly (string | number)[], b: readonly (string | number)[]) => number {
  const rank = new Map<string, number>();
  for (const issue of issues) for (const segment of issue.path) if (typeof segment === "string" && !rank.has(segment)) rank.set(segment, rank.size);
  const key = (segment: string | number): number => (typeof segment === "number" ? segment : Number.MAX_SAFE_INTEGER / 2 + (rank.get(segment) ?? 0));
  return (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const difference = key(a[i] as string | number) - key(b[i] as string | number);
      if (difference !== 0) return difference;
    }
    return a.length - b.length;
  };
}

/**
 * Sorts issues into document order and drops exact repeats.
 * @param issues - findings from every check, in any order
 * @returns the report a rule author reads
 * @example
 * toLintReport([{ code: "unknown_fact", severity: "error", path: ["rules", 0, "conditions"], message: "…" }]).valid; //=> false
 */
export function toLintReport(issues: readonly LintIssue[]): LintReport {
  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    const key = `${JSON.stringify(issue.path)}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const comparePaths = pathComparator(unique);
  const sorted = unique
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => comparePaths(a.issue.path, b.issue.path) || a.index - b.index)
    .map(({ issue }) => issue);
  const errors = sorted.filter((issue) => issue.severity === "error").length;
  return { valid: errors === 0, errors, warnings: sorted.length - errors, issues: sorted };
}
