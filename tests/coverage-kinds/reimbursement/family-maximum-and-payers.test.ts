import { describe, expect, test } from "vitest";
import { createAdjudicator, type Decision } from "../../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../../support/fixtures.js";

// Issue 12, dedicated tests worked by hand: a family out-of-pocket maximum two members reach together, and the order
// and amounts of the civil-servant subsidy (公务员医疗补助) and an employer's supplementary plan (企业补充医疗).
const base = { ...smallPolicy().coverages[0]!, perClaimLimit: undefined };

describe("a family out-of-pocket maximum: 1,000.00 each, 1,500.00 for the family, coinsurance only", () => {
  // "共付比例 80%；个人年度自付上限 1,000 元，家庭年度自付上限 1,500 元（仅计共付部分），达到上限后 100% 赔付。" No deductible.
  const insureds = [
    { id: "I-1", name: "张伟", relationship: "self" },
    { id: "I-2", name: "李娜", relationship: "spouse" },
  ];
  const adjudicator = createAdjudicator({
    policy: { ...smallPolicy(), insured: insureds[0], insureds, coverages: [{ ...base, ratio: "0.8", annualDeductible: "0.00", outOfPocketMaximum: { amount: "1000.00", familyAmount: "1500.00", counts: ["coinsurance"] } }] },
    rules: smallRules({ rules: [] }),
  });
  const claimOf = (id: string, insuredId: string, amount: string) => {
    const claim = smallClaim([{ amount }], { id, insuredId, socialInsurance: "not_used", claimant: { name: insuredId === "I-1" ? "张伟" : "李娜", relationship: "self" } });
    return { ...claim, lines: claim.lines.map((line) => ({ ...line, invoiceNumber: `INV-${id}` })) };
  };
  // 张伟 first: 4,000.00 × 80% = 3,200.00, coinsurance 800.00 (his 1,000.00 and the family's 1,500.00 not reached).
  const his = () => adjudicator.adjudicate(claimOf("C-1", "I-1", "4000.00"), { asOf: "2026-06-20" });

  test("his claim: 800.00 of coinsurance counts towards both maxima", async () => {
    const decision = await his();
    expect(decision.payable).toBe("3200.00");
    expect(decision.coverages[0]?.terms?.find((term) => term.kind === "out_of_pocket_remaining")?.value).toBe("200.00");
  });

  test.each([
    // Hers: her own 1,000.00 is untouched, the family has 1,500.00 − 800.00 = 700.00 left: the lower one holds.
    // 3,499.95 × 20% = 699.99: below the family's 700.00 left, no relief: 3,499.95 − 699.99 = 2,799.96.
    { billed: "3499.95", payable: "2799.96", relief: "0.00" },
    // 3,500.00 × 20% = 700.00: exactly at it: 2,800.00.
    { billed: "3500.00", payable: "2800.00", relief: "0.00" },
    // 3,500.05 × 80% = 2,800.04, coinsurance 700.01: 0.01 above, given back: 2,800.05.
    { billed: "3500.05", payable: "2800.05", relief: "0.01" },
    // 5,000.00: coinsurance 1,000.00, 300.00 above the family's 700.00 left (though at her own 1,000.00): 4,300.00.
    { billed: "5000.00", payable: "4300.00", relief: "300.00" },
  ])("her claim of $billed: $payable, $relief given back at the family's maximum", async ({ billed, payable, relief }) => {
    const first = await his();
    const hers = await adjudicator.adjudicate(claimOf("C-2", "I-2", billed), { asOf: "2026-06-21", accumulators: first.accumulatorsAfter });
    expect(hers.payable).toBe(payable);
    const step = hers.calculation.find((entry) => entry.step === "out_of_pocket_maximum");
    expect(step?.inputs).toMatchObject({ outOfPocketMaximum: "1000.00", familyOutOfPocketMaximum: "1500.00", familyUsedBefore: "800.00", usedBefore: "0.00", left: "700.00" });
    expect(step?.result).toBe(relief);
  });

  test("once the family's maximum is met, his next claim is paid in full", async () => {
    // After his 800.00 and her 700.00 the family's 1,500.00 is met (his own has 200.00 left, but the family's holds):
    // his 500.00 is paid 500.00.
    const first = await his();
    const hers: Decision = await adjudicator.adjudicate(claimOf("C-2", "I-2", "3500.00"), { asOf: "2026-06-21", accumulators: first.accumulatorsAfter });
    const again = await adjudicator.adjudicate(claimOf("C-3", "I-1", "500.00"), { asOf: "2026-06-22", accumulators: hers.accumulatorsAfter });
    expect(again.payable).toBe("500.00");
  });
});

