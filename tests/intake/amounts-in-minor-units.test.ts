import { describe, expect, test } from "vitest";
import { createAdjudicator, type Decision } from "../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

// Issue 9: denied and pending decisions echoed amounts as given ("5000") instead of in the currency's minor units.
const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
const inWaitingPeriod = { incident: { date: "2026-01-10", type: "illness" as const, diagnosisCodes: ["K35.8"], description: "急性阑尾炎" } };

/** Every amount of a decision's lines: billed, eligible, payable and each adjustment. */
const lineAmounts = (decision: Decision): string[] => decision.lines.flatMap((line) => [line.billed, line.eligible, line.payable, ...line.adjustments.map((adjustment) => adjustment.amount)]);

describe("every outcome gives amounts in the currency's minor units", () => {
  test.each([
    // Waiting period (clause 3.1): the whole 5,000 denied. Pending: the claim form missing, 5,000 not assessed.
    { outcome: "denied", overrides: inWaitingPeriod, expected: ["5000.00", "0.00", "0.00", "5000.00", "12.50", "0.00", "0.00", "12.50"] },
    { outcome: "pending_documents", overrides: { documents: [] }, expected: ["5000.00", "0.00", "0.00", "5000.00", "12.50", "0.00", "0.00", "12.50"] },
    // Approved: deductible 10,000 takes both lines (5,000 + 12.5).
    { outcome: "approved", overrides: {}, expected: ["5000.00", "5000.00", "0.00", "5000.00", "12.50", "12.50", "0.00", "12.50"] },
  ])("$outcome", async ({ outcome, overrides, expected }) => {
    const decision = await adjudicator.adjudicate(smallClaim([{ amount: "5000", selfPay: "0" }, { amount: "12.5" }], overrides), { asOf: "2026-06-20" });
    expect(decision.outcome).toBe(outcome);
    expect(lineAmounts(decision)).toEqual(expected);
    expect(decision.billed).toBe("5012.50");
  });

  test("a claim already in minor units gets the same decision as before", async () => {
    const decision = await adjudicator.adjudicate(smallClaim([{ amount: "5000.00" }], inWaitingPeriod), { asOf: "2026-06-20" });
    const loose = await adjudicator.adjudicate(smallClaim([{ amount: "5000" }], inWaitingPeriod), { asOf: "2026-06-20" });
    expect(loose.lines).toEqual(decision.lines);
  });
});
