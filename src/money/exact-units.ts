/**
 * Exact arithmetic on plain decimal strings as JavaScript integers, for the checks run on every adjudication
 * (a line's shares against its amount, the decision's balance): a decimal string of at most `scale` decimals is a
 * whole number of 10^-scale units, and integers up to 2^53 are exact in a double. Whatever does not fit (more
 * decimals, too many digits, a sum past 2^53) gives `undefined`, and the caller does the same with Decimal: these
 * are only a fast path to the same answers, never a different one.
 */

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
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
  const match = PLAIN.exec(text);
  if (match === null) return undefined;
  const fraction = match[3] ?? "";
  if (fraction.length > scale) return undefined;
  const units = Number(match[2]) * (POWERS[scale] as number) + (fraction === "" ? 0 : Number(fraction) * (POWERS[scale - fraction.length] as number));
  if (!Number.isSafeInteger(units) || !Number.isSafeInteger(Number(match[2]) * (POWERS[scale] as number))) return undefined;
  return match[1] === "-" ? -units : units;
}

/** The decimals of a plain decimal string (`"12.50"` → 2), or `undefined` for anything else. */
export function decimalsOf(text: string): number | undefined {
  const match = PLAIN.exec(text);
  return match === null ? undefined : (match[3] ?? "").length;
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
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
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