describe("the civil-servant subsidy and an employer's supplementary plan", () => {
  // One line of 10,000.00, settled through social insurance: the fund paid 5,000.00, the civil-servant subsidy
  // (公务员医疗补助) 1,500.00, the employer's supplementary plan (单位补充医疗) 1,200.00. Annual deductible 1,000.00, 90%.
  // The public schemes come off first (fund, then the subsidy), the employer's plan after them, then the deductible
  // and the ratio.
  const claim = (civilServantSubsidy = "1500.00") => {
    const claim = smallClaim([{ amount: "10000.00", socialInsurancePaid: "5000.00" }]);
    return { ...claim, lines: claim.lines.map((line) => ({ ...line, paidBy: { civilServantSubsidy, employerSupplementary: "1200.00" } })) };
  };
  const adjudicatorWith = (terms: Record<string, unknown>) =>
    createAdjudicator({ policy: { ...smallPolicy(), coverages: [{ ...base, annualDeductible: "1000.00", ratio: "0.9", ...terms }] }, rules: smallRules({ rules: [] }) });
  test.each([
    // Neither counts towards the deductible: 10,000.00 − 5,000.00 − 1,500.00 − 1,200.00 = 2,300.00; − 1,000.00 = 1,300.00;
    // × 90% = 1,170.00 (coinsurance 130.00).
    {
      name: "deducted, neither counting towards the deductible",
      terms: { deductibleCredits: [] },
      payable: "1170.00",
      adjustments: [["social_insurance", "5000.00"], ["civil_servant_subsidy", "1500.00"], ["employer_supplementary", "1200.00"], ["deductible", "1000.00"], ["coinsurance", "130.00"]],
    },
    // Both count: their 2,700.00 meets the 1,000.00 deductible: 2,300.00 × 90% = 2,070.00.
    { name: "both counting towards the deductible", terms: { deductibleCredits: ["civil_servant_subsidy", "employer_supplementary"] }, payable: "2070.00", adjustments: [["social_insurance", "5000.00"], ["civil_servant_subsidy", "1500.00"], ["employer_supplementary", "1200.00"], ["coinsurance", "230.00"]] },
    // Only the subsidy counts, and it paid 600.00: 10,000.00 − 5,000.00 − 600.00 − 1,200.00 = 3,200.00; deductible
    // 1,000.00 − 600.00 = 400.00 left: 2,800.00 × 90% = 2,520.00.
    { name: "only the subsidy counting, below the deductible", terms: { deductibleCredits: ["civil_servant_subsidy"] }, subsidy: "600.00", payable: "2520.00", adjustments: [["social_insurance", "5000.00"], ["civil_servant_subsidy", "600.00"], ["employer_supplementary", "1200.00"], ["deductible", "400.00"], ["coinsurance", "280.00"]] },
    // A wording that does not deduct the employer's plan: 10,000.00 − 5,000.00 − 1,500.00 = 3,500.00; − 1,000.00 =
    // 2,500.00 × 90% = 2,250.00.
    { name: "the employer's plan not deducted", terms: { deductibleCredits: [], deductedPayers: ["basic_medical_insurance", "civil_servant_subsidy"] }, payable: "2250.00", adjustments: [["social_insurance", "5000.00"], ["civil_servant_subsidy", "1500.00"], ["deductible", "1000.00"], ["coinsurance", "250.00"]] },
  ])("$name: $payable", async ({ terms, subsidy, payable, adjustments }) => {
    const decision = await adjudicatorWith(terms).adjudicate(claim(subsidy), { asOf: "2026-06-20" });
    expect(decision.payable).toBe(payable);
    expect(decision.lines[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])).toEqual(adjustments);
  });
});
