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

describe("lists in the counters: what a claim added is what is after it, less what was before (as a multiset)", () => {
  /** The multiset difference, item by item in order, as the ledger always took it. */
  const reference = (after: readonly unknown[], before: unknown) => {
    const left = Array.isArray(before) ? before.map((item) => JSON.stringify(item)) : [];
    const added = after.filter((item) => {
      const at = left.indexOf(JSON.stringify(item));
      if (at < 0) return true;
      left.splice(at, 1);
      return false;
    });
    return added.length === 0 ? undefined : added;
  };
  const item = fc.oneof(fc.constantFrom("INV-1", "INV-2", "INV-3", "__proto__"), fc.record({ id: fc.constantFrom("a", "b"), on: fc.constantFrom("2026-01-01", "2026-02-01") }));
  const before = fc.oneof(fc.array(item, { maxLength: 6 }), fc.constant(undefined), fc.constant("0.00"));
  propTest.prop([fc.array(item, { maxLength: 6 }), before], { numRuns: 1000 })("with or without a list before", (after, earlier) => {
    const delta = subtractCounters(after, earlier, 2);
    expect(delta).toEqual(reference(after, earlier));
    if (delta !== undefined) expect(delta).not.toBe(after);
  });
  test.each([
    { after: [], before: ["INV-1"], delta: undefined },
    { after: ["INV-1"], before: [], delta: ["INV-1"] },
    { after: ["INV-1", "INV-1"], before: ["INV-1"], delta: ["INV-1"] },
    { after: ["INV-1"], before: ["INV-1"], delta: undefined },
  ])("$after less $before → $delta", ({ after, before, delta }) => {
    expect(subtractCounters(after, before, 2)).toEqual(delta);
  });
});
