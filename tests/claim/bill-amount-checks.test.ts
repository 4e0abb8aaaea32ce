import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { billTotalDigitsByStrings, billTotalTooLong, lineSharesExcess, lineSharesExcessByStrings } from "../../src/claim/bill-amount-checks.js";
import { MAX_SIGNIFICANT_DIGITS } from "../../src/values/primitives.js";

// Money strings of the schema's pattern, at the edges where the integer path hands over to adding strings: 2^53 units
// (9007199254740992 at scale 0, "90071992547409.92" at scale 2), more decimals than MAX_EXACT_SCALE (6), long digits.
const money: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("0", "0.00", "000.10", "1", "0.01", "600.00", "360.00", "9007199254740991", "9007199254740992", "9007199254740993", "90071992547409.91", "90071992547409.92", "4503599627370496", "4503599627370495.5", "0.0000001", "0.000001", "999999999999999", "9999999999999.99", "99999999999999999999.5"),
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined })).map(([whole, fraction]) => (fraction === undefined ? `${whole}` : `${whole}.${fraction}`)),
  fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 99 })).map(([whole, cents]) => `${whole}.${String(cents).padStart(2, "0")}`),
);

describe("the bill line's shares against its amount", () => {
  test("the integer path gives what adding the strings gives", () => {
    fc.assert(
      fc.property(money, money, money, money, (amount, selfPay, socialInsurancePaid, otherInsurancePaid) => {
        const line = { amount, selfPay, socialInsurancePaid, otherInsurancePaid };
        expect(lineSharesExcess(line)).toBe(lineSharesExcessByStrings(line));
      }),
      { numRuns: 3000 },
    );
  });

  // 600.00 billed, 360.00 paid by social insurance: others may pay up to 600.00, all shares together up to 600.00.
  test.each([
    ["600.00", "0", "360.00", "240.00", undefined],
    ["600.00", "0", "360.00", "240.01", "others"],
    ["600.00", "0.01", "360.00", "239.99", undefined],
    ["600.00", "0.02", "360.00", "239.99", "all"],
    ["9007199254740991", "0", "9007199254740991", "1", "others"],
    ["90071992547409.92", "0", "90071992547409.91", "0.01", undefined],
  ] as const)("amount %s, selfPay %s, social %s, other %s → %s", (amount, selfPay, socialInsurancePaid, otherInsurancePaid, expected) => {
    expect(lineSharesExcess({ amount, selfPay, socialInsurancePaid, otherInsurancePaid })).toBe(expected);
  });
});

describe("the bill's total digits", () => {
  test("the integer path gives what adding the strings gives", () => {
    fc.assert(
      fc.property(fc.array(money, { minLength: 2, maxLength: 6 }), (amounts) => {
        const { total, digits } = billTotalDigitsByStrings(amounts);
        expect(billTotalTooLong(amounts)).toBe(digits > MAX_SIGNIFICANT_DIGITS ? total : undefined);
      }),
      { numRuns: 3000 },
    );
  });

  // 15 significant digits: 9999999999999.99 + 0.01 = 10000000000000.00 has 16.
  test.each([
    [["9999999999999.98", "0.01"], undefined],
    [["9999999999999.99", "0.00"], undefined],
    [["9999999999999.99", "0.01"], "10000000000000"],
    [["999999999999999", "0"], undefined],
    [["999999999999999", "1"], "1000000000000000"],
    [["0.5", "0.5"], undefined],
  ] as const)("%j → %s", (amounts, expected) => {
    expect(billTotalTooLong(amounts)).toBe(expected);
  });
});
