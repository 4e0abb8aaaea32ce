import { Dec } from "./money.js";

/** Decimal comparisons for cross-field checks inside schemas (inputs already matched the money pattern). */
export const compareMoneyStrings = {
  sum: (a: string, b: string): string => new Dec(a).plus(b).toString(),
  greaterThan: (a: string, b: string): boolean => new Dec(a).greaterThan(b),
};
