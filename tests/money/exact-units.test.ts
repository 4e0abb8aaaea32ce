import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { compareMoneyStrings } from "../../src/money/compare-money-strings.js";
import { exactSum, unitsOf, unitsToString } from "../../src/money/exact-units.js";
import { Dec, formatMoney, toMoney } from "../../src/money/money.js";
import { writeInMinorUnits } from "../../src/money/write-in-minor-units.js";

// Issue 15 (a lean pipeline): the checks run on every adjudication (a line's shares against its amount, the
// decision's balance, amounts written in minor units) add and compare whole minor units as integers instead of
// building a Decimal per operand. They are a fast path to the same answers: each is compared here with Decimal.

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`));
/** Plain decimal strings, short and long (past 2^53 units), with leading and trailing zeros. */
const plain = fc.tuple(digits(1, 20), fc.oneof(fc.constant(""), digits(1, 8).map((fraction) => `.${fraction}`))).map(([whole, fraction]) => whole + fraction);
const signed = fc.tuple(fc.constantFrom("", "-"), plain).map(([sign, text]) => sign + text);

describe("unitsOf", () => {
  test.each([
    { text: "1234.5", scale: 2, units: 123450 },
    { text: "0", scale: 4, units: 0 },
    { text: "007.10", scale: 2, units: 710 },
    { text: "-12.34", scale: 2, units: -1234 },
    { text: "0.001", scale: 2, units: undefined },
    { text: "1.5", scale: 7, units: undefined },
    { text: "1e3", scale: 2, units: undefined },
    { text: "12,000.00", scale: 2, units: undefined },
    // 2^53 = 9007199254740992: at 4 decimals the largest exact amount is 900719925474.0991
    { text: "900719925474.0991", scale: 4, units: 9007199254740991 },
    { text: "900719925474.0992", scale: 4, units: undefined },
  ])("$text at $scale decimals → $units", ({ text, scale, units }) => {
    expect(unitsOf(text, scale)).toBe(units);
  });

  test("a sum past 2^53 is not exact", () => {
    expect(exactSum([Number.MAX_SAFE_INTEGER, 1])).toBeUndefined();
    expect(exactSum([Number.MAX_SAFE_INTEGER - 1, 1])).toBe(Number.MAX_SAFE_INTEGER);
  });

  test.each([
    { units: 12350, scale: 2, text: "123.5" },
    { units: 5, scale: 2, text: "0.05" },
    { units: 0, scale: 2, text: "0" },
    { units: -700, scale: 2, text: "-7" },
    { units: 42, scale: 0, text: "42" },
  ])("$units at $scale decimals is written $text, as Decimal writes it", ({ units, scale, text }) => {
    expect(unitsToString(units, scale)).toBe(text);
    expect(new Dec(units).dividedBy(10 ** scale).toString()).toBe(text);
  });
});

describe("compareMoneyStrings gives Decimal's answers", () => {
  propTest.prop([plain, plain], { numRuns: 2000 })("sum and greaterThan", (a, b) => {
    expect(compareMoneyStrings.sum(a, b)).toBe(new Dec(a).plus(b).toString());
    expect(compareMoneyStrings.greaterThan(a, b)).toBe(new Dec(a).greaterThan(b));
    expect(compareMoneyStrings.greaterThan(a, a)).toBe(false);
  });

  test.each([
    { a: "0.1", b: "0.2", sum: "0.3" },
    { a: "9007199254740991", b: "1", sum: "9007199254740992" },
    { a: "900719925474.0991", b: "0.0001", sum: "900719925474.0992" },
    { a: "1.00", b: "2.50", sum: "3.5" },
  ])("$a + $b = $sum (just below, at and past 2^53 units)", ({ a, b, sum }) => {
    expect(compareMoneyStrings.sum(a, b)).toBe(sum);
  });
});

describe("writeInMinorUnits is formatMoney(toMoney(amount))", () => {
  const reference = (amount: string, minorUnits: number) => {
    try {
      return formatMoney(toMoney(amount), minorUnits);
    } catch (error) {
      return `error: ${(error as Error).message}`;
    }
  };
  const written = (amount: string, minorUnits: number) => {
    try {
      return writeInMinorUnits(amount, minorUnits);
    } catch (error) {
      return `error: ${(error as Error).message}`;
    }
  };
  propTest.prop([signed, fc.integer({ min: 0, max: 4 })], { numRuns: 2000 })("on any decimal string", (amount, minorUnits) => {
    expect(written(amount, minorUnits)).toBe(reference(amount, minorUnits));
  });

  // Strings already written in minor units, or nearly (a leading zero, one decimal too many or too few, up to 32 digits).
  const nearlyWritten = fc
    .tuple(fc.integer({ min: 0, max: 4 }), digits(1, 32), fc.integer({ min: -1, max: 1 }), fc.boolean())
    .chain(([minorUnits, whole, off, leadingZero]) =>
      digits(Math.max(0, minorUnits + off), Math.max(0, minorUnits + off)).map((fraction) => ({ minorUnits, amount: `${leadingZero ? "0" : ""}${whole}${fraction === "" && minorUnits + off <= 0 ? "" : `.${fraction}`}` })),
    );
  propTest.prop([nearlyWritten], { numRuns: 2000 })("on strings already written in minor units, or nearly", ({ amount, minorUnits }) => {
    expect(written(amount, minorUnits)).toBe(reference(amount, minorUnits));
  });

  test.each([
    { amount: "5000", minorUnits: 2, out: "5000.00" },
    { amount: "007.5", minorUnits: 2, out: "7.50" },
    { amount: "-0", minorUnits: 2, out: "0.00" },
    { amount: "-0.50", minorUnits: 2, out: "-0.50" },
    { amount: "5.000", minorUnits: 0, out: "5" },
    { amount: "12", minorUnits: 0, out: "12" },
    { amount: "0.001", minorUnits: 2, out: "error: formatMoney: 0.001 has more than 2 decimals; round it first" },
    // Already written so: kept as it is (the fast path), and only then.
    { amount: "7.50", minorUnits: 2, out: "7.50" },
    { amount: "0.00", minorUnits: 2, out: "0.00" },
    { amount: "00.00", minorUnits: 2, out: "0.00" },
    { amount: "0", minorUnits: 0, out: "0" },
    { amount: "07", minorUnits: 0, out: "7" },
    { amount: "-0.00", minorUnits: 2, out: "0.00" },
    { amount: "7.5", minorUnits: 2, out: "7.50" },
    { amount: "7.500", minorUnits: 2, out: "7.50" },
    { amount: "7,50", minorUnits: 2, out: "error: [DecimalError] Invalid argument: 7,50" },
    { amount: ".50", minorUnits: 2, out: "0.50" },
    { amount: "123456789012345678901234567890.00", minorUnits: 2, out: "123456789012345678901234567890.00" },
    { amount: "1234567890123456789012345678901.00", minorUnits: 2, out: "1234567890123456789012345678901.00" },
  ])("$amount in $minorUnits minor units → $out", ({ amount, minorUnits, out }) => {
    expect(written(amount, minorUnits)).toBe(out);
  });
});
