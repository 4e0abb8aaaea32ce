import { describe, expect, test } from "vitest";
import { createAdjudicator, isValidationError } from "../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

/**
 * Issue 9: when the claim failed its schema, the policy-id, currency, decimal-places and asOf checks were skipped,
 * so a second submission found new problems. Now one pass reports them all.
 */
const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });

async function problems(claim: unknown, options: unknown): Promise<string[]> {
  try {
    await adjudicator.adjudicate(claim, options as never);
  } catch (error) {
    if (isValidationError(error)) return error.issues.map((issue) => `${issue.path.join(".")}: ${issue.code}`);
    throw error;
  }
  return [];
}

describe("every problem of a claim at once", () => {
  test("a malformed service date beside another policy, another currency, three decimals and an early asOf", async () => {
    const claim = smallClaim([{ amount: "100.005" }, { amount: "200.00", serviceDate: "2026-13-01" }], { policyId: "P-OTHER", currency: "USD" });
    expect((await problems(claim, { asOf: "2026-01-01" })).sort()).toEqual(
      [
        "claim.lines.1.serviceDate: invalid_input",
        "claim.policyId: policy_mismatch",
        "claim.currency: currency_mismatch",
        "claim.lines.0.amount: invalid_input",
        "options.asOf: invalid_input",
      ].sort(),
    );
  });

  test("a malformed amount is reported once, by the schema, not again for its decimals", async () => {
    const claim = smallClaim([{ amount: "12,000.005" }]);
    expect(await problems(claim, { asOf: "2026-06-20" })).toEqual(["claim.lines.0.amount: invalid_input"]);
  });

  test("a valid claim with invalid accumulators still hears that asOf is before the submission", async () => {
    const claim = smallClaim([{ amount: "100.00" }]);
    const found = await problems(claim, { asOf: "2026-01-01", accumulators: { coverages: 5 } });
    expect(found).toContain("options.asOf: invalid_input");
    expect(found.some((issue) => issue.startsWith("options.accumulators"))).toBe(true);
  });

  test("asOf on the day of submission is accepted (boundary)", async () => {
    const claim = smallClaim([{ amount: "100.00" }]);
    expect(await problems(claim, { asOf: claim.submittedOn })).toEqual([]);
  });
});
