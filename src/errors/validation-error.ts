import { AdjudicatorError, hasErrorBrand, type Issue } from "./adjudicator-error.js";

/**
 * Thrown when a policy, rule set, claim or option is not valid. `issues` lists every problem at once,
 * each with its JSON path; nothing is adjudicated from invalid input.
 */
export class ValidationError extends AdjudicatorError {
  override name = "ValidationError" as const;

  constructor(subject: string, issues: readonly Issue[]) {
    super(`Invalid ${subject}: ${issues.length} problem${issues.length === 1 ? "" : "s"}`, issues);
  }
}

/** Whether `error` is a `ValidationError`, also one thrown by the other module copy (ESM or CommonJS). */
export function isValidationError(error: unknown): error is ValidationError {
  return error instanceof ValidationError || hasErrorBrand(error, "ValidationError");
}
