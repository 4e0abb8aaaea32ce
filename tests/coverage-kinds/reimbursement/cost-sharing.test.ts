import { describe, expect, test } from "vitest";
import { createAdjudicator, type Ledger } from "../../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../../support/fixtures.js";

// Cost sharing of issue 12 beyond the examples, worked by hand: a coinsurance-only out-of-pocket maximum, an embedded
// family deductible, copays per prescription, and the insured's age as a fact.
const rules = { id: "RS-T", version: "1.0.0", rules: [] };
const base = { ...smallPolicy().coverages[0]!, perClaimLimit: undefined, ratio: "0.8" };
const adjudicatorWith = (terms: Record<string, unknown>, policy: Record<string, unknown> = {}) =>
  createAdjudicator({ policy: { ...smallPolicy(), ...policy, coverages: [{ ...base, ...terms }] }, rules });

describe("an out-of-pocket maximum that counts only coinsurance", () => {
  // Deductible 1,000.00 (not counted), 80%, coinsurance capped at 500.00 a year, then 100%.
  const adjudicator = adjudicatorWith({ annualDeductible: "1000.00", outOfPocketMaximum: { amount: "500.00", counts: ["coinsurance"] } });
  test.each([
    { billed: "3499.99", payable: "1999.99", why: "2,499.99 × 80% = 1,999.992; coinsurance 500.00 (499.998 rounded): at the maximum" },
    { billed: "3500.00", payable: "2000.00", why: "2,500.00 × 80%; coinsurance 500.00, exactly the maximum" },
    { billed: "3500.05", payable: "2000.05", why: "2,500.05 × 80% = 2,000.04; coinsurance 500.01, 0.01 given back" },
    { billed: "4000.00", payable: "2500.00", why: "3,000.00 × 80% = 2,400.00; coinsurance 600.00, 100.00 given back" },
  ])("billed $billed: $payable ($why)", async ({ billed, payable }) => {
    const decision = await adjudicator.adjudicate(smallClaim([{ amount: billed }], { socialInsurance: "not_used" }), { asOf: "2026-06-20" });
    expect(decision.payable).toBe(payable);
    expect(decision.calculation.find((step) => step.step === "out_of_pocket_maximum")?.inputs["counts"]).toBe("coinsurance");
  });
});

describe("an embedded family deductible: 1,000.00 each, 1,500.00 for the family", () => {
  const insureds = [
    { id: "I-1", name: "张伟", relationship: "self" },
    { id: "I-2", name: "李娜", relationship: "spouse" },
  ];
  const adjudicator = createAdjudicator({
    policy: { ...smallPolicy(), insured: insureds[0], insureds, coverages: [{ ...base, ratio: "1", annualDeductible: "1000.00", familyDeductible: "1500.00" }] },
    rules: smallRules({ rules: [] }),
  });
  // Each claim on its own invoice (the same invoice twice would be a duplicate).
  const claimOf = (id: string, insuredId: string, amount: string) => {
    const claim = smallClaim([{ amount }], { id, insuredId, claimant: { name: insuredId === "I-1" ? "张伟" : "李娜", relationship: "self" } });
    return { ...claim, lines: claim.lines.map((line) => ({ ...line, invoiceNumber: `INV-${id}` })) };
  };
  test("his 1,200.00 takes his 1,000.00; her 1,000.00 takes only the family's 500.00 left", async () => {
    // 张伟: 1,200.00 − 1,000.00 = 200.00. 李娜: her own 1,000.00 is untouched, but the family's 1,500.00 has 500.00 left:
    // 1,000.00 − 500.00 = 500.00. A third claim of hers takes nothing: the family's is met.
    const his = await adjudicator.adjudicate(claimOf("C-1", "I-1", "1200.00"), { asOf: "2026-06-20" });
    expect(his.payable).toBe("200.00");
    const hers = await adjudicator.adjudicate(claimOf("C-2", "I-2", "1000.00"), { asOf: "2026-06-21", accumulators: his.accumulatorsAfter });
    expect(hers.payable).toBe("500.00");
    expect(hers.calculation.find((step) => step.step === "deductible")?.inputs).toMatchObject({ annualDeductible: "1000.00", deductibleUsedBefore: "0.00", familyDeductible: "1500.00", familyDeductibleUsedBefore: "1000.00", deductibleRemaining: "500.00" });
    const again = await adjudicator.adjudicate(claimOf("C-3", "I-2", "300.00"), { asOf: "2026-06-22", accumulators: hers.accumulatorsAfter as Ledger });
    expect(again.payable).toBe("300.00");
  });
});

describe("copays per prescription", () => {
  test("10.00 per prescription, not per line: two lines of one prescription pay one copay", async () => {
    // L1 and L2 on prescription RX-1, L3 on RX-2, 50.00 each; the copay skips the deductible and the rest is paid in
    // full: 150.00 − 2 × 10.00 = 130.00.
    const adjudicator = adjudicatorWith({ copays: [{ id: "rx", categories: ["medicine"], amount: "10.00", per: "prescription" }] });
    const claim = smallClaim([{ amount: "50.00" }, { amount: "50.00" }, { amount: "50.00" }]);
    const lines = claim.lines.map((line, i) => ({ ...line, prescriptionId: i < 2 ? "RX-1" : "RX-2" }));
    const decision = await adjudicator.adjudicate({ ...claim, lines }, { asOf: "2026-06-20" });
    expect([decision.payable, decision.lines.map((line) => line.payable)]).toEqual(["130.00", ["40.00", "50.00", "40.00"]]);
    expect(decision.outcome).toBe("approved");
  });
});

describe("the insured's age as a fact", () => {
  const ageRule = { id: "over-65", clauseId: "3.1", priority: 5, conditions: { all: [{ fact: "insuredAge", operator: "greaterThanInclusive", value: 65 }] }, event: { type: "refer" as const, reasonCode: "SENIOR_REVIEW", message: { zh: "被保险人年满 65 周岁，需人工审核。", en: "The insured is 65 or older: a person reviews the claim." } } };
  test.each([
    { birthDate: "1961-06-02", outcome: "approved", why: "64 on 2026-06-01, 65 the day after" },
    { birthDate: "1961-06-01", outcome: "referred", why: "65 on 2026-06-01" },
  ])("born $birthDate: $outcome ($why)", async ({ birthDate, outcome }) => {
    const adjudicator = createAdjudicator({ policy: smallPolicy({ insured: { id: "I-1", name: "张伟", birthDate } }), rules: smallRules({ rules: [ageRule] }) });
    const decision = await adjudicator.adjudicate(smallClaim([{ amount: "100.00" }]), { asOf: "2026-06-20" });
    expect(decision.outcome).toBe(outcome);
  });

  test("a rule on the age needs the insured's birth date on the policy", () => {
    expect(() => createAdjudicator({ policy: smallPolicy(), rules: smallRules({ rules: [ageRule] }) })).toThrow(/policy\.insured\.birthDate: the rules read insuredAge, but insured "I-1" has no birthDate/);
  });
});
