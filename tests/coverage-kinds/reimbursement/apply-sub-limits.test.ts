import { describe, expect, test } from "vitest";
import { createAdjudicator, type PolicyInput } from "../../../src/index.js";
import { coveragePolicy, noRules, smallClaim, type FixtureLine } from "../../support/fixtures.js";

const text = (en: string) => ({ en, zh: en });
// Accident medical: per-claim deductible 100.00, ratio 90%, annual limit 50,000.00; self-pay covered. Sub-limits after
// the ratio: bed 200.00 per day of stay (a line's quantity), outpatient 500.00 per visit, medicine 300.00 per service day,
// examinations 1,000.00 per policy year.
const accidentMedical: PolicyInput["coverages"][number] = {
  id: "am",
  kind: "reimbursement", deductibleCredits: ["other_commercial_insurance"],
  clauseId: "C-am",
  name: text("Accident medical"),
  incidentTypes: ["accident"],
  perClaimDeductible: "100.00",
  ratio: { used: "0.9", not_used: "0.9", could_not_be_used: "0.9" },
  annualLimit: "50000.00",
  eligibleCategories: ["bed", "surgery", "outpatient", "medicine", "examination"],
  selfPayCovered: true,
  subLimits: [
    { id: "bed-daily", categories: ["bed"], amount: "200.00", per: "unit" },
    { id: "outpatient-visit", categories: ["outpatient"], amount: "500.00", per: "visit" },
    { id: "medicine-day", categories: ["medicine"], amount: "300.00", per: "day" },
    { id: "exam-year", categories: ["examination"], amount: "1000.00", per: "year", clauseId: "SUB" },
  ],
};
const policy = coveragePolicy([accidentMedical], { clauses: [...coveragePolicy([accidentMedical]).clauses, { id: "SUB", title: text("Sub-limits"), text: text("Examinations: 1,000.00 a year.") }] });
const adjudicator = createAdjudicator({ policy, rules: noRules() });
const claim = (lines: FixtureLine[]) =>
  ({ ...smallClaim(lines, { incident: { date: "2026-03-01", type: "accident", description: "fall" }, reportedOn: "2026-03-01", submittedOn: "2026-03-10" }), policyId: "P-COV" });

describe("sub-limits, after the ratio", () => {
  test("per unit of stay and per visit", async () => {
    const decision = await adjudicator.adjudicate(
      claim([
        { amount: "1500.00", category: "bed", quantity: 5, serviceDate: "2026-03-01" },
        { amount: "8000.00", category: "surgery", serviceDate: "2026-03-01" },
        { amount: "800.00", category: "outpatient", serviceDate: "2026-03-02", visitId: "V1" },
        { amount: "300.00", category: "outpatient", serviceDate: "2026-03-05", visitId: "V2" },
      ]),
      { asOf: "2026-03-12" },
    );
    // Deductible 100.00 off L1 (03-01, first by id): 1,400.00. × 90%: L1 1,260.00, L2 7,200.00, L3 720.00, L4 270.00.
    // Bed 200.00 × 5 days = 1,000.00 → L1 1,000.00; visit V1 500.00 → L3 500.00. Σ 1,000 + 7,200 + 500 + 270 = 8,970.00.
    expect([decision.outcome, decision.payable]).toEqual(["partially_approved", "8970.00"]);
    expect(decision.lines.map((line) => line.payable)).toEqual(["1000.00", "7200.00", "500.00", "270.00"]);
    expect(decision.reasons.map((reason) => [reason.code, reason.lineId])).toEqual([
      ["SUB_LIMIT", "L1"],
      ["SUB_LIMIT", "L3"],
    ]);
    expect(decision.lines[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])).toEqual([
      ["per_claim_deductible", "100.00"],
      ["coinsurance", "140.00"],
      ["sub_limit", "260.00"],
    ]);
  });

  test("per service day, shared by the day's lines in line-id order", async () => {
    const decision = await adjudicator.adjudicate(
      claim([
        { amount: "200.00", category: "medicine", serviceDate: "2026-03-01" },
        { amount: "250.00", category: "medicine", serviceDate: "2026-03-01" },
        { amount: "400.00", category: "medicine", serviceDate: "2026-03-02" },
      ]),
      { asOf: "2026-03-12" },
    );
    // Deductible off L1: 100.00. × 90%: 90.00, 225.00, 360.00. 03-01 shares 300.00: L1 90.00, L2 210.00; 03-02: L3 300.00.
    expect(decision.lines.map((line) => line.payable)).toEqual(["90.00", "210.00", "300.00"]);
    expect(decision.payable).toBe("600.00");
  });

  test("per policy year, with what the ledger says was paid under it", async () => {
    const decision = await adjudicator.adjudicate(claim([{ amount: "1000.00", category: "examination" }]), {
      asOf: "2026-03-12",
      accumulators: { coverages: { am: { paid: "800.00", subLimitsUsed: { "exam-year": "800.00" } } } },
    });
    // 1,000.00 − 100.00 = 900.00 × 90% = 810.00; 1,000.00 − 800.00 used = 200.00 left.
    expect([decision.outcome, decision.payable]).toEqual(["partially_approved", "200.00"]);
    expect(decision.reasons[0]).toMatchObject({ code: "SUB_LIMIT", clauseId: "SUB" });
    expect(decision.counters.after.coverages["am"]).toMatchObject({ paid: "1000.00", subLimitsUsed: { "exam-year": "1000.00" } });
  });
});
