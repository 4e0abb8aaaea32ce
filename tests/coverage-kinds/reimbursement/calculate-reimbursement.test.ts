import { describe, expect, test } from "vitest";
import { createAdjudicator, type CountersInput } from "../../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../../support/fixtures.js";

// Policy of the fixture: annual deductible 10,000.00; ratio 100% with social insurance, 60% without;
// per-claim limit 50,000.00; annual limit 100,000.00; categories bed, medicine, surgery, examination.
type Line = Parameters<typeof smallClaim>[0][number];
interface Case {
  name: string;
  lines: Line[];
  socialInsurance?: "used" | "not_used" | "could_not_be_used";
  accumulators?: CountersInput;
  outcome: string;
  payable: string;
  linePayables: string[];
  lineEligibles?: string[];
  reasons?: string[];
  after?: { deductibleUsed: string; paid: string };
}

const cases: Case[] = [
  {
    // 28,000 − 15,000 social insurance = 13,000 eligible; − 10,000 deductible = 3,000 × 100%.
    name: "social insurance offset then the full deductible",
    lines: [{ amount: "28000.00", socialInsurancePaid: "15000.00" }],
    outcome: "approved",
    payable: "3000.00",
    linePayables: ["3000.00"],
    lineEligibles: ["13000.00"],
    after: { deductibleUsed: "10000.00", paid: "3000.00" },
  },
  {
    // 500 of the deductible used on an earlier claim: 9,500 remain; 12,500 − 9,500 = 3,000.
    name: "deductible partly used earlier in the year",
    lines: [{ amount: "12500.00" }],
    accumulators: { coverages: { inpatient: { deductibleUsed: "500.00", paid: "0.00" } } },
    outcome: "approved",
    payable: "3000.00",
    linePayables: ["3000.00"],
    after: { deductibleUsed: "10000.00", paid: "3000.00" },
  },
  {
    // Lines taken by service date: L1 10,000.00 all deductible; L2 3,333.33 × 60% = 1,999.998 → 2,000.00.
    name: "no social insurance: 60% ratio rounded per line",
    lines: [
      { amount: "10000.00", serviceDate: "2026-06-02" },
      { amount: "3333.33", serviceDate: "2026-06-03" },
    ],
    socialInsurance: "not_used",
    outcome: "approved",
    payable: "2000.00",
    linePayables: ["0.00", "2000.00"],
  },
  {
    // Social insurance could not be used (liable third party): the policy pays 100%, not 60%.
    name: "social insurance could not be used keeps the full ratio",
    lines: [{ amount: "13000.00" }],
    socialInsurance: "could_not_be_used",
    outcome: "approved",
    payable: "3000.00",
    linePayables: ["3000.00"],
  },
  {
    // 70,000 − 10,000 = 60,000 × 100%, capped at the 50,000 per-claim limit.
    name: "per-claim limit",
    lines: [{ amount: "70000.00" }],
    outcome: "partially_approved",
    payable: "50000.00",
    linePayables: ["50000.00"],
    reasons: ["PER_CLAIM_LIMIT"],
  },
  {
    // Deductible met, 95,000 already paid: 5,000 of the annual limit remain for 8,000 eligible.
    name: "annual limit reached",
    lines: [{ amount: "8000.00" }],
    accumulators: { coverages: { inpatient: { deductibleUsed: "10000.00", paid: "95000.00" } } },
    outcome: "partially_approved",
    payable: "5000.00",
    linePayables: ["5000.00"],
    reasons: ["ANNUAL_LIMIT"],
    after: { deductibleUsed: "10000.00", paid: "100000.00" },
  },
  {
    // Outpatient is not an eligible category: 12,000 eligible − 10,000 = 2,000.
    name: "a category the coverage does not pay",
    lines: [{ amount: "12000.00" }, { amount: "500.00", category: "outpatient" }],
    outcome: "partially_approved",
    payable: "2000.00",
    linePayables: ["2000.00", "0.00"],
    lineEligibles: ["12000.00", "0.00"],
    reasons: ["CATEGORY_NOT_COVERED"],
  },
  {
    // 15,000 − 1,000 social insurance − 2,000 self-pay = 12,000 eligible; − 10,000 = 2,000.
    name: "self-pay portion is not covered",
    lines: [{ amount: "15000.00", socialInsurancePaid: "1000.00", selfPay: "2000.00" }],
    outcome: "approved",
    payable: "2000.00",
    linePayables: ["2000.00"],
    lineEligibles: ["12000.00"],
  },
  {
    // Deductible consumed in service-date order, not claim order: the 06-02 line (5,000) goes first,
    // then 5,000 of the 06-05 line; 3,000 of it is paid.
    name: "deductible follows service dates, not the order of lines",
    lines: [
      { amount: "8000.00", serviceDate: "2026-06-05" },
      { amount: "5000.00", serviceDate: "2026-06-02" },
    ],
    outcome: "approved",
    payable: "3000.00",
    linePayables: ["3000.00", "0.00"],
  },
  {
    // 5,000 is all within the deductible: nothing payable, nothing reduced.
    name: "below the deductible",
    lines: [{ amount: "5000.00" }],
    outcome: "approved",
    payable: "0.00",
    linePayables: ["0.00"],
    after: { deductibleUsed: "5000.00", paid: "0.00" },
  },
  {
    name: "nothing covered is a denial with the reasons",
    lines: [{ amount: "900.00", category: "outpatient" }],
    outcome: "denied",
    payable: "0.00",
    linePayables: ["0.00"],
    reasons: ["CATEGORY_NOT_COVERED"],
  },
];

