import { Dec } from "./money.js";

const MONEY = /^\d+(\.\d+)?$/;

/**
 * Decimal comparisons for cross-field checks inside schemas. A refinement runs even when a field failed its own
 * format check, so every operand is tested first: an amount such as `"12,000.00"` or `"１２"` never reaches decimal.js.
 */
export const compareMoneyStrings = {
  /** Whether every value is a plain non-negative decimal string (the money pattern). */
  areMoney: (...values: readonly unknown[]): boolean => values.every((value) => typeof value === "string" && MONEY.test(value)),
  sum: (a: string, b: string): string => new Dec(a).plus(b).toString(),
  greaterThan: (a: string, b: string): boolean => new Dec(a).greaterThan(b),
};
