import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { decimalsOf, unitsOf, unitsToString } from "../../src/money/exact-units.js";
import { Dec } from "../../src/money/money.js";

// Issue 15: unitsOf and decimalsOf scan the characters instead of running a regular expression with captures.
// The references are their former bodies, word for word; the cases cross the 2^53 hand-over and take odd strings.
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
const POWERS = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000] as const;
function unitsBefore(text: string, scale: number): number | undefined {
  if (text.length > 24 || scale > 6) return undefined;
  const match = PLAIN.exec(text);
  if (match === null) return undefined;
  const fraction = match[3] ?? "";
  if (fraction.length > scale) return undefined;
  const units = Number(match[2]) * (POWERS[scale] as number) + (fraction === "" ? 0 : Number(fraction) * (POWERS[scale - fraction.length] as number));
  if (!Number.isSafeInteger(units) || !Number.isSafeInteger(Number(match[2]) * (POWERS[scale] as number))) return undefined;
  return match[1] === "-" ? -units : units;
}
const decimalsBefore = (text: string) => {
  const match = PLAIN.exec(text);
  return match === null ? undefined : (match[3] ?? "").length;
};

describe("unitsOf and decimalsOf read what they read before", () => {
  test.each([
    "", "-", ".", "-.", "1.", ".5", "-.5", "1..2", "1.2.3", "+1", " 1", "1 ", "1\n", "1e3", "-0", "-0.00", "007.10", "１２", "1,000.00",
    // 2^53 − 1 = 9007199254740991 units: just below, at and just above, at 0, 2 and 4 decimals
    "9007199254740990", "9007199254740991", "9007199254740992", "9007199254740993",
    "90071992547409.91", "90071992547409.92", "900719925474.0991", "900719925474.0992", "-900719925474.0991", "-900719925474.0992",
    "123456789012345678901234", "1234567890123456789012345", "0000000000000000000000.01",
  ])("%j", (text) => {
    for (let scale = 0; scale <= 7; scale++) expect(unitsOf(text, scale)).toBe(unitsBefore(text, scale));
    expect(decimalsOf(text)).toBe(decimalsBefore(text));
  });

  const digits = fc.stringMatching(/^\d{0,22}$/);
  const text = fc.oneof(
    fc.tuple(fc.constantFrom("", "-", "+", " "), digits, fc.constantFrom("", ".", ".."), fc.stringMatching(/^\d{0,7}$/)).map((parts) => parts.join("")),
    fc.stringMatching(/^[-\d.e ]{0,26}$/),
    fc.bigInt({ min: 9007199254740000n, max: 9007199254742000n }).chain((units) => fc.integer({ min: 0, max: 6 }).map((scale) => {
      const raw = units.toString().padStart(scale + 1, "0");
      return scale === 0 ? raw : `${raw.slice(0, raw.length - scale)}.${raw.slice(raw.length - scale)}`;
    })),
  );
  propTest.prop([text, fc.integer({ min: 0, max: 7 })], { numRuns: 5000 })("on random strings and scales", (value, scale) => {
    expect(unitsOf(value, scale)).toBe(unitsBefore(value, scale));
    expect(decimalsOf(value)).toBe(decimalsBefore(value));
  });
});

describe("unitsToString writes what Decimal writes", () => {
  propTest.prop([fc.oneof(fc.integer(), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 100, -1000, 10)), fc.integer({ min: 0, max: 6 })], { numRuns: 3000 })("on random units and scales", (units, scale) => {
    expect(unitsToString(units, scale)).toBe(new Dec(units).dividedBy(10 ** scale).toString());
  });
});
