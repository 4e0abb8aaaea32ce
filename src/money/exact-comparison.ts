import { decimalsOf, MAX_EXACT_SCALE, unitsOf } from "./exact-units.js";

/**
 * `new Dec(a).comparedTo(b)` (−1, 0 or 1) for two plain decimal strings, as integers of their finer count of
 * decimals, when both fit a double exactly (see exact-units); `undefined` otherwise, for the caller to compare as
 * Decimal. A property test compares the two, across the 2^53 boundary.
 *
 * @example
 * exactComparison("1000", "999.99") //=> 1
 */
export function exactComparison(a: string, b: string): -1 | 0 | 1 | undefined {
  const left = decimalsOf(a);
  const right = decimalsOf(b);
  if (left === undefined || right === undefined) return undefined;
  const scale = left > right ? left : right;
  if (scale > MAX_EXACT_SCALE) return undefined;
  const x = unitsOf(a, scale);
  const y = unitsOf(b, scale);
  if (x === undefined || y === undefined) return undefined;
  return x < y ? -1 : x > y ? 1 : 0;
}
