import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { createAdjudicator, type AdjudicateOptions, type CoverageAccumulator, type PolicyInput } from "../../src/index.js";
import { Dec } from "../../src/money/money.js";
import { coveragePolicy, noRules, smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

const text = (en: string) => ({ en, zh: en });
const tenths = Array.from({ length: 10 }, (_, i) => ({ grade: i + 1, share: (1 - i / 10).toFixed(1) }));
const accidentCoverages: PolicyInput["coverages"] = [
  { id: "am", kind: "reimbursement", deductibleCredits: ["other_commercial_insurance"], clauseId: "C-am", name: text("Accident medical"), incidentTypes: ["accident"], perClaimDeductible: "100.00", ratio: { used: "0.9", not_used: "0.9", could_not_be_used: "0.9" }, annualLimit: "50000.00", eligibleCategories: ["bed", "surgery"] },
  { id: "med", kind: "reimbursement", deductibleCredits: ["other_commercial_insurance"], clauseId: "C-med", name: text("General medical"), annualDeductible: "0", ratio: { used: "1", not_used: "0.6", could_not_be_used: "1" }, annualLimit: "1000000.00", eligibleCategories: ["bed", "surgery", "medicine"] },
  { id: "cash", kind: "per_diem", clauseId: "C-cash", name: text("Hospital cash"), dailyAmount: "100.00", maxDaysPerStay: 180, maxDaysPerYear: 180 },
  { id: "disability", kind: "schedule", clauseId: "C-disability", name: text("Disability"), sumInsured: "100000.00", table: tenths },
  { id: "death", kind: "fixed", clauseId: "C-death", name: text("Accidental death"), incidentTypes: ["accident"], sumInsured: "100000.00", benefits: [{ id: "death", name: text("Death"), when: { all: [{ fact: "died", operator: "equal", value: true }] }, deductPaidBy: ["disability"] }] },
];
const adjudicator = createAdjudicator({ policy: coveragePolicy(accidentCoverages), rules: noRules() });

describe("one claim, several coverages", () => {
  test("an accident pays accident medical, hospital cash and disability, each by its own terms", async () => {
    const claim = {
      ...smallClaim(
        [
          { amount: "12000.00", category: "surgery", serviceDate: "2026-04-11" },
          { amount: "1000.00", category: "bed", serviceDate: "2026-04-20" },
          { amount: "800.00", category: "medicine", serviceDate: "2026-04-12" },
        ],
        { incident: { date: "2026-04-10", type: "accident", description: "fell from scaffolding", disabilities: [{ code: "7-1-1", grade: 9, assessedOn: "2026-09-01" }] }, reportedOn: "2026-04-10", submittedOn: "2026-09-05" },
      ),
      policyId: "P-COV",
      hospitalStay: { admission: "2026-04-10", discharge: "2026-04-20" },
    };
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-09-10" });
    // am (surgery, bed): 100.00 per-claim deductible off L1 (04-11): 11,900.00 × 90% = 10,710.00; bed 900.00 → 11,610.00.
    // med (medicine, which am does not list): 800.00 × 100% = 800.00.
    // cash: 10 days × 100.00 = 1,000.00. disability: grade 9, 20% of 100,000.00 = 20,000.00. Σ 33,410.00.
    expect([decision.outcome, decision.payable]).toEqual(["approved", "33410.00"]);
    expect(decision.coverages.map((coverage) => [coverage.coverageId, coverage.status, coverage.payable])).toEqual([
      ["am", "paid", "11610.00"],
      ["med", "paid", "800.00"],
      ["cash", "paid", "1000.00"],
      ["disability", "paid", "20000.00"],
      ["death", "not_applicable", "0.00"],
    ]);
    expect(decision.lines.map((line) => [line.lineId, line.coverageId, line.payable])).toEqual([
      ["L1", "am", "10710.00"],
      ["L2", "am", "900.00"],
      ["L3", "med", "800.00"],
    ]);
    // The trace says which coverage paid what.
    expect(decision.calculation.filter((step) => step.step === "payable").map((step) => [step.coverageId, step.result])).toEqual([
      ["am", "11610.00"],
      ["med", "800.00"],
    ]);
    expect(decision.calculation.at(-1)).toMatchObject({ step: "claim_payable", inputs: { am: "11610.00", med: "800.00", cash: "1000.00", disability: "20000.00" }, result: "33410.00" });
    expect(decision.benefits.map((benefit) => [benefit.coverageId, benefit.gross, benefit.payable])).toEqual([
      ["cash", "1000.00", "1000.00"],
      ["disability", "20000.00", "20000.00"],
    ]);
  });

  test("a later death on the same accident deducts the disability paid", async () => {
    const claim = {
      id: "C-DEATH",
      policyId: "P-COV",
      currency: "CNY",
      claimant: { name: "王丽", relationship: "spouse" as const },
      incident: { date: "2026-04-10", type: "accident" as const, description: "fell from scaffolding", death: { date: "2026-06-01" } },
      reportedOn: "2026-06-02",
      submittedOn: "2026-06-10",
      documents: [],
    };
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-06-12", accumulators: { coverages: { disability: { paid: "20000.00", disabilities: [{ code: "7-1-1", grade: 9 }] } } } });
    expect([decision.outcome, decision.payable]).toEqual(["approved", "80000.00"]);
  });
});

describe("the ledger across a policy year", () => {
  const yearly = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
  const amount = fc.integer({ min: 0, max: 6_000_000 }).map((cents) => new Dec(cents).div(100).toFixed(2));

  propTest.prop([fc.array(fc.array(amount, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 })], { numRuns: 60 })(
    "claims adjudicated one after another never pay more than the annual limit, and the ledger adds up",
    async (claims) => {
      let accumulators: AdjudicateOptions["accumulators"] = { coverages: {} };
      let total = new Dec(0);
      let after: CoverageAccumulator | undefined;
      for (const [i, amounts] of claims.entries()) {
        const decision = await yearly.adjudicate(smallClaim(amounts.map((value) => ({ amount: value })), { id: `C-${i}` }), { asOf: "2026-06-20", accumulators });
        total = total.plus(decision.payable);
        accumulators = decision.accumulatorsAfter;
        after = decision.counters.after.coverages["inpatient"];
      }
      expect(total.lessThanOrEqualTo("100000.00")).toBe(true);
      expect(new Dec(after?.paid ?? "0").toFixed(2)).toBe(total.toFixed(2));
      expect(new Dec(after?.deductibleUsed ?? "0").lessThanOrEqualTo("10000.00")).toBe(true);
    },
  );
});
