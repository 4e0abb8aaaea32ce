import { Dec } from "../money/money.js";

/**
 * A decimal string as the JSON number FHIR's `decimal` is, or `undefined` when the number would not be the same
 * value. `Number()` is exact for every decimal of at most 15 significant digits (IEEE 754 doubles keep 15), which
 * covers every amount up to 99,999,999,999.9999 at 4 decimals; the check below compares the shortest rendering of
 * the double with the string, decimal for decimal, so a longer value is refused instead of rounded.
 * Trailing zeros are not kept (`"7202.80"` → `7202.8`): the currency's minor units say how to print it.
 *
 * @param value - a plain decimal string, e.g. `"7202.80"`
 * @returns the same value as a number, or `undefined` when no double holds it exactly
 * @example
 * toExactFhirDecimal("7202.80") //=> 7202.8
 * toExactFhirDecimal("12345678901234567.89") //=> undefined
 */
export function toExactFhirDecimal(value: string): number | undefined {
  const number = Number(value);
  if (!Number.isFinite(number)) return undefined;
  return new Dec(String(number)).equals(new Dec(value)) ? number : undefined;
}
