import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { normalizeMoney } from "../../src/ledger/normalize-money.js";
import { writeInMinorUnits } from "../../src/money/write-in-minor-units.js";

// Issue 15: counter amounts already written in minor units are kept as they are, and the counters are copied by
// loops instead of Object.fromEntries(Object.entries(…)). The reference is the implementation they had before.
const DECIMAL = /^-?\d+(\.\d+)?$/;
function reference<T>(value: T, minorUnits: number): T {
  if (typeof value === "string") return (DECIMAL.test(value) ? writeInMinorUnits(value, minorUnits) : value) as T;
  if (Array.isArray(value)) return value.map((item) => reference(item, minorUnits)) as T;
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, reference(item, minorUnits)])) as T;
  return value;
}
const outcome = (run: () => unknown) => {
  try {
    return { value: run() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

const amount = fc.oneof(
  fc.tuple(fc.constantFrom("", "-"), fc.stringMatching(/^\d{1,32}$/), fc.oneof(fc.constant(""), fc.stringMatching(/^\.\d{1,6}$/))).map(([sign, whole, fraction]) => sign + whole + fraction),
  fc.constantFrom("0", "-0", "-0.00", "0.00", "00.10", "1e3", "NaN", "12.", ".5", "١٢٣", "2026-03-01", ""),
  fc.string({ maxLength: 8 }),
);
const key = fc.oneof(fc.constantFrom("__proto__", "constructor", "0", "10", "2", "amountPaid", "toString"), fc.string({ maxLength: 6 }));
const counterValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, amount, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(key, tie("value"), { maxKeys: 5 })),
})).value;

describe("normalizeMoney", () => {
  propTest.prop([counterValue, fc.integer({ min: 0, max: 5 })], { numRuns: 3000 })("writes what the reference writes, key for key, in the same order", (value, minorUnits) => {
    const fast = outcome(() => normalizeMoney(value, minorUnits));
    const slow = outcome(() => reference(value, minorUnits));
    expect(fast).toEqual(slow);
    if ("value" in fast && "value" in slow) expect(JSON.stringify(fast.value)).toBe(JSON.stringify(slow.value));
  });

  test.each([
    { amount: "1234.50", minorUnits: 2, written: "1234.50" }, // kept as it is
    { amount: "-0.00", minorUnits: 2, written: "0.00" }, // a negative zero loses its sign
    { amount: "-5.00", minorUnits: 2, written: "-5.00" },
    { amount: "05.00", minorUnits: 2, written: "5.00" },
    { amount: "5", minorUnits: 2, written: "5.00" },
    { amount: "5.0", minorUnits: 0, written: "5" },
    { amount: "123456789012345678901234567890.12", minorUnits: 2, written: "123456789012345678901234567890.12" }, // 30 whole digits
    { amount: "1234567890123456789012345678901.12", minorUnits: 2, written: "1234567890123456789012345678901.12" }, // 31: through Decimal
    { amount: "visits", minorUnits: 2, written: "visits" },
  ])("$amount in $minorUnits minor units is $written", ({ amount: given, minorUnits, written }) => {
    expect(normalizeMoney(given, minorUnits)).toBe(written);
    expect(reference(given, minorUnits)).toBe(written);
  });

  test("a coverage id named __proto__ stays an own key, and the input is not changed", () => {
    const counters = JSON.parse('{"coverages":{"__proto__":{"amountPaid":"5"},"b":{"amountPaid":"1.5","visits":2}}}') as Record<string, unknown>;
    const before = JSON.stringify(counters);
    const normalized = normalizeMoney(counters, 2) as { coverages: Record<string, unknown> };
    expect(Object.keys(normalized.coverages)).toEqual(["__proto__", "b"]);
    expect(Object.getPrototypeOf(normalized.coverages)).toBe(Object.prototype);
    expect(JSON.stringify(normalized)).toBe('{"coverages":{"__proto__":{"amountPaid":"5.00"},"b":{"amountPaid":"1.50","visits":2}}}');
    expect(JSON.stringify(counters)).toBe(before);
  });
});
