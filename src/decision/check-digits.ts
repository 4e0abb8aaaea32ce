import { CalculationError } from "../errors/calculation-error.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { MAX_SIGNIFICANT_DIGITS, significantDigits } from "../values/primitives.js";
import type { UnexplainedDecision } from "./decide-claim.js";

/**
 * Every amount a decision carries fits the 15 significant digits of its schema (and of FHIR). Inputs are bounded so,
 * but a product of bounded figures is not: a daily amount of 243,902,439,024.40 for 8 days is 16 digits. Such a
 * decision is refused rather than returned invalid.
 *
 * @throws {CalculationError} with code `too_many_digits`, naming each amount and its path in the decision.
 */
export function checkDigits(decision: UnexplainedDecision): void {
  const issues: Issue[] = [];
  const check = (amount: string, path: (string | number)[]) => {
    if (significantDigits(amount) > MAX_SIGNIFICANT_DIGITS) {
      issues.push({ code: "too_many_digits", path: ["decision", ...path], message: `${amount} has more than ${MAX_SIGNIFICANT_DIGITS} significant digits, more than a decision (or FHIR) carries: the policy's amounts are too large for this claim` });
    }
  };
  check(decision.billed, ["billed"]);
  check(decision.payable, ["payable"]);
  decision.lines.forEach((line, i) => {
    check(line.billed, ["lines", i, "billed"]);
    check(line.eligible, ["lines", i, "eligible"]);
    check(line.payable, ["lines", i, "payable"]);
    line.adjustments.forEach((adjustment, j) => check(adjustment.amount, ["lines", i, "adjustments", j, "amount"]));
  });
  decision.benefits.forEach((benefit, i) => {
    check(benefit.gross, ["benefits", i, "gross"]);
    check(benefit.payable, ["benefits", i, "payable"]);
    benefit.adjustments.forEach((adjustment, j) => check(adjustment.amount, ["benefits", i, "adjustments", j, "amount"]));
  });
  decision.coverages.forEach((coverage, i) => check(coverage.payable, ["coverages", i, "payable"]));
  if (issues.length > 0) throw new CalculationError(issues);
}
