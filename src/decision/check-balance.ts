import { CalculationError } from "../errors/calculation-error.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { sumMoney, toMoney, type Money } from "../money/money.js";
import type { Adjustment } from "../trace/adjustment-schema.js";
import type { UnexplainedDecision } from "./decide-claim.js";

const total = (amounts: readonly string[]): Money => sumMoney(amounts.map(toMoney));
const adjusted = (adjustments: readonly Adjustment[]): Money => total(adjustments.map((adjustment) => adjustment.amount));

/**
 * Checks the identities every decision keeps, exactly: per line billed − Σ adjustments = payable; per benefit
 * gross − Σ adjustments = payable; the lines' billed add up to the claim's; what the lines and benefits pay adds up
 * per coverage and to the claim's payable.
 *
 * @throws {CalculationError} listing every identity that fails, with its path in the decision.
 */
export function checkBalance(decision: UnexplainedDecision): void {
  const issues: Issue[] = [];
  const expectEqual = (left: Money, right: string, path: (string | number)[], what: string) => {
    if (!left.equals(right)) issues.push({ code: "unbalanced", path: ["decision", ...path], message: `${what}: ${left.toString()} ≠ ${right}` });
  };
  decision.lines.forEach((line, i) => {
    expectEqual(toMoney(line.billed).minus(adjusted(line.adjustments)), line.payable, ["lines", i], `billed ${line.billed} − Σ adjustments ≠ payable`);
    if (line.adjustments.some((adjustment) => !toMoney(adjustment.amount).greaterThan(0))) issues.push({ code: "unbalanced", path: ["decision", "lines", i, "adjustments"], message: "an adjustment of zero" });
  });
  decision.benefits.forEach((benefit, i) => expectEqual(toMoney(benefit.gross).minus(adjusted(benefit.adjustments)), benefit.payable, ["benefits", i], `gross ${benefit.gross} − Σ adjustments ≠ payable`));
  expectEqual(total(decision.lines.map((line) => line.billed)), decision.billed, ["billed"], "Σ lines billed ≠ billed");
  const paid = total([...decision.lines.map((line) => line.payable), ...decision.benefits.map((benefit) => benefit.payable)]);
  expectEqual(paid, decision.payable, ["payable"], "Σ line and benefit payables ≠ payable");
  decision.coverages.forEach((coverage, i) => {
    const own = total([
      ...decision.lines.filter((line) => line.coverageId === coverage.coverageId).map((line) => line.payable),
      ...decision.benefits.filter((benefit) => benefit.coverageId === coverage.coverageId).map((benefit) => benefit.payable),
    ]);
    expectEqual(own, coverage.payable, ["coverages", i, "payable"], `what coverage ${coverage.coverageId} pays on lines and benefits ≠ its payable`);
  });
  if (issues.length > 0) throw new CalculationError(issues);
}
