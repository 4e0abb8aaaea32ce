import { describe, expect, test } from "vitest";
import { createAdjudicator, DecisionSchema, isCalculationError } from "../../src/index.js";
import { loadExamples } from "../../examples/load-examples.js";

/**
 * Found by the fuzz suite (seed 20260901): a hospital-cash policy whose daily amount has 14 significant digits is
 * valid, but 8 days of it are 16 digits, and the decision returned did not validate against DecisionSchema.
 *
 * examples/hospital-cash case 01 (pneumonia, admitted 2026-04-10, discharged 2026-04-18): 8 days in hospital, the
 * benefit's gross is 8 × the daily amount (3 deductible days come off it as an adjustment).
 *   1,249,999,999,999.99 × 8 =  9,999,999,999,999.92 → 15 significant digits: decided
 *   1,250,000,000,000.00 × 8 = 10,000,000,000,000.00 → 16 significant digits: a CalculationError (too_many_digits)
 */
describe("a computed amount beyond 15 significant digits", () => {
  const product = loadExamples().find((example) => example.product === "hospital-cash");
  if (product === undefined) throw new Error("examples/hospital-cash is missing");
  const entry = product.cases.find((c) => c.file.includes("01-approved-pneumonia"));
  if (entry === undefined) throw new Error("case 01 is missing");
  const withDaily = (dailyAmount: string) => {
    const policy = structuredClone(product.policy) as { coverages: { id: string; dailyAmount?: string }[] };
    for (const coverage of policy.coverages) if (coverage.id === "hospital-cash") coverage.dailyAmount = dailyAmount;
    return createAdjudicator({ policy, rules: product.rules });
  };

  test("at 15 digits the decision is returned and valid", async () => {
    const decision = await withDaily("1249999999999.99").adjudicate(entry.claim, { asOf: entry.asOf });
    expect(decision.benefits[0]?.gross).toBe("9999999999999.92");
    expect(() => DecisionSchema.parse(decision)).not.toThrow();
  });

  test("at 16 digits the claim gets a CalculationError naming the amount and its path, not an invalid decision", async () => {
    let caught: unknown;
    try {
      await withDaily("1250000000000.00").adjudicate(entry.claim, { asOf: entry.asOf });
    } catch (error) {
      caught = error;
    }
    expect(isCalculationError(caught)).toBe(true);
    const issues = (caught as { issues: { code: string; path: unknown[]; message: string }[] }).issues;
    expect(issues[0]).toMatchObject({ code: "too_many_digits", path: ["decision", "benefits", 0, "gross"] });
    expect(issues[0]?.message).toContain("10000000000000.00 has more than 15 significant digits");
  });
});
