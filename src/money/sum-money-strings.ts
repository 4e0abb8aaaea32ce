import { formatMoney, sumMoney, toMoney } from "./money.js";
import { unitsOf, unitsToFixed } from "./exact-units.js";

/**
 * The sum of decimal strings written in the currency's minor units: `formatMoney(sumMoney(texts.map(toMoney)), minorUnits)`
 * without a Decimal per amount. Amounts of at most `minorUnits` decimals are added as whole minor units while every
 * one and every partial sum is a safe integer (|units| ≤ 2^53 − 1, exact in a double); anything else (more decimals,
 * too many digits, a sum past 2^53) goes through Decimal, with its result and `formatMoney`'s error. A property test
 * compares the two paths, across the 2^53 boundary.
 *
 * @example
 * sumMoneyStrings(["12.5", "0.25"], 2) //=> "12.75"
 */
export function sumMoneyStrings(texts: readonly string[], minorUnits: number): string {
  let total = 0;
  for (const text of texts) {
    const units = unitsOf(text, minorUnits);
    if (units === undefined) return sumByDecimal(texts, minorUnits);
    total += units;
    if (!Number.isSafeInteger(total)) return sumByDecimal(texts, minorUnits);
  }
  return unitsToFixed(total, minorUnits);
}

function sumByDecimal(texts: readonly string[], minorUnits: number): string {
  return formatMoney(sumMoney(texts.map(toMoney)), minorUnits);
}
