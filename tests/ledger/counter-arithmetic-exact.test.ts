import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { addCounters, subtractCounters } from "../../src/ledger/counter-arithmetic.js";
import { Dec, formatMoney } from "../../src/money/money.js";

// Issue 15: the counters' amounts are added and subtracted as whole minor units (integers) when they fit, with
// Decimal past 2^53 units or finer than the minor unit. The reference is the Decimal arithmetic they had before.
const outcome = (run: () => unknown) => {
  try {
    return run();
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};
const amount = fc
  .tuple(fc.constantFrom("", "-"), fc.stringMatching(/^\d{1,18}$/), fc.oneof(fc.constant(""), fc.stringMatching(/^\.\d{1,5}$/)))
  .map(([sign, whole, fraction]) => sign + whole + fraction);

describe("counter amounts in whole minor units", () => {
  propTest.prop([amount, amount, fc.integer({ min: 0, max: 4 })], { numRuns: 2000 })("add and subtract as Decimal does", (a, b, minorUnits) => {
    expect(outcome(() => addCounters(a, b, minorUnits))).toEqual(outcome(() => formatMoney(new Dec(a).plus(b), minorUnits)));
    expect(outcome(() => subtractCounters(a, b, minorUnits))).toEqual(
      outcome(() => {
        const delta = new Dec(a).minus(b);
        return delta.isZero() ? undefined : formatMoney(delta, minorUnits);
      }),
    );
  });

  test.each([
    { a: "0.10", b: "0.20", minorUnits: 2, sum: "0.30", delta: "-0.10" },
    { a: "5", b: "5.00", minorUnits: 2, sum: "10.00", delta: undefined },
    { a: "90071992547409.91", b: "0.01", minorUnits: 2, sum: "90071992547409.92", delta: "90071992547409.90" },
    { a: "1200", b: "200", minorUnits: 0, sum: "1400", delta: "1000" },
  ])("$a and $b in $minorUnits minor units: sum $sum, difference $delta (just below and past 2^53 units)", ({ a, b, minorUnits, sum, delta }) => {
    expect(addCounters(a, b, minorUnits)).toBe(sum);
    expect(subtractCounters(a, b, minorUnits)).toBe(delta);
  });

  test("an amount against no earlier amount is the amount; zero added records nothing", () => {
    expect(subtractCounters("12.5", undefined, 2)).toBe("12.50");
    expect(subtractCounters({ paid: "3.00", used: "0.00" }, { paid: "1.00" }, 2)).toEqual({ paid: "2.00" });
  });
});
