import { unitsOf, unitsToFixed } from "../money/exact-units.js";
import { formatMoney, sumMoney, toMoney } from "../money/money.js";

/**
 * `formatMoney(sumMoney(amounts.map(toMoney)), minorUnits)` without a Decimal per amount: the amounts added as whole
 * minor units (integers) when every one has at most `minorUnits` decimals and every partial sum is a safe integer
 * (|units| ≤ 2^53 − 1), else with Decimal. The same text either way (a property test compares them); Decimal's
 * errors for what is not an amount are Decimal's.
 */
export function sumAmounts(amounts: readonly string[], minorUnits: number): string {
  let total = 0;
  for (const amount of amounts) {
    const units = unitsOf(amount, minorUnits);
    if (units === undefined) return sumByDecimal(amounts, minorUnits);
    total += units;
    if (!Number.isSafeInteger(total)) return sumByDecimal(amounts, minorUnits);
  }
  return unitsToFixed(total, minorUnits);
}

function sumByDecimal(amounts: readonly string[], minorUnits: number): string {
  return formatMoney(sumMoney(amounts.map(toMoney)), minorUnits);
}
