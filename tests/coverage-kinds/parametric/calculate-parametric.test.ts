import { describe, expect, test } from "vitest";
import { createAdjudicator, type PolicyInput } from "../../../src/index.js";
import { benefitClaim, coveragePolicy, noRules } from "../../support/fixtures.js";

const text = (en: string) => ({ en, zh: en });
// Flight delay on departure: 2 h pays 200.00, 4 h 400.00, 6 h 800.00; 1,000.00 in all over the policy period.
const delay: PolicyInput["coverages"][number] = {
  id: "delay",
  kind: "parametric",
  clauseId: "C-delay",
  name: text("Flight delay"),
  measure: "departure_delay",
  tiers: [
    { minHours: 4, amount: "400.00" },
    { minHours: 2, amount: "200.00" },
    { minHours: 6, amount: "800.00" },
  ],
  limit: "1000.00",
};
const adjudicator = createAdjudicator({ policy: coveragePolicy([delay], { product: "flight_delay" }), rules: noRules() });
const flight = (scheduledDeparture: string, actualDeparture: string) =>
  benefitClaim({
    incident: { date: scheduledDeparture.slice(0, 10), type: "flight_delay", description: "delayed departure" },
    flight: { carrier: "CA", number: "CA1831", scheduledDeparture, actualDeparture, scheduledArrival: "2026-07-01T12:00:00+08:00", actualArrival: "2026-07-01T18:00:00+08:00" },
  });

describe("flight delay (parametric)", () => {
  test.each([
    { name: "2 h 35 min: the 2-hour tier", scheduled: "2026-07-01T08:30:00+08:00", actual: "2026-07-01T11:05:00+08:00", outcome: "approved", payable: "200.00", minutes: "155" },
    { name: "exactly 6 hours reaches the 6-hour tier", scheduled: "2026-07-01T08:30:00+08:00", actual: "2026-07-01T14:30:00+08:00", outcome: "approved", payable: "800.00", minutes: "360" },
    { name: "1 h 59 min is below the first tier", scheduled: "2026-07-01T08:30:00+08:00", actual: "2026-07-01T10:29:00+08:00", outcome: "denied", payable: "0.00", minutes: "119" },
    // 2026-07-01T21:30Z scheduled, 2026-07-02T01:40Z actual: 250 minutes, whatever the offsets the times were written in.
    { name: "times in different offsets", scheduled: "2026-07-02T05:30:00+08:00", actual: "2026-07-02T01:40:00Z", outcome: "approved", payable: "400.00", minutes: "250" },
    { name: "an early departure is no delay", scheduled: "2026-07-01T08:30:00+08:00", actual: "2026-07-01T08:10:00+08:00", outcome: "denied", payable: "0.00", minutes: "-20" },
  ])("$name", async ({ scheduled, actual, outcome, payable, minutes }) => {
    const decision = await adjudicator.adjudicate(flight(scheduled, actual), { asOf: "2026-07-05" });
    expect([decision.outcome, decision.payable]).toEqual([outcome, payable]);
    expect(decision.calculation.find((step) => step.step === "parametric")?.inputs["delayMinutes"]).toBe(minutes);
    if (outcome === "denied") expect(decision.reasons.map((reason) => reason.code)).toEqual(["DELAY_BELOW_THRESHOLD"]);
  });

  test("what is left of the limit caps a tier", async () => {
    // 800.00 paid before: 1,000.00 − 800.00 = 200.00 of the 800.00 tier.
    const decision = await adjudicator.adjudicate(flight("2026-07-01T08:30:00+08:00", "2026-07-01T15:00:00+08:00"), { asOf: "2026-07-05", accumulators: { coverages: { delay: { paid: "800.00" } } } });
    expect([decision.outcome, decision.payable, decision.reasons.map((reason) => reason.code)]).toEqual(["partially_approved", "200.00", ["LIMIT_REACHED"]]);
    expect(decision.benefits[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])).toEqual([["benefit_maximum", "600.00"]]);
    expect(decision.counters.after.coverages["delay"]?.paid).toBe("1000.00");
  });

  test("the arrival measure uses the arrival times", async () => {
    const arrival = createAdjudicator({ policy: coveragePolicy([{ ...delay, measure: "arrival_delay" }], { product: "flight_delay" }), rules: noRules() });
    // Arrival 12:00 → 18:00: six hours, whatever the departure did.
    const decision = await arrival.adjudicate(flight("2026-07-01T08:30:00+08:00", "2026-07-01T08:30:00+08:00"), { asOf: "2026-07-05" });
    expect(decision.payable).toBe("800.00");
  });

  test("a flight delay claim needs the flight's times, with their offsets", async () => {
    const claim = flight("2026-07-01T08:30:00", "2026-07-01T11:05:00+08:00");
    await expect(adjudicator.adjudicate(claim, { asOf: "2026-07-05" })).rejects.toMatchObject({ name: "ValidationError", issues: [{ path: ["claim", "flight", "scheduledDeparture"] }] });
  });
});

test("a flight delay happens on the flight's scheduled departure date", async () => {
  const adjudicator = createAdjudicator({ policy: coveragePolicy([{ id: "d", kind: "parametric", clauseId: "C-d", name: { en: "d", zh: "d" }, measure: "departure_delay", tiers: [{ minHours: 2, amount: "200.00" }], limit: "1000.00" }]), rules: noRules() });
  const claim = benefitClaim({
    incident: { date: "2026-03-02", type: "flight_delay", description: "delay" },
    flight: { carrier: "MF", number: "MF8101", scheduledDeparture: "2026-02-26T07:00:00+08:00", actualDeparture: "2026-02-26T13:00:00+08:00", scheduledArrival: "2026-02-26T09:00:00+08:00", actualArrival: "2026-02-26T15:00:00+08:00" },
  });
  await expect(adjudicator.adjudicate(claim, { asOf: "2026-03-05" })).rejects.toMatchObject({ issues: [{ path: ["claim", "incident", "date"], message: expect.stringMatching(/scheduled departure date 2026-02-26/) }] });
});
