import { CalculationError } from "../errors/calculation-error.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { sumMoney, toMoney, type Money } from "../money/money.js";
import { MAX_EXACT_SCALE, unitsOf } from "../money/exact-units.js";
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
 * every amount fits a safe integer and every identity holds, `false` when one fails or an amount does not fit. The
 * sums run in the order they always did (lines, then benefits; per coverage in that order), each partial sum a safe
 * integer or the answer is `false`; running totals, not arrays of amounts.
 */
function balancesExactly(decision: UnexplainedDecision): boolean {
  const scale = MAX_EXACT_SCALE;
  const coverageTotals = new Map<string | undefined, number>();
  let billedTotal = 0;
  let paidTotal = 0;
  for (const line of decision.lines) {
    const billed = unitsOf(line.billed, scale);
    const payable = exactRemainder(billed, line.payable, line.adjustments, scale, true);
    if (billed === undefined || payable === undefined) return false;
    billedTotal += billed;
    paidTotal += payable;
    if (!Number.isSafeInteger(billedTotal) || !Number.isSafeInteger(paidTotal) || !addTo(coverageTotals, line.coverageId, payable)) return false;
  }
  for (const benefit of decision.benefits) {
    const payable = exactRemainder(unitsOf(benefit.gross, scale), benefit.payable, benefit.adjustments, scale, false);
    if (payable === undefined) return false;
    paidTotal += payable;
    if (!Number.isSafeInteger(paidTotal) || !addTo(coverageTotals, benefit.coverageId, payable)) return false;
  }
  if (billedTotal !== unitsOf(decision.billed, scale) || paidTotal !== unitsOf(decision.payable, scale)) return false;
  for (const coverage of decision.coverages) {
    if ((coverageTotals.get(coverage.coverageId) ?? 0) !== unitsOf(coverage.payable, scale)) return false;
  }
  return true;
}

/**
 * A line's or a benefit's payable in units, when its gross (billed) less its adjustments is exactly that payable and
 * every partial sum is a safe integer; `undefined` otherwise. A line's adjustments must each be above zero (`positive`).
 */
function exactRemainder(gross: number | undefined, payable: string, adjustments: readonly { readonly amount: string }[], scale: number, positive: boolean): number | undefined {
  if (gross === undefined) return undefined;
  let adjusted = 0;
  for (const adjustment of adjustments) {
    const amount = unitsOf(adjustment.amount, scale);
    if (amount === undefined || (positive && amount <= 0)) return undefined;
    adjusted += amount;
    if (!Number.isSafeInteger(adjusted)) return undefined;
  }
  const units = unitsOf(payable, scale);
  const remaining = gross - adjusted;
  return units !== undefined && Number.isSafeInteger(remaining) && remaining === units ? units : undefined;
}

/** Adds a payable to its coverage's running total: `false` when the total is no longer a safe integer. */
function addTo(totals: Map<string | undefined, number>, coverageId: string | undefined, payable: number): boolean {
  const total = (totals.get(coverageId) ?? 0) + payable;
  totals.set(coverageId, total);
  return Number.isSafeInteger(total);
}
