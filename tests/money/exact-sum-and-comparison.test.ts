import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { exactComparison } from "../../src/money/exact-comparison.js";
import { Dec, formatMoney, sumMoney, toMoney } from "../../src/money/money.js";
import { sumMoneyStrings } from "../../src/money/sum-money-strings.js";
import { findOperator } from "../../src/rules/operators.js";

// Issue 15 (fewer Decimal allocations): the claim's totals (totalBilled, totalSelfPay, … totalPaidByEmployer) add
// whole minor units as integers, and the money operators compare them so, when they fit a double exactly. Each
// fast path is compared here with the Decimal path it stands for, across the hand-over at 2^53 units.

const outcome = (f: () => unknown) => {
  try {
    return f();
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};
const viaDecimal = (texts: readonly string[], minorUnits: number) => formatMoney(sumMoney(texts.map(toMoney)), minorUnits);
const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`));
/** Plain decimal strings, short and long (past 2^53 units), with leading and trailing zeros, some negative. */
const amount = fc
  .tuple(fc.constantFrom("", "", "-"), fc.oneof(digits(1, 6), digits(12, 20)), fc.oneof(fc.constant(""), digits(1, 5).map((fraction) => `.${fraction}`)))
  .map(([sign, whole, fraction]) => sign + whole + fraction);
// 2^53 − 1 = 9007199254740991: at 2 decimals the largest exact amount is 90071992547409.91
const MAX_2 = "90071992547409.91";

describe("sumMoneyStrings is formatMoney(sumMoney(amounts))", () => {
  test.each([
    { texts: [], minorUnits: 2, out: "0.00" },
    { texts: ["12.5", "0.25"], minorUnits: 2, out: "12.75" },
    { texts: ["0", "0.00", "-0"], minorUnits: 2, out: "0.00" },
    { texts: ["-5.05", "5.05"], minorUnits: 2, out: "0.00" },
    { texts: ["7", "3"], minorUnits: 0, out: "10" },
    { texts: ["1.234", "1"], minorUnits: 2, out: "error: formatMoney: 2.234 has more than 2 decimals; round it first" },
    // just below, at and just above the hand-over: one amount at 2^53 − 1 units, then a sum one past it
    { texts: ["90071992547409.90"], minorUnits: 2, out: "90071992547409.90" },
    { texts: [MAX_2], minorUnits: 2, out: MAX_2 },
    { texts: ["90071992547409.92"], minorUnits: 2, out: "90071992547409.92" },
    { texts: [MAX_2, "0.01"], minorUnits: 2, out: "90071992547409.92" },
    { texts: [MAX_2, "0.01", "-0.01"], minorUnits: 2, out: MAX_2 },
  ])("$texts at $minorUnits decimals → $out", ({ texts, minorUnits, out }) => {
    expect(outcome(() => sumMoneyStrings(texts, minorUnits))).toBe(out);
    expect(outcome(() => viaDecimal(texts, minorUnits))).toBe(out);
  });

  propTest.prop([fc.array(amount, { maxLength: 12 }), fc.integer({ min: 0, max: 4 })], { numRuns: 2000 })("on random amounts", (texts, minorUnits) => {
    expect(outcome(() => sumMoneyStrings(texts, minorUnits))).toBe(outcome(() => viaDecimal(texts, minorUnits)));
  });

  propTest.prop([fc.bigInt({ min: 9007199254740000n, max: 9007199254742000n }), fc.bigInt({ min: -2000n, max: 2000n })])("around 2^53 units", (big, small) => {
    const text = (units: bigint) => new Dec(units.toString()).dividedBy(100).toFixed(2);
    const texts = [text(big), text(small)];
    expect(sumMoneyStrings(texts, 2)).toBe(viaDecimal(texts, 2));
  });
});

describe("the money operators compare as Decimal", () => {
  test.each([
    { a: "1000", b: "999.99", c: 1 },
    { a: "1000.00", b: "1000", c: 0 },
    { a: "-0", b: "0", c: 0 },
    { a: "0.001", b: "0.0009", c: 1 },
    { a: "9007199254740993", b: "9007199254740992", c: 1 },
    { a: MAX_2, b: "90071992547409.92", c: -1 },
  ])("$a against $b → $c", ({ a, b, c }) => {
    expect(new Dec(a).comparedTo(b)).toBe(c);
    expect(exactComparison(a, b) ?? new Dec(a).comparedTo(b)).toBe(c);
  });

  test("past 2^53 units or past six decimals it hands over to Decimal", () => {
    expect(exactComparison("9007199254740993", "9007199254740992")).toBeUndefined();
    expect(exactComparison("1.0000001", "1")).toBeUndefined();
    expect(exactComparison("90071992547409.91", "0")).toBe(1);
  });

  const operators = ["moneyEqual", "moneyGreaterThan", "moneyGreaterThanInclusive", "moneyLessThan", "moneyLessThanInclusive"] as const;
  const expected = { moneyEqual: (c: number) => c === 0, moneyGreaterThan: (c: number) => c > 0, moneyGreaterThanInclusive: (c: number) => c >= 0, moneyLessThan: (c: number) => c < 0, moneyLessThanInclusive: (c: number) => c <= 0 };
  propTest.prop([amount, amount, fc.constantFrom(...operators)], { numRuns: 2000 })("on random amounts, every money operator", (a, b, name) => {
    const evaluate = findOperator(name)?.evaluate as (x: unknown, y: unknown) => boolean;
    expect(evaluate(a, b)).toBe(expected[name](new Dec(a).comparedTo(b)));
    expect(evaluate(a, a)).toBe(expected[name](0));
  });
});
