import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { sumMoneyStrings } from "../../src/money/sum-money-strings.js";
import { formatMoney, sumMoney, toMoney } from "../../src/money/money.js";

// Issue 15: the claim's billed total and each invoice's paid total are added as whole minor units where they fit.
// The reference is what they were before: formatMoney(sumMoney(amounts.map(toMoney)), minorUnits).
const reference = (amounts: readonly string[], minorUnits: number) => formatMoney(sumMoney(amounts.map(toMoney)), minorUnits);
const outcome = (run: () => string) => {
  try {
    return run();
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};
const amount = fc.oneof(
  fc.tuple(fc.constantFrom("", "", "-"), fc.stringMatching(/^\d{1,17}$/), fc.oneof(fc.constant(""), fc.stringMatching(/^\.\d{1,5}$/))).map(([sign, whole, fraction]) => sign + whole + fraction),
  fc.constantFrom("0", "-0", "-0.00", "0.00", "90071992547409.91", "90071992547409.92", "9007199254740991", "9007199254740992", "45035996273704.96", "1e3"),
);

describe("sumMoneyStrings", () => {
  propTest.prop([fc.array(amount, { maxLength: 6 }), fc.integer({ min: 0, max: 4 })], { numRuns: 3000 })("writes what Decimal writes, or fails as it does", (amounts, minorUnits) => {
    expect(outcome(() => sumMoneyStrings(amounts, minorUnits))).toBe(outcome(() => reference(amounts, minorUnits)));
  });

  test.each([
    { amounts: [], minorUnits: 2, sum: "0.00" },
    { amounts: ["-0.00"], minorUnits: 2, sum: "0.00" },
    { amounts: ["0.10", "0.20"], minorUnits: 2, sum: "0.30" },
    { amounts: ["90071992547409.91"], minorUnits: 2, sum: "90071992547409.91" }, // 2^53 − 1 units: the last that fit
    { amounts: ["90071992547409.91", "0.01"], minorUnits: 2, sum: "90071992547409.92" }, // 2^53 units: through Decimal
    { amounts: ["1.005"], minorUnits: 2, sum: "error: formatMoney: 1.005 has more than 2 decimals; round it first" },
    { amounts: ["1200", "300"], minorUnits: 0, sum: "1500" },
  ])("$amounts in $minorUnits minor units: $sum", ({ amounts, minorUnits, sum }) => {
    expect(outcome(() => sumMoneyStrings(amounts, minorUnits))).toBe(sum);
    expect(outcome(() => reference(amounts, minorUnits))).toBe(sum);
  });
});
