import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { createAdjudicator, isValidationError, toDotPath } from "../../src/index.js";
import { Dec } from "../../src/money/money.js";
import { significantDigits } from "../../src/values/primitives.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

// Issue 9: decimal.js ran at 34 digits on unbounded input: a line of 1e200 under a 3,000,000 limit paid 0.00,
// 1e40 + 0.01 lost the cent (a CalculationError), a 40-digit amount gave a CalculationError, a ratio of
// 0.4999999999999999999999999999999999999 on 1.01 paid 0.51, and a 38-digit exchange rate was rounded twice.
// Now every amount, ratio and rate has at most 15 significant digits (what FHIR decimals carry), and the calculation
// runs at 80 digits, so no product of such figures is rounded before the named rounding to minor units.

const coverage = smallPolicy().coverages[0]!;
function adjudicatorWith(ratio = "1") {
  const policy = smallPolicy({
    coverages: [{ ...coverage, annualDeductible: "0", perClaimLimit: "3000000.00", annualLimit: "3000000.00", ratio: { used: ratio, not_used: "1", could_not_be_used: "1" } }] as never,
  });
  return createAdjudicator({ policy, rules: smallRules() });
}

async function issuesOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(() => undefined, (thrown: unknown) => thrown);
  if (!isValidationError(error)) throw new Error(`expected a ValidationError, got ${String(error)}`);
  return error.issues.map((issue) => `${toDotPath(issue.path)}: ${issue.message}`);
}

describe("amounts, ratios and rates have at most 15 significant digits", () => {
  test.each([
    { name: "1e200", amount: `1${"0".repeat(200)}` },
    { name: "1e40 + 0.01", amount: `1${"0".repeat(40)}.01` },
    { name: "40 digits", amount: "1234567890123456789012345678901234567890" },
    { name: "16 digits", amount: "99999999999999.99" },
  ])("a line of $name is refused with its path", async ({ amount }) => {
    expect(await issuesOf(adjudicatorWith().adjudicate(smallClaim([{ amount }]), { asOf: "2026-06-20" }))).toEqual([
      'claim.lines[0].amount: must have at most 15 significant digits, e.g. "9999999999999.99"',
    ]);
  });

  test("15 digits are paid to the cent: 9,999,999,999,999.99 under a 3,000,000 limit pays 3,000,000.00", async () => {
    const decision = await adjudicatorWith().adjudicate(smallClaim([{ amount: "9999999999999.99" }]), { asOf: "2026-06-20" });
    expect([decision.billed, decision.payable]).toEqual(["9999999999999.99", "3000000.00"]);
  });

  test("1,000,000,000,000.01 keeps its cent", async () => {
    const decision = await adjudicatorWith().adjudicate(smallClaim([{ amount: "1000000000000.01" }]), { asOf: "2026-06-20" });
    expect(decision.billed).toBe("1000000000000.01");
  });

  test("a bill whose total passes 15 digits is refused", async () => {
    const claim = smallClaim([{ amount: "9999999999999.99" }, { amount: "0.01" }]);
    expect(await issuesOf(adjudicatorWith().adjudicate(claim, { asOf: "2026-06-20" }))).toEqual([
      "claim.lines: the bill's total 10000000000000 has more than 15 significant digits: split the claim",
    ]);
  });

  test("a ratio of 37 digits is refused; one of 15 on 1.01 pays 0.50, not 0.51", async () => {
    expect(() => adjudicatorWith("0.4999999999999999999999999999999999999")).toThrow(/policy\.coverages\[0\]\.ratio\.used: must have at most 15 significant digits/);
    // 1.01 × 0.499999999999999 = 0.50499999999999899 → 0.50 (half-up at the cent).
    const decision = await adjudicatorWith("0.499999999999999").adjudicate(smallClaim([{ amount: "1.01" }]), { asOf: "2026-06-20" });
    expect(decision.payable).toBe("0.50");
  });

  test("an exchange rate of 38 digits is refused; one of 15 converts with one rounding", async () => {
    const claim = (rate: string) => ({ ...smallClaim([{ amount: "1500.00" }]), currency: "USD", exchangeRate: { rate } });
    expect(await issuesOf(adjudicatorWith().adjudicate(claim("7.1234567890123456789012345678901234567"), { asOf: "2026-06-20" }))).toEqual([
      'claim.exchangeRate.rate: must have at most 15 significant digits, e.g. "7.123456"',
    ]);
    // 1,500.00 × 7.12345678901234 = 10,685.18518351851 → 10,685.19.
    const decision = await adjudicatorWith().adjudicate(claim("7.12345678901234"), { asOf: "2026-06-20" });
    expect(decision.billed).toBe("10685.19");
  });

  test.each([
    { decimal: "0", digits: 0 },
    { decimal: "0.00", digits: 0 },
    { decimal: "5000.00", digits: 6 },
    { decimal: "0.0015", digits: 2 },
    { decimal: "000123.4", digits: 4 },
  ])("significantDigits($decimal) = $digits", ({ decimal, digits }) => {
    expect(significantDigits(decimal)).toBe(digits);
  });
});

describe("the calculation's precision holds every intermediate", () => {
  const fifteen = fc.bigInt({ min: 1n, max: 999_999_999_999_999n });
  // Four 15-digit factors (an amount, a ratio, a share, a rate) and a sum of a thousand such products: exact.
  propTest.prop([fifteen, fifteen, fifteen, fifteen], { seed: 9, numRuns: 500 })("a product of four 15-digit figures, summed a thousand times, is exact", (a, b, c, d) => {
    const product = new Dec(a.toString()).times(b.toString()).times(c.toString()).times(d.toString()).times(1000);
    expect(product.toFixed(0)).toBe((a * b * c * d * 1000n).toString());
  });
});
