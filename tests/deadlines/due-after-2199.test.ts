import { describe, expect, test } from "vitest";
import { createAdjudicator, DecisionSchema } from "../../src/index.js";
import { ComputedIsoDateSchema } from "../../src/dates/iso-date-schema.js";
import { loadExamples } from "../../examples/load-examples.js";

/**
 * Found by the fuzz suite (seed 7): an asOf of 2199-12-31, the last accepted day, is valid, but the payment clock
 * it starts (10 days, PRC Insurance Law art. 23) ends on 2200-01-10, and the decision failed DecisionSchema. Dates
 * the library computes may run past 2199 (up to 2299); dates it is given may not.
 */
describe("a claim clock ending after 2199", () => {
  test("asOf 2199-12-31: payment due 2200-01-10, and the decision is valid", async () => {
    const product = loadExamples().find((example) => example.product === "flight-delay");
    const entry = product?.cases.find((c) => c.file.includes("02-approved-across-clock-change"));
    if (product === undefined || entry === undefined) throw new Error("examples/flight-delay case 02 is missing");
    const decision = await createAdjudicator({ policy: product.policy, rules: product.rules }).adjudicate(entry.claim, { asOf: "2199-12-31" });
    expect(decision.outcome).toBe("approved");
    expect(decision.deadlines.byId.payment).toMatchObject({ countsFrom: "2199-12-31", dueOn: "2200-01-10" });
    expect(() => DecisionSchema.parse(decision)).not.toThrow();
  });

  test.each([
    ["1899-12-31", false],
    ["1900-01-01", true],
    ["2200-01-10", true],
    ["2299-12-31", true],
    ["2300-01-01", false],
  ])("a computed date %s is accepted: %s", (date, accepted) => {
    expect(ComputedIsoDateSchema.safeParse(date).success).toBe(accepted);
  });
});
