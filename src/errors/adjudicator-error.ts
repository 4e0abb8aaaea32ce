/** One problem found in an input, with where it is and what to do about it. */
export interface Issue {
  readonly code: IssueCode;
  /** JSON path from the input's root, e.g. `["claim", "lines", 2, "amount"]`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The kind of one problem of a typed error (`invalid_input`, `unknown_fact`, `unknown_clause`, …). */
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
  /** A computed amount beyond the 15 significant digits a decision carries (a CalculationError). */
  | "too_many_digits"
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

/**
 * The brand every error of the library carries, under a registered symbol (`Symbol.for`), so that the type guards
 * recognise an error thrown by another copy of the library: the ESM and the CJS build loaded side by side, or two
 * installed versions. Its value is the error's class name.
 */
export const ERROR_BRAND: unique symbol = Symbol.for("claim-adjudicator.error") as never;

/** Whether `error` carries the library's brand with the given class name (any of the library's errors without one). */
export function hasErrorBrand(error: unknown, name?: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const brand = (error as { readonly [ERROR_BRAND]?: unknown })[ERROR_BRAND];
  return typeof brand === "string" && (name === undefined || brand === name);
}

/** Base class of every error the library throws. */
export class AdjudicatorError extends Error {
  override name: string = "AdjudicatorError";
  readonly issues: readonly Issue[];

  constructor(summary: string, issues: readonly Issue[]) {
    super(issues.length === 0 ? summary : `${summary}\n${formatIssues(issues)}`);
    this.issues = issues;
  }

  /** The class name, under `ERROR_BRAND`: what the type guards read across copies of the library. */
  get [ERROR_BRAND](): string {
    return this.name;
  }
}

/** Whether `error` is one of the library's errors, thrown by this copy of the library or another. */
export function isAdjudicatorError(error: unknown): error is AdjudicatorError {
  return error instanceof AdjudicatorError || hasErrorBrand(error);
}
