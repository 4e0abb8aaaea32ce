import { describe, expect, test } from "vitest";
import { renderPayeeNotices, type Decision } from "../../src/index.js";
import { loadExampleProduct, testExampleSuite, testWorkedCases } from "../support/example-product.js";

// examples/term-life: Anxin Term Life Insurance, 20 years from 2026-03-01 (clause 1.3), insured 李明.
// - death-benefit (fixed, 2.1): 1,000,000.00 on death from illness or accident, 90 days of waiting for illness (1.4).
// - accidental-death (fixed, 2.2): 500,000.00 more on death within 180 days of an accident.
// Both are paid to the beneficiaries (3.3): first order 王芳 (spouse) 60%, 李小明 (child) 40%; second order 李建国.
// Premium (3.2): 3,860.00 a year due each 1 March, the 2026 one paid (paid to 2027-03-01); 60 days of grace after the
// due date: the 2027 premium's grace runs 2027-03-02 … 2027-04-30, suspended from 2027-05-01.
// Days of cover count from 2026-03-01 (day 0): 2026-04-10 is day 40 (day 41 of the waiting period), 2026-11-20 day 264.
type Payees = readonly (readonly [string, string])[];
interface Expected {
  readonly outcome: Decision["outcome"];
  readonly payable: string;
  readonly reasons: readonly (readonly [string, string])[];
  /** Per coverage: payable, adjustments (kind, amount), payees (beneficiary or estate, amount). */
  readonly benefits: Readonly<Record<string, { readonly payable: string; readonly adjustments: readonly (readonly [string, string])[]; readonly payees: Payees }>>;
}

const expected: Record<string, Expected> = {
  // Illness, day 264, past the waiting period: 1,000,000.00 × 60% = 600,000.00 to 王芳, × 40% = 400,000.00 to 李小明.
  // Not an accident: the accidental death benefit does not answer.
  "01-approved-death-two-beneficiaries": {
    outcome: "approved",
    payable: "1000000.00",
    reasons: [],
    benefits: { "death-benefit": { payable: "1000000.00", adjustments: [], payees: [["BEN-1", "600000.00"], ["BEN-2", "400000.00"]] } },
  },
  // Accident on 2027-04-08, death 2027-04-10 (day 2 of 180): the 2027 premium, due 2027-03-01, is unpaid and the
  // incident falls in its grace period (to 2027-04-30). Art. 36: paid less the premium owed, once for the claim, from
  // the first benefit in the policy's order: death 1,000,000.00 − 3,860.00 = 996,140.00 → 597,684.00 / 398,456.00;
  // accidental death 500,000.00 → 300,000.00 / 200,000.00. In all 1,496,140.00. The deduction is the premium, not a
  // reduction of the benefit: approved.
  "02-approved-accidental-death-in-grace-period": {
    outcome: "approved",
    payable: "1496140.00",
    reasons: [],
    benefits: {
      "death-benefit": { payable: "996140.00", adjustments: [["unpaid_premium", "3860.00"]], payees: [["BEN-1", "597684.00"], ["BEN-2", "398456.00"]] },
      "accidental-death": { payable: "500000.00", adjustments: [], payees: [["BEN-1", "300000.00"], ["BEN-2", "200000.00"]] },
    },
  },
  // Death from illness on 2027-05-15: the 2027 premium was not paid by the end of its grace period (2027-04-30), the
  // contract is suspended from 2027-05-01 (3.2): nothing is paid, and nobody is listed as payee.
  "03-denied-death-while-suspended": {
    outcome: "denied",
    payable: "0.00",
    reasons: [["POLICY_SUSPENDED", "3.2"]],
    benefits: { "death-benefit": { payable: "0.00", adjustments: [["coverage_not_applicable", "1000000.00"]], payees: [] } },
  },
  // Killed by the spouse, as a court found (art. 43): 王芳 loses the right; her 60% goes to the rest of the first
  // order, 李小明 alone: 1,000,000.00 and 500,000.00 to him. 李建国 (second order) takes nothing while the first has
  // someone left.
  "04-approved-spouse-forfeits": {
    outcome: "approved",
    payable: "1500000.00",
    reasons: [],
    benefits: {
      "death-benefit": { payable: "1000000.00", adjustments: [], payees: [["BEN-2", "1000000.00"]] },
      "accidental-death": { payable: "500000.00", adjustments: [], payees: [["BEN-2", "500000.00"]] },
    },
  },
  // Pneumonia death on 2026-04-10, day 41 of the 90-day waiting period for illness (1.4): nothing.
  "05-denied-illness-death-in-waiting-period": {
    outcome: "denied",
    payable: "0.00",
    reasons: [["WAITING_PERIOD", "1.4"]],
    benefits: { "death-benefit": { payable: "0.00", adjustments: [["coverage_not_applicable", "1000000.00"]], payees: [] } },
  },
};

const example = loadExampleProduct("term-life");

describe("examples/term-life, worked by hand", () => {
  testExampleSuite(example, Object.keys(expected), { everyOutcome: false });

  testWorkedCases(example, expected, (decision, want) => {
    expect(decision.reasons.map((reason) => [reason.code, reason.clauseId])).toEqual(want.reasons);
    expect(
      Object.fromEntries(
        decision.benefits.map((benefit) => [
          benefit.coverageId,
          { payable: benefit.payable, adjustments: benefit.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount]), payees: (benefit.payees ?? []).map((payee) => [payee.beneficiaryId ?? payee.kind, payee.amount]) },
        ]),
      ),
    ).toEqual(want.benefits);
  });

  test("the forfeiture is stated with the payees, in both languages", async () => {
    const entry = example.cases.find((candidate) => candidate.key === "04-approved-spouse-forfeits");
    const decision = await example.run(entry as (typeof example.cases)[number]);
    expect(decision.explanation.zh).toContain("领取人：\n- 李小明（子女，100%）：¥1,000,000.00\n- 王芳故意造成被保险人死亡，丧失受益权（《保险法》第四十三条）。");
  });

  test("one notice per beneficiary, addressed to them with their own share", async () => {
    const entry = example.cases.find((candidate) => candidate.key === "02-approved-accidental-death-in-grace-period");
    const decision = await example.run(entry as (typeof example.cases)[number]);
    const notices = renderPayeeNotices(decision, { locale: "zh-CN" });
    expect(notices.map((notice) => [notice.payee, notice.name])).toEqual([["BEN-1", "王芳"], ["BEN-2", "李小明"]]);
    // 王芳: 597,684.00 of the death benefit and 300,000.00 of the accidental death benefit = 897,684.00.
    expect(notices[0]?.notice).toContain("尊敬的王芳：");
    expect(notices[0]?.notice).toContain("您应领取的份额：¥897,684.00（身故保险金 ¥597,684.00；意外身故保险金 ¥300,000.00）。");
    expect(renderPayeeNotices(decision, { locale: "en" })[1]?.notice).toContain("Your share: CNY 598,456.00 (CNY 398,456.00 of the Death benefit; CNY 200,000.00 of the Accidental death benefit).");
  });
});
