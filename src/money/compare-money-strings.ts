import { Dec } from "./money.js";
import { exactPair } from "./exact-comparison.js";
import { unitsToString } from "./exact-units.js";

const MONEY = /^\d+(\.\d+)?$/;

/**
 * Decimal comparisons for cross-field checks inside schemas. A refinement runs even when a field failed its own
 * format check, so every operand is tested first: an amount such as `"12,000.00"` or `"１２"` never reaches decimal.js.
 * Amounts that fit a double exactly as whole minor units are added and compared as such (the same answers,
 * without a Decimal per operand: every bill line is checked on every adjudication).
 */
export const compareMoneyStrings = {
  /** Whether every value is a plain non-negative decimal string (the money pattern). */
  areMoney: (...values: readonly unknown[]): boolean => values.every((value) => typeof value === "string" && MONEY.test(value)),
  sum: (a: string, b: string): string => {
    const exact = exactPair(a, b);
    if (exact !== undefined && Number.isSafeInteger(exact.a + exact.b)) return unitsToString(exact.a + exact.b, exact.scale);
    return new Dec(a).plus(b).toString();
  },
  greaterThan: (a: string, b: string): boolean => {
    const exact = exactPair(a, b);
    return exact !== undefined ? exact.a > exact.b : new Dec(a).greaterThan(b);
  },
};
