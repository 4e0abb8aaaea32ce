import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { significantDigits } from "../../src/values/primitives.js";

// significantDigits counts in place, without splitting the string: it must give what the split-and-strip
// definition gives on any text (the schemas call it on amounts that failed no check, but it is exported).
const bySplitting = (decimal: string): number => {
  const [whole = "", fraction = ""] = decimal.split(".");
  const integer = whole.replace(/^0+/, "");
  return integer === "" ? fraction.replace(/^0+/, "").length : integer.length + fraction.length;
};

describe("significantDigits", () => {
  const text = fc.array(fc.constantFrom("0", "0", "1", "9", ".", "a", "-"), { maxLength: 24 }).map((chars) => chars.join(""));
  propTest.prop([fc.oneof(text, fc.string())], { numRuns: 2000 })("is the split-and-strip count on any text", (decimal) => {
    expect(significantDigits(decimal)).toBe(bySplitting(decimal));
  });
});
