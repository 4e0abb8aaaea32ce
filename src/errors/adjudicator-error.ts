/** One problem found in an input, with where it is and what to do about it. */
export interface Issue {
  readonly code: IssueCode;
  /** JSON path from the input's root, e.g. `["claim", "lines", 2, "amount"]`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type IssueCode =
  | "invalid_input"
  | "unknown_fact"
  | "unknown_operator"
  | "unknown_clause"
  | "duplicate_id"
  | "policy_mismatch"
  | "currency_mismatch"
  | "rule_evaluation_failed"
  | "unbalanced"
  | "reason_code_collision"
  /** A claim event the claim's state does not allow (see `CLAIM_TRANSITIONS`). */
  | "refused_transition";

/** Renders a path the way a rule author reads it: `claim.lines[2].amount`. */
export function toDotPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === "" ? "(root)" : out;
}

export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => `${toDotPath(issue.path)}: ${issue.message}`).join("\n");
}

/** Base class of every error the library throws. */
export class AdjudicatorError extends Error {
  override name: string = "AdjudicatorError";
  readonly issues: readonly Issue[];

  constructor(summary: string, issues: readonly Issue[]) {
    super(issues.length === 0 ? summary : `${summary}\n${formatIssues(issues)}`);
    this.issues = issues;
  }
}

export function isAdjudicatorError(error: unknown): error is AdjudicatorError {
  return error instanceof AdjudicatorError;
}
