import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { groupThousands } from "../../src/text/format-amount.js";

// Issue 15: thousands are grouped by walking the digits instead of a look-ahead regular expression. The reference is
// the implementation before, for decimal strings and for anything else a caller may pass.
const reference = (amount: string): string => {
  const [whole = "0", fraction] = amount.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
};

describe("groupThousands", () => {
  propTest.prop(
    [
      fc.oneof(
        fc.tuple(fc.constantFrom("", "-", "+", " "), fc.stringMatching(/^\d{0,40}$/), fc.oneof(fc.constant(""), fc.stringMatching(/^\.\d{0,6}$/), fc.stringMatching(/^\.\d{1,3}\.\d{1,3}$/))).map((parts) => parts.join("")),
        fc.stringMatching(/^[\d.,\-a-z٣ ]{0,16}$/),
        fc.string({ maxLength: 12 }),
      ),
    ],
    { numRuns: 5000 },
  )("groups as the regular expression did", (amount) => {
    expect(groupThousands(amount)).toBe(reference(amount));
  });

  test.each([
    ["999.99", "999.99"],
    ["1000", "1,000"],
    ["-1000.50", "-1,000.50"],
    ["-100", "-100"],
    ["123456789012.34", "123,456,789,012.34"],
    ["0001234", "0,001,234"],
    ["1.2.3", "1.2"],
    ["", ""],
    [".5", ".5"],
    ["12a4567", "12a4,567"],
  ])("%s → %s", (amount, grouped) => {
    expect(groupThousands(amount)).toBe(grouped);
    expect(reference(amount)).toBe(grouped);
  });
});
