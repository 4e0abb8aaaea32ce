import { AdjudicatorError, hasErrorBrand, type Issue } from "./adjudicator-error.js";

/** Thrown when the rule evaluator fails on a claim (a bug or an input the validation let through). */
export class RuleEvaluationError extends AdjudicatorError {
  override name = "RuleEvaluationError" as const;

  constructor(issues: readonly Issue[]) {
    super("Rule evaluation failed", issues);
  }
}

/** Whether `error` is a `RuleEvaluationError`, also one thrown by the other module copy (ESM or CommonJS). */
export function isRuleEvaluationError(error: unknown): error is RuleEvaluationError {
  return error instanceof RuleEvaluationError || hasErrorBrand(error, "RuleEvaluationError");
}
