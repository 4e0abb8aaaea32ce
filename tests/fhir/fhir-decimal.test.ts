import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { toExactFhirDecimal } from "../../src/fhir/fhir-decimal.js";
import { Dec } from "../../src/money/money.js";

// FHIR's decimal is a JSON number. Money in the library is a decimal string with at most 4 decimals (ISO 4217 minor
// units, policy minorUnits ≤ 4). A string of at most 15 significant digits survives Number() and back unchanged.

/** A decimal string of `digits` significant digits with `decimals` of them after the point, as the library writes money. */
const amount = (maxIntegerDigits: number, decimals: number) =>
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** BigInt(maxIntegerDigits) - 1n }), fc.bigInt({ min: 0n, max: 10n ** BigInt(decimals) - 1n }))
    .map(([whole, fraction]) => (decimals === 0 ? whole.toString() : `${whole.toString()}.${fraction.toString().padStart(decimals, "0")}`));

describe("toExactFhirDecimal", () => {
  // 15 significant digits at most: 11 integer digits with 4 decimals (JOD, KWD: 3; CLF: 4), 13 with 2 (CNY), 15 with 0 (JPY).
  for (const [integerDigits, decimals] of [
    [11, 4],
    [12, 3],
    [13, 2],
    [15, 0],
  ] as const) {
    propTest.prop([amount(integerDigits, decimals)], { numRuns: 2000 })(`every amount up to ${integerDigits} integer digits and ${decimals} decimals is exact: String(Number(x)) = x as a decimal`, (value) => {
      const number = toExactFhirDecimal(value);
      expect(number).toBeDefined();
      expect(new Dec(String(number)).equals(new Dec(value))).toBe(true);
      // and a JSON round trip, as a FHIR reader does it, gives the same value
      expect(new Dec(String(JSON.parse(JSON.stringify({ value: number })).value)).equals(new Dec(value))).toBe(true);
    });
  }

  const cases = [
    { name: "trailing zeros are not kept, the value is", input: "7202.80", out: 7202.8 },
    { name: "zero", input: "0.00", out: 0 },
    { name: "the largest 2-decimal amount of 15 digits", input: "9999999999999.99", out: 9999999999999.99 },
    { name: "a round number with many zeros is exact", input: "100000000000000000000", out: 1e20 },
    { name: "17 significant digits are refused, not rounded", input: "12345678901234567.89", out: undefined },
    { name: "a fraction finer than a double is refused", input: "0.12345678901234567", out: undefined },
    { name: "16 digits that a double does not hold are refused", input: "9007199254740993", out: undefined },
  ] as const;
  test.each(cases)("$name", ({ input, out }) => {
    expect(toExactFhirDecimal(input)).toBe(out);
  });
});
