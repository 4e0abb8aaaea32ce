import Decimal from "decimal.js";

/**
 * The one Decimal constructor of the library. Never `Decimal.set`: the global stays untouched
 * for the host application. Exponent limits are pushed out so `toString()` never uses `1e-7`.
 * Precision: inputs carry at most 15 significant digits (amounts, ratios, rates, shares); a product of four of
 * them has at most 60 and sums of up to a million of those add 6, so at 80 digits no intermediate is ever rounded:
 * the only rounding is the named one, to the currency's minor units.
 */
export const Dec = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });
/** An amount of money: a decimal.js `Decimal` on the library's private configuration (never a JS number). */
export type Money = Decimal;

/** Rounding modes a policy may declare, named as in accounting. */
export const ROUNDING_MODES = ["half_up", "half_even", "half_down", "down", "up"] as const;
/** How amounts are rounded to the currency's minor units: `half_up` (default), `half_even`, `half_down`, `down` or `up`. */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const DECIMAL_ROUNDING: Record<RoundingMode, Decimal.Rounding> = {
  half_up: Decimal.ROUND_HALF_UP,
  half_even: Decimal.ROUND_HALF_EVEN,
  half_down: Decimal.ROUND_HALF_DOWN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

export const ZERO: Money = new Dec(0);

/** Parses a decimal string that the schemas already checked. */
export function toMoney(value: string): Money {
  // "0" is what every field that says nothing reads as: one shared zero (a Decimal never changes) instead of a parse.
  return value === "0" ? ZERO : new Dec(value);
}

/** Rounds to the currency's minor unit with the policy's mode: the only rounding of money in the library. */
export function roundToMinorUnit(amount: Money, minorUnits: number, mode: RoundingMode): Money {
  return amount.toDecimalPlaces(minorUnits, DECIMAL_ROUNDING[mode]);
}

/**
 * Serializes money as a plain decimal string with exactly `minorUnits` decimals.
 * The amount must already carry no more decimals than that (it was rounded at its named step);
 * anything finer is a bug and throws rather than rounding silently.
 */
export function formatMoney(amount: Money, minorUnits: number): string {
  if (amount.decimalPlaces() > minorUnits) {
    throw new RangeError(`formatMoney: ${amount.toString()} has more than ${minorUnits} decimals; round it first`);
  }
  const plain = amount.toString();
  if (minorUnits === 0) return plain;
  // The fraction padded with zeros to `minorUnits` decimals, without splitting the string into pieces.
  const point = plain.indexOf(".");
  if (point < 0) return `${plain}.${ZEROS[minorUnits] ?? "0".repeat(minorUnits)}`;
  const missing = minorUnits - (plain.length - point - 1);
  return missing === 0 ? plain : plain + (ZEROS[missing] ?? "0".repeat(missing));
}

/** Zeros to pad a fraction with, by count (no currency has more than 4 minor units). */
const ZEROS: readonly string[] = ["", "0", "00", "000", "0000"];

/** Serializes a rate or an unrounded intermediate value without losing digits. */
export function formatDecimal(value: Decimal): string {
  return value.toString();
}

export function minMoney(a: Money, b: Money): Money {
  return a.lessThan(b) ? a : b;
}

export function maxMoney(a: Money, b: Money): Money {
  return a.greaterThan(b) ? a : b;
}

export function sumMoney(amounts: readonly Money[]): Money {
  return amounts.reduce<Money>((total, amount) => total.plus(amount), ZERO);
}
