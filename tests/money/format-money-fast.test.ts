import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { Dec, formatMoney, toMoney, ZERO, type Money } from "../../src/money/money.js";

// Issue 15 (fewer string ↔ Decimal round trips): formatMoney pads the fraction without splitting the string, and
// toMoney("0") gives the one shared zero instead of parsing. Both must write and read exactly what they did before:
// the reference below is the former formatMoney, word for word.
function formatMoneyBefore(amount: Money, minorUnits: number): string {
  if (amount.decimalPlaces() > minorUnits) throw new RangeError(`formatMoney: ${amount.toString()} has more than ${minorUnits} decimals; round it first`);
  const plain = amount.toString();
  if (minorUnits === 0) return plain;
  const [whole, fraction = ""] = plain.split(".");
  return `${whole}.${fraction.padEnd(minorUnits, "0")}`;
}
const outcome = (f: () => string) => {
  try {
    return f();
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`));
/** Signed decimal strings, short and long (past 2^53 minor units, past 20 digits), with leading and trailing zeros. */
const decimal = fc
  .tuple(fc.constantFrom("", "-"), digits(1, 30), fc.oneof(fc.constant(""), digits(1, 6).map((fraction) => `.${fraction}`)))
  .map(([sign, whole, fraction]) => sign + whole + fraction);

describe("formatMoney writes what it wrote before", () => {
  test.each([
    { amount: "0", minorUnits: 2, out: "0.00" },
    { amount: "-0", minorUnits: 2, out: "0.00" },
    { amount: "12.5", minorUnits: 2, out: "12.50" },
    { amount: "12.50", minorUnits: 2, out: "12.50" },
    { amount: "12", minorUnits: 0, out: "12" },
    { amount: "-3.1", minorUnits: 4, out: "-3.1000" },
    { amount: "9007199254740993.01", minorUnits: 2, out: "9007199254740993.01" },
    { amount: "123456789012345678901234567890.1", minorUnits: 3, out: "123456789012345678901234567890.100" },
    { amount: "0.001", minorUnits: 2, out: "error: formatMoney: 0.001 has more than 2 decimals; round it first" },
  ])("$amount at $minorUnits decimals → $out", ({ amount, minorUnits, out }) => {
    expect(outcome(() => formatMoney(new Dec(amount), minorUnits))).toBe(out);
    expect(outcome(() => formatMoneyBefore(new Dec(amount), minorUnits))).toBe(out);
  });

  propTest.prop([decimal, fc.integer({ min: 0, max: 4 })], { numRuns: 2000 })("on random amounts, every currency's minor units", (amount, minorUnits) => {
    expect(outcome(() => formatMoney(new Dec(amount), minorUnits))).toBe(outcome(() => formatMoneyBefore(new Dec(amount), minorUnits)));
  });
});

describe("toMoney", () => {
  test('"0" is the shared zero, equal to a parsed one', () => {
    expect(toMoney("0")).toBe(ZERO);
    expect(toMoney("0").equals(new Dec("0"))).toBe(true);
    expect(formatMoney(toMoney("0"), 2)).toBe("0.00");
  });

  propTest.prop([decimal])("any other string parses as before", (amount) => {
    expect(toMoney(amount).toString()).toBe(new Dec(amount).toString());
  });
});
