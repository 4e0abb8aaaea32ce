import { formatMoney, toMoney } from "./money.js";

const PLAIN = /^(-?)(\d{1,30})(?:\.(\d{1,30}))?$/;

/**
 * A decimal string written in the currency's minor units, `formatMoney(toMoney(amount), minorUnits)` without the
 * Decimal: `"5000"` → `"5000.00"`, `"007.5"` → `"7.50"`, `"-0"` → `"0.00"`. Every amount of a claim and of its
 * counters is written so on every adjudication; a property test compares the two. Anything but a plain decimal of
 * up to 30 digits each side, or finer than the minor unit, goes through Decimal (and `formatMoney`'s error).
 */
export function writeInMinorUnits(amount: string, minorUnits: number): string {
  if (isWrittenInMinorUnits(amount, minorUnits)) return amount;
  const match = PLAIN.exec(amount);
  if (match === null) return formatMoney(toMoney(amount), minorUnits);
  const whole = (match[2] as string).replace(/^0+(?=\d)/, "");
  const fraction = (match[3] ?? "").replace(/0+$/, "");
  if (fraction.length > minorUnits) return formatMoney(toMoney(amount), minorUnits);
  const sign = match[1] === "-" && (whole !== "0" || fraction !== "") ? "-" : "";
  return minorUnits === 0 ? `${sign}${whole}` : `${sign}${whole}.${fraction.padEnd(minorUnits, "0")}`;
}

/**
 * The amount is already as `writeInMinorUnits` writes it (`"7.50"` for two minor units): digits with no leading zero
 * (but a lone `"0"`), then exactly `minorUnits` decimals, no sign. Most amounts of a claim are, and are kept as they
 * are, with no match to take apart.
 */
export function isWrittenInMinorUnits(amount: string, minorUnits: number): boolean {
  const length = amount.length;
  const point = minorUnits === 0 ? length : length - minorUnits - 1;
  if (point < 1 || point > 30) return false;
  if (minorUnits > 0 && amount.charCodeAt(point) !== 46) return false;
  if (point > 1 && amount.charCodeAt(0) === 48) return false;
  for (let i = 0; i < length; i++) {
    if (i === point) continue;
    const code = amount.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
