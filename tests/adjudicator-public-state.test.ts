import { describe, expect, test } from "vitest";
import { createAdjudicator } from "../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "./support/fixtures.js";

describe("adjudicator.policy and adjudicator.ruleSet are frozen copies", () => {
  // Issue 9: setting adj.policy.period.expiry turned an approved claim into a denied one under the same policyHash.
  test("changing them throws and changes no decision", async () => {
    const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
    const claim = smallClaim([{ amount: "28000.00" }]);
    const before = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" });
    expect(() => {
      (adjudicator.policy.period as { expiry: string }).expiry = "2026-01-31";
    }).toThrow(TypeError);
    expect(() => {
      (adjudicator.ruleSet.rules as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (adjudicator.policy.coverages[0] as { annualLimit: string }).annualLimit = "1.00";
    }).toThrow(TypeError);
    expect(adjudicator.policy.period.expiry).toBe("2026-12-31");
    const after = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" });
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    expect(before.outcome).toBe("approved");
  });
});
