/**
 * Exact arithmetic on plain decimal strings as JavaScript integers, for the checks run on every adjudication
 * (a line's shares against its amount, the decision's balance): a decimal string of at most `scale` decimals is a
 * whole number of 10^-scale units, and integers up to 2^53 are exact in a double. Whatever does not fit (more
 * decimals, too many digits, a sum past 2^53) gives `undefined`, and the caller does the same with Decimal: these
 * are only a fast path to the same answers, never a different one.
 */

// A plain decimal string is what /^(-?)(\d+)(?:\.(\d+))?$/ matches; unitsOf and decimalsOf scan for it by hand.

const POWERS = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000] as const;

/** The most decimals the fast path takes (every currency has at most 4 minor units; rates and ratios go through Decimal). */
export const MAX_EXACT_SCALE = POWERS.length - 1;

/**
 * `text` × 10^scale as an integer, when `text` is a plain decimal string (optional minus sign) of at most `scale`
 * decimals whose value in those units is a safe integer; otherwise `undefined`.
 *
 * @example
 * unitsOf("1234.5", 2) //=> 123450
 * unitsOf("0.001", 2) //=> undefined
 */
export function unitsOf(text: string, scale: number): number | undefined {
  if (text.length > 24 || scale > MAX_EXACT_SCALE) return undefined;
  // A scan of the characters instead of a regular expression with its captures (the same strings are accepted):
  // an optional minus sign, one or more ASCII digits, then optionally a point and one or more digits.
  const end = text.length;
  let at = 0;
  const negative = end > 0 && text.charCodeAt(0) === 45;
  if (negative) at = 1;
  const wholeStart = at;
  // Exact while below 2^53; at or past it, at or past 2^53 too (as Number(digits) would be), and refused below.
  let whole = 0;
  for (; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) break;
    whole = whole * 10 + (code - 48);
  }
  if (at === wholeStart) return undefined;
  let fraction = 0;
  let fractionDigits = 0;
  if (at < end) {
    if (text.charCodeAt(at) !== 46) return undefined;
    const fractionStart = ++at;
    for (; at < end; at++) {
      const code = text.charCodeAt(at);
      if (code < 48 || code > 57) return undefined;
      fraction = fraction * 10 + (code - 48);
    }
    fractionDigits = at - fractionStart;
    if (fractionDigits === 0) return undefined;
  }
  if (fractionDigits > scale) return undefined;
  const scaled = whole * (POWERS[scale] as number);
  const units = scaled + (fractionDigits === 0 ? 0 : fraction * (POWERS[scale - fractionDigits] as number));
  if (!Number.isSafeInteger(units) || !Number.isSafeInteger(scaled)) return undefined;
  return negative ? -units : units;
}

/** The decimals of a plain decimal string (`"12.50"` → 2), or `undefined` for anything else. */
export function decimalsOf(text: string): number | undefined {
  // Plain decimal strings, scanned: an optional minus sign, digits, then optionally a point and digits.
  const end = text.length;
  let at = end > 0 && text.charCodeAt(0) === 45 ? 1 : 0;
  const wholeStart = at;
  while (at < end && isDigit(text.charCodeAt(at))) at++;
  if (at === wholeStart) return undefined;
  if (at === end) return 0;
  if (text.charCodeAt(at) !== 46) return undefined;
  const fractionStart = ++at;
  while (at < end && isDigit(text.charCodeAt(at))) at++;
  return at === end && at > fractionStart ? at - fractionStart : undefined;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The sum of integers, or `undefined` when it (or a partial sum) is no longer a safe integer. */
export function exactSum(values: readonly number[]): number | undefined {
  let total = 0;
  for (const value of values) {
    total += value;
    if (!Number.isSafeInteger(total)) return undefined;
  }
  return total;
}

/**
 * An integer count of 10^-scale units written as Decimal's `toString` writes that value: no exponent, no trailing
 * zeros in the fraction, no point when there is none (`12350, 2` → `"123.5"`).
 */
export function unitsToString(units: number, scale: number): string {
  const negative = units < 0;
  const digits = String(Math.abs(units)).padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  // The fraction without its trailing zeros, trimmed by index rather than with a regular expression.
  const start = digits.length - scale;
  let end = digits.length;
  while (end > start && digits.charCodeAt(end - 1) === 48) end--;
  const fraction = digits.slice(start, end);
  const text = fraction === "" ? whole : `${whole}.${fraction}`;
  return negative && units !== 0 ? `-${text}` : text;
}

/**
 * An integer count of 10^-scale units with exactly `scale` decimals, as `formatMoney` writes that value
 * (`12350, 2` → `"123.50"`, `0, 2` → `"0.00"`, never `"-0.00"`).
 */
export function unitsToFixed(units: number, scale: number): string {
  const digits = String(Math.abs(units)).padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const text = scale === 0 ? whole : `${whole}.${digits.slice(digits.length - scale)}`;
  return units < 0 ? `-${text}` : text;
}
