import { CalculationError } from "../errors/calculation-error.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { sumMoney, toMoney, type Money } from "../money/money.js";
import { exactSum, MAX_EXACT_SCALE, unitsOf } from "../money/exact-units.js";
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
  // Every identity holding in whole units of 10^-4 (exact in a double) is the common case; anything else, including
  // an amount that does not fit, is checked and worded with Decimal below.
  if (balancesExactly(decision)) return;
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

/**
 * The identities of `checkBalance` on integers of 10^-4 units (every currency has at most 4 minor units): `true` when
 * every amount fits a safe integer and every identity holds, `false` when one fails or an amount does not fit.
 */
function balancesExactly(decision: UnexplainedDecision): boolean {
  const scale = MAX_EXACT_SCALE;
  const units = (text: string): number => {
    const value = unitsOf(text, scale);
    if (value === undefined) throw NOT_EXACT;
    return value;
  };
  const sum = (values: readonly number[]): number => {
    const value = exactSum(values);
    if (value === undefined) throw NOT_EXACT;
    return value;
  };
  try {
    const payableOf = new Map<string | undefined, number[]>();
    const add = (coverageId: string | undefined, payable: number) => {
      const own = payableOf.get(coverageId);
      if (own === undefined) payableOf.set(coverageId, [payable]);
      else own.push(payable);
    };
    const lineBilled: number[] = [];
    const paid: number[] = [];
    for (const line of decision.lines) {
      const amounts = line.adjustments.map((adjustment) => units(adjustment.amount));
      if (amounts.some((amount) => amount <= 0)) return false;
      const billed = units(line.billed);
      const payable = units(line.payable);
      if (sum([billed, -sum(amounts)]) !== payable) return false;
      lineBilled.push(billed);
      paid.push(payable);
      add(line.coverageId, payable);
    }
    for (const benefit of decision.benefits) {
      const payable = units(benefit.payable);
      if (sum([units(benefit.gross), -sum(benefit.adjustments.map((adjustment) => units(adjustment.amount)))]) !== payable) return false;
      paid.push(payable);
      add(benefit.coverageId, payable);
    }
    if (sum(lineBilled) !== units(decision.billed) || sum(paid) !== units(decision.payable)) return false;
    return decision.coverages.every((coverage) => sum(payableOf.get(coverage.coverageId) ?? []) === units(coverage.payable));
  } catch (error) {
    if (error === NOT_EXACT) return false;
    throw error;
  }
}

const NOT_EXACT = new Error("not exact");
