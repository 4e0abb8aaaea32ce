import { decimalsOf, MAX_EXACT_SCALE, unitsOf } from "./exact-units.js";

/** Both operands as integers of their finer count of decimals, when both fit a double exactly (see exact-units). */
export function exactPair(a: string, b: string): { a: number; b: number; scale: number } | undefined {
  const left = decimalsOf(a);
  const right = decimalsOf(b);
  if (left === undefined || right === undefined) return undefined;
  const scale = left > right ? left : right;
  if (scale > MAX_EXACT_SCALE) return undefined;
  const x = unitsOf(a, scale);
  const y = unitsOf(b, scale);
  return x === undefined || y === undefined ? undefined : { a: x, b: y, scale };
}

/**
 * `new Dec(a).comparedTo(b)` (−1, 0 or 1) for two plain decimal strings, as integers of their finer count of
 * decimals, when both fit a double exactly (see exact-units); `undefined` otherwise, for the caller to compare as
 * Decimal. A property test compares the two, across the 2^53 boundary.
 *
 * @example
 * exactComparison("1000", "999.99") //=> 1
 */
export function exactComparison(a: string, b: string): -1 | 0 | 1 | undefined {
  const exact = exactPair(a, b);
  if (exact === undefined) return undefined;
  return exact.a < exact.b ? -1 : exact.a > exact.b ? 1 : 0;
}
