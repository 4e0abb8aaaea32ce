import { AdjudicatorError, hasErrorBrand, type Issue } from "./adjudicator-error.js";

/**
 * Thrown when a decision breaks an identity the library guarantees (billed − Σ adjustments = payable, per line, per
 * benefit and per claim). It is a bug in the library, never a claim's fault: no unbalanced decision is returned.
 */
export class CalculationError extends AdjudicatorError {
  override name = "CalculationError" as const;

  constructor(issues: readonly Issue[]) {
    super("The decision does not balance", issues);
  }
}

export function isCalculationError(error: unknown): error is CalculationError {
  return error instanceof CalculationError || hasErrorBrand(error, "CalculationError");
}
