import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { findOperator } from "../../src/rules/operators.js";

// Issue 15: startsWithAny (ICD-10 prefixes) runs on every line of every claim; it now loops without building
// arrays. The reference is its former body, word for word.
const asStrings = (value: unknown): string[] => (typeof value === "string" ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);
const before = (a: unknown, b: unknown) => {
  const prefixes = asStrings(b);
  return asStrings(a).some((code) => prefixes.some((prefix) => code.startsWith(prefix)));
};
const startsWithAny = findOperator("startsWithAny")?.evaluate as (a: unknown, b: unknown) => boolean;

describe("startsWithAny gives what it gave before", () => {
  test.each([
    { a: "Z41.1", b: ["Z41"], out: true },
    { a: ["K35.8", "Z41.0"], b: ["Z41", "O"], out: true },
    { a: ["K35.8"], b: ["Z41"], out: false },
    { a: "Z41", b: "Z4", out: true },
    { a: [], b: ["Z41"], out: false },
    { a: ["Z41.1"], b: [], out: false },
    { a: ["Z41.1"], b: [""], out: true },
    { a: [1, null, "Z41.1"], b: [3, "Z41"], out: true },
    { a: 41, b: ["4"], out: false },
    { a: "Z41", b: { prefix: "Z" }, out: false },
  ])("$a against $b → $out", ({ a, b, out }) => {
    expect(startsWithAny(a, b)).toBe(out);
    expect(before(a, b)).toBe(out);
  });

  const code = fc.stringMatching(/^[A-Z]\d{0,2}(\.\d)?$/);
  const value = fc.oneof(code, fc.array(fc.oneof(code, fc.integer(), fc.constant(null)), { maxLength: 4 }), fc.integer(), fc.constant(undefined));
  propTest.prop([value, value], { numRuns: 2000 })("on random codes and prefixes", (a, b) => {
    expect(startsWithAny(a, b)).toBe(before(a, b));
  });
});