describe("reimbursement calculation, to the cent", () => {
  const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });

  test.each(cases)("$name: $outcome, $payable", async (c) => {
    const claim = smallClaim(c.lines, { socialInsurance: c.socialInsurance ?? "used" });
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-06-20", ...(c.accumulators ? { accumulators: c.accumulators } : {}) });
    expect(decision.outcome).toBe(c.outcome);
    expect(decision.payable).toBe(c.payable);
    expect(decision.lines.map((line) => line.payable)).toEqual(c.linePayables);
    if (c.lineEligibles) expect(decision.lines.map((line) => line.eligible)).toEqual(c.lineEligibles);
    if (c.reasons) expect(decision.reasons.map((reason) => reason.code)).toEqual(c.reasons);
    else expect(decision.reasons).toEqual([]);
    if (c.after) expect(decision.counters.after.coverages["inpatient"]).toMatchObject(c.after);
  });

  test.each([
    // 1,000.05 × 90% = 900.045: half-up gives 900.05, half-even 900.04, down 900.04.
    { rounding: "half_up", payable: "900.05" },
    { rounding: "half_even", payable: "900.04" },
    { rounding: "down", payable: "900.04" },
  ] as const)("the policy's rounding mode applies once, at the ratio: $rounding → $payable", async ({ rounding, payable }) => {
    const base = smallPolicy();
    const policy = {
      ...base,
      currency: { code: "CNY", minorUnits: 2, rounding },
      coverages: [{ ...base.coverages[0]!, annualDeductible: "0.00", ratio: { used: "0.9", not_used: "0.6", could_not_be_used: "0.9" } }],
    };
    const decision = await createAdjudicator({ policy, rules: smallRules() }).adjudicate(smallClaim([{ amount: "1000.05" }]), { asOf: "2026-06-20" });
    expect(decision.payable).toBe(payable);
    const coinsurance = decision.lines[0]?.adjustments.find((adjustment) => adjustment.kind === "coinsurance");
    expect(coinsurance?.amount).toBe(payable === "900.05" ? "100.00" : "100.01");
  });

  test("the trace names each step, its inputs, its result and its clause", async () => {
    const decision = await adjudicator.adjudicate(smallClaim([{ amount: "28000.00", socialInsurancePaid: "15000.00" }]), { asOf: "2026-06-20" });
    expect(decision.calculation.map((step) => [step.step, step.result, step.clauseId])).toEqual([
      ["line_eligible", "13000.00", "2.1"],
      ["eligible_total", "13000.00", "2.1"],
      ["deductible", "10000.00", "2.1"],
      ["ratio", "3000.00", "2.1"],
      ["per_claim_limit", "3000.00", "2.1"],
      ["annual_limit", "3000.00", "2.1"],
      ["payable", "3000.00", "2.1"],
      ["claim_payable", "3000.00", "2.1"],
    ]);
    expect(decision.calculation.find((step) => step.step === "deductible")?.inputs).toEqual({
      annualDeductible: "10000.00",
      deductibleUsedBefore: "0.00",
      deductibleRemaining: "10000.00",
      creditedByOtherPayments: "0.00",
      base: "13000.00",
    });
    expect(decision.lines[0]?.adjustments).toEqual([
      { kind: "social_insurance", group: "OA", coverageId: "inpatient", carc: "23", amount: "15000.00", clauseId: "2.1", reasonCode: "SOCIAL_INSURANCE_PAID", message: { en: "Already paid by social insurance.", zh: "基本医疗保险已支付部分。" } },
      { kind: "deductible", group: "PR", coverageId: "inpatient", carc: "1", amount: "10000.00", clauseId: "2.1", reasonCode: "DEDUCTIBLE", message: { en: "Deductible.", zh: "免赔额。" } },
    ]);
  });
});
