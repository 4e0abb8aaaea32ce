import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { checkMinorUnits } from "../../src/money/check-minor-units.js";

// Issue 15: checkMinorUnits counts the decimals without splitting the amount; the reference is its former count.
const before = (amount: string, minorUnits: number) => {
  const decimals = amount.split(".")[1]?.length ?? 0;
  return decimals > minorUnits ? [{ code: "invalid_input", path: ["x"], message: `${amount} has ${decimals} decimals; CNY amounts have at most ${minorUnits}` }] : [];
};

describe("checkMinorUnits finds what it found before", () => {
  propTest.prop([fc.stringMatching(/^[-\d.]{0,12}$/), fc.integer({ min: 0, max: 4 })], { numRuns: 3000 })("on strings of digits, points and signs", (amount, minorUnits) => {
    expect(checkMinorUnits(amount, minorUnits, ["x"], "CNY")).toEqual(before(amount, minorUnits));
  });
});
