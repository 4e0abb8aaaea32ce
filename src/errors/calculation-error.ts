import { AdjudicatorError, hasErrorBrand, type Issue } from "./adjudicator-error.js";

/**
 * Thrown when a decision breaks an identity the library guarantees (billed − Σ adjustments = payable, per line, per
 * benefit and per claim): a bug in the library, never a claim's fault; no unbalanced decision is returned. Also thrown
 * (code `too_many_digits`) when a computed amount exceeds the 15 significant digits a decision carries, e.g. a huge
 * daily amount times many days: the policy's figures are too large for that claim.
 */
export class CalculationError extends AdjudicatorError {
  override name = "CalculationError" as const;

  constructor(issues: readonly Issue[]) {
    super(issues.length > 0 && issues.every((issue) => issue.code === "too_many_digits") ? "The decision has amounts too large to carry" : "The decision does not balance", issues);
  }
}

/** Whether `error` is a `CalculationError`, also one thrown by the other module copy (ESM or CommonJS). */
export function isCalculationError(error: unknown): error is CalculationError {
  return error instanceof CalculationError || hasErrorBrand(error, "CalculationError");
}
