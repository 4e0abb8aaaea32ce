import { describe, expect, test } from "vitest";
import { currencyMinorUnits, isKnownCurrency } from "../../src/money/currency-minor-units.js";

// The minor units are remembered per currency after the first call (an Intl formatter per call cost more than the
// rest of a claim's validation); the table must give Intl's answer on the first call and on every call after it.
describe("currencyMinorUnits", () => {
  test.each([
    ["CNY", 2],
    ["USD", 2],
    ["HKD", 2],
    ["JPY", 0],
    ["KRW", 0],
    ["KWD", 3],
    ["BHD", 3],
  ])("%s has %i minor units, on the first call and after", (code, units) => {
    expect(currencyMinorUnits(code)).toBe(units);
    expect(currencyMinorUnits(code)).toBe(units);
    expect(currencyMinorUnits(code)).toBe(new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits);
  });

  test("a malformed code is refused as Intl refuses it, every time (nothing is remembered for it)", () => {
    expect(() => currencyMinorUnits("ab")).toThrow(RangeError);
    expect(() => currencyMinorUnits("ab")).toThrow(RangeError);
  });

  test("a well-formed code the runtime does not know gets Intl's default of 2 and stays unknown", () => {
    expect(isKnownCurrency("XQZ")).toBe(false);
    expect(currencyMinorUnits("XQZ")).toBe(2);
    expect(isKnownCurrency("CNY")).toBe(true);
  });
});
