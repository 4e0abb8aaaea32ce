import { describe, expect, test } from "vitest";
import { createAdjudicator, type PolicyInput } from "../../../src/index.js";
import { benefitClaim, coveragePolicy, noRules } from "../../support/fixtures.js";

const text = (en: string) => ({ en, zh: en });
// Hospital cash: 150.00 a day after 3 deductible days, at most 30 days a stay and 90 a year; 30-day waiting period for illness.
const cash: PolicyInput["coverages"][number] = {
  id: "cash",
  kind: "per_diem",
  clauseId: "C-cash",
  name: text("Hospital cash"),
  dailyAmount: "150.00",
  deductibleDays: 3,
  maxDaysPerStay: 30,
  maxDaysPerYear: 90,
  waitingPeriods: { illnessDays: 30, accidentDays: 0 },
};
const adjudicator = createAdjudicator({ policy: coveragePolicy([cash], { product: "hospital_cash" }), rules: noRules() });
const stay = (incidentDate: string, admission: string, discharge: string) =>
  benefitClaim({ incident: { date: incidentDate, type: "illness", diagnosisCodes: ["J18.9"], description: "pneumonia" }, hospitalStay: { admission, discharge }, submittedOn: discharge });

describe("hospital cash (per diem)", () => {
  test.each([
    // 10 days − 3 deductible days = 7 × 150.00.
    { name: "days after the deductible days", admission: "2026-03-01", discharge: "2026-03-11", outcome: "approved", payable: "1050.00", gross: "1500.00", daysPaid: 7 },
    // 2 days, all deductible: nothing payable, under the policy's terms.
    { name: "a stay within the deductible days", admission: "2026-03-01", discharge: "2026-03-03", outcome: "approved", payable: "0.00", gross: "300.00", daysPaid: 0 },
    // 40 days − 3 = 37, at most 30 a stay: 30 × 150.00.
    { name: "the maximum per stay", admission: "2026-03-01", discharge: "2026-04-10", outcome: "partially_approved", payable: "4500.00", gross: "6000.00", daysPaid: 30, reason: "7 days beyond the maximum of 30 days per stay or 90 days per year are not paid." },
    // 7 days due, 85 of 90 already paid this year: 5 × 150.00.
    { name: "the maximum per year", admission: "2026-03-01", discharge: "2026-03-11", daysPaidBefore: 85, outcome: "partially_approved", payable: "750.00", gross: "1500.00", daysPaid: 90, reason: "2 days beyond the maximum of 30 days per stay or 90 days per year are not paid." },
    // Admitted and discharged the same day counts one day.
    { name: "a day case counts one day", admission: "2026-03-01", discharge: "2026-03-01", outcome: "approved", payable: "0.00", gross: "150.00", daysPaid: 0 },
  ])("$name", async ({ admission, discharge, daysPaidBefore, outcome, payable, gross, daysPaid, reason }) => {
    const decision = await adjudicator.adjudicate(stay("2026-02-25", admission, discharge), {
      asOf: "2026-04-20",
      ...(daysPaidBefore !== undefined ? { accumulators: { coverages: { cash: { daysPaid: daysPaidBefore, paid: "12750.00" } } } } : {}),
    });
    expect([decision.outcome, decision.payable]).toEqual([outcome, payable]);
    expect(decision.reasons.map((reason) => [reason.code, reason.message.en])).toEqual(reason === undefined ? [] : [["DAYS_MAXIMUM", reason]]);
    expect(decision.benefits[0]?.gross).toBe(gross);
    expect(decision.counters.after.coverages["cash"]?.daysPaid).toBe(daysPaid);
  });

  test("the adjustments balance: gross − deductible days − days over the maximum = payable", async () => {
    const decision = await adjudicator.adjudicate(stay("2026-02-25", "2026-03-01", "2026-04-10"), { asOf: "2026-04-20" });
    expect(decision.benefits[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])).toEqual([
      ["deductible_days", "450.00"],
      ["benefit_maximum", "1050.00"],
    ]);
  });

  test("an illness in the waiting period is refused", async () => {
    const decision = await adjudicator.adjudicate(stay("2026-01-20", "2026-01-20", "2026-01-30"), { asOf: "2026-02-01" });
    expect([decision.outcome, decision.payable, decision.reasons.map((reason) => reason.code)]).toEqual(["denied", "0.00", ["WAITING_PERIOD"]]);
    expect(decision.counters.after).toEqual(decision.counters.before);
  });
});
