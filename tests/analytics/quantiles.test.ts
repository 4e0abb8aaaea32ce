import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { DayQuantiles } from "../../src/analytics/day-quantiles.js";
import { MoneyQuantiles, SKETCH_RELATIVE_ACCURACY } from "../../src/analytics/money-quantiles.js";

/** The nearest-rank q-quantile of a list, the definition the report uses. */
const nearestRank = (values: readonly number[], q: number) => [...values].sort((a, b) => a - b)[Math.max(1, Math.ceil(q * values.length)) - 1];

describe("DayQuantiles: exact nearest-rank quantiles of whole days", () => {
  const cases = [
    { name: "odd count: the middle value", days: [5, 1, 3], median: 3, p90: 5, max: 5 },
    { name: "even count: the lower middle value, never an average", days: [1, 2, 3, 10], median: 2, p90: 10, max: 10 },
    { name: "repeated values", days: [2, 2, 2, 2, 2, 2, 2, 2, 2, 30], median: 2, p90: 2, max: 30 },
    { name: "a single value", days: [7], median: 7, p90: 7, max: 7 },
  ] as const;
  test.each(cases)("$name", ({ days, median, p90, max }) => {
    const quantiles = new DayQuantiles();
    for (const day of days) quantiles.add(day);
    expect(quantiles.summary()).toEqual({ count: days.length, median, p90, max });
  });

  test("nothing counted: null, not zero", () => {
    expect(new DayQuantiles().summary()).toEqual({ count: 0, median: null, p90: null, max: null });
  });

  test("bands count each value once, the last band open-ended", () => {
    const quantiles = new DayQuantiles();
    for (const day of [0, 7, 8, 14, 15, 30, 31, 61, 400]) quantiles.add(day);
    expect(quantiles.bands([7, 14, 30, 60])).toEqual([2, 2, 2, 1, 2]);
  });

  propTest.prop([fc.array(fc.integer({ min: 0, max: 3650 }), { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true })])("equals the nearest rank of the sorted list", (days, q) => {
    const quantiles = new DayQuantiles();
    for (const day of days) quantiles.add(day);
    expect(quantiles.quantile(q)).toBe(nearestRank(days, q));
  });
});

describe("MoneyQuantiles: exact to the cent, then a sketch within 0.5%", () => {
  test("exact while the distinct amounts fit: decimal order, not string order", () => {
    const paid = new MoneyQuantiles();
    for (const amount of ["900.00", "10000.00", "3000.00", "250.50", "3000.00"]) paid.add(amount);
    expect(paid.quantile(0.5, 2)).toEqual({ value: "3000.00", exact: true });
    expect(paid.quantile(0.9, 2)).toEqual({ value: "10000.00", exact: true });
    expect(paid.quantile(0, 2)).toEqual({ value: "250.50", exact: true });
  });

  test("keeps the currency's minor units", () => {
    const paid = new MoneyQuantiles();
    paid.add("1200");
    expect(paid.quantile(0.5, 0)).toEqual({ value: "1200", exact: true });
  });

  test("past the exact table: an estimate, marked so, within the sketch's relative accuracy", () => {
    const paid = new MoneyQuantiles(100);
    const cents = Array.from({ length: 5000 }, (_, i) => 10_000 + ((i * 7919) % 5000) * 37);
    for (const value of cents) paid.add(`${Math.trunc(value / 100)}.${String(value % 100).padStart(2, "0")}`);
    for (const q of [0.5, 0.9]) {
      const estimate = paid.quantile(q, 2);
      const truth = (nearestRank(cents, q) as number) / 100;
      expect(estimate?.exact).toBe(false);
      expect(Math.abs(Number(estimate?.value) - truth) / truth).toBeLessThanOrEqual(SKETCH_RELATIVE_ACCURACY * 1.01);
    }
  });
});
