import { describe, expect, test } from "vitest";
import { Dec, formatMoney, roundToMinorUnit, type RoundingMode } from "../../src/money/money.js";

describe("roundToMinorUnit", () => {
  const cases: { amount: string; minor: number; mode: RoundingMode; out: string }[] = [
    { amount: "10.005", minor: 2, mode: "half_up", out: "10.01" },
    { amount: "10.005", minor: 2, mode: "half_even", out: "10" },
    { amount: "10.015", minor: 2, mode: "half_even", out: "10.02" },
    { amount: "10.005", minor: 2, mode: "half_down", out: "10" },
    { amount: "10.009", minor: 2, mode: "down", out: "10" },
    { amount: "10.001", minor: 2, mode: "up", out: "10.01" },
    { amount: "1234.5", minor: 0, mode: "half_up", out: "1235" },
    { amount: "0.1", minor: 2, mode: "half_up", out: "0.1" },
  ];
  test.each(cases)("$amount to $minor decimals, $mode → $out", ({ amount, minor, mode, out }) => {
    expect(roundToMinorUnit(new Dec(amount), minor, mode).toString()).toBe(out);
  });
});

describe("formatMoney", () => {
  test.each([
    { amount: "0.1", minor: 2, out: "0.10" },
    { amount: "1234", minor: 2, out: "1234.00" },
    { amount: "0.0000001", minor: 7, out: "0.0000001" },
    { amount: "123456789012345678901234.5", minor: 2, out: "123456789012345678901234.50" },
    { amount: "7", minor: 0, out: "7" },
  ])("$amount with $minor minor units → $out", ({ amount, minor, out }) => {
    expect(formatMoney(new Dec(amount), minor)).toBe(out);
  });

  test("refuses to round silently", () => {
    expect(() => formatMoney(new Dec("1.005"), 2)).toThrow(RangeError);
  });

  test("0.1 + 0.2 is exactly 0.30", () => {
    expect(formatMoney(new Dec("0.1").plus("0.2"), 2)).toBe("0.30");
  });
});
