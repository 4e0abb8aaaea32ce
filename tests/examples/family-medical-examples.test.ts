import { describe, expect, test } from "vitest";
import { loadHistories } from "../../examples/load-histories.js";
import { createAdjudicator, renderNotice, type Decision, type Ledger } from "../../src/index.js";
import { loadExampleProduct, testExampleSuite, testWorkedCases } from "../support/example-product.js";

// examples/family-medical: a family 百万医疗 plan insuring 张伟 (INS-000562-1, the main insured) and his wife 李娜
// (INS-000562-2), 2026-01-01 … 2026-12-31. Clause 2.2: "本合同所有被保险人在保险期间内共用一个年免赔额，为人民币 10,000 元
// …累计达到 10,000 元后，所有被保险人均不再扣除免赔额。基本医疗保险已支付的部分不计入年免赔额". Clause 2.3: 100% for
// what was settled through basic medical insurance, 60% otherwise, "每次就诊或每张发票按其结算情况分别确定". Clause 2.4:
// 3,000,000.00 a year for each insured person. The deductible is consumed in (service date, line id) order.
//
// 1. CLM-FAM-2026-0318-0004, 张伟, appendicitis (2026-03-10 … 03-15): billed 16,000.00, social insurance 9,600.00:
//    L1 2,400.00 − 1,200.00 = 1,200.00; L2 9,800.00 − 5,880.00 = 3,920.00; L3 2,600.00 − 1,520.00 = 1,080.00 (self-pay
//    180.00 covered); L4 1,200.00 − 1,000.00 = 200.00. Eligible 6,400.00, all of it the family's deductible: 0.00
//    payable, approved; 10,000.00 − 6,400.00 = 3,600.00 of the deductible left for the family.
// 2. CLM-FAM-2026-0526-0011, 李娜, pneumonia (2026-05-14 … 05-21): billed 12,000.00, social insurance 6,500.00:
//    L1 900.00, L2 3,200.00, L3 950.00, L4 450.00 = 5,500.00. The family's 3,600.00 left: L1 (05-14) 900.00, L2 (05-15)
//    2,700.00 → L2 500.00. Payable 500.00 + 950.00 + 450.00 = 1,900.00 at 100%. The family's deductible is met
//    (10,000.00). Had each person their own 10,000.00, her 5,500.00 would all be deductible and she would get 0.00.
// 3. CLM-FAM-2026-0903-0027, 张伟, wrist fracture (2026-08-20 … 08-24) and a pharmacy purchase after discharge not
//    settled through social insurance, on its own invoice: the deductible is met for every insured. L1 7,000.00 −
//    4,200.00 = 2,800.00 and L2 600.00 − 360.00 = 240.00 at 100%; L3 850.00 × 60% = 510.00. Payable 3,550.00; 张伟's
//    own year has paid 3,550.00 of his 3,000,000.00 (his wife's 1,900.00 is hers).
const example = loadExampleProduct("family-medical");

interface Expected {
  readonly outcome: Decision["outcome"];
  readonly payable: string;
  readonly lines: readonly string[];
  readonly reasons: readonly string[];
  readonly deductible?: { readonly taken: string; readonly usedBefore: string };
}

// The case files: claims 1 and 2 of the history on their own (claim 2 with counters saying 6,400.00 of the family's
// deductible was used), and 李娜's bronchitis on 2026-01-20, day 19 of the 30-day waiting period (clause 3.1).
const expected: Record<string, Expected> = {
  "01-first-claim-below-the-family-deductible": { outcome: "approved", payable: "0.00", lines: ["0.00", "0.00", "0.00", "0.00"], reasons: [], deductible: { taken: "6400.00", usedBefore: "0.00" } },
  "02-spouse-after-the-family-deductible-partly-used": { outcome: "approved", payable: "1900.00", lines: ["0.00", "500.00", "950.00", "450.00"], reasons: [], deductible: { taken: "3600.00", usedBefore: "6400.00" } },
  "03-denied-waiting-period": { outcome: "denied", payable: "0.00", lines: ["0.00", "0.00"], reasons: ["WAITING_PERIOD"] },
};

describe("examples/family-medical, worked by hand", () => {
  testExampleSuite(example, Object.keys(expected), { everyOutcome: false });
  testWorkedCases(example, expected, (decision, want) => {
    expect(decision.lines.map((line) => line.payable)).toEqual(want.lines);
    expect(decision.reasons.map((reason) => reason.code)).toEqual(want.reasons);
    if (want.deductible !== undefined) {
      const step = decision.calculation.find((entry) => entry.step === "deductible");
      expect([step?.result, step?.inputs["deductibleUsedBefore"]]).toEqual([want.deductible.taken, want.deductible.usedBefore]);
    }
  });
});

const [history] = loadHistories().filter((entry) => entry.product === "family-medical");
if (history === undefined) throw new Error("examples/family-medical/history is missing");
const adjudicator = createAdjudicator({ policy: history.policy, rules: history.rules });

async function run(steps = history!.steps): Promise<Decision[]> {
  const decisions: Decision[] = [];
  let ledger: Ledger | undefined;
  for (const step of steps) {
    const decision = await adjudicator.adjudicate(step.claim, { asOf: step.asOf, ...(ledger === undefined ? {} : { accumulators: ledger }) });
    decisions.push(decision);
    ledger = decision.accumulatorsAfter;
  }
  return decisions;
}

describe("examples/family-medical/history: two insured persons, one family deductible", () => {
  test.each([
    { step: 1, claimId: "CLM-FAM-2026-0318-0004", insured: "INS-000562-1", payable: "0.00", lines: ["0.00", "0.00", "0.00", "0.00"], deductible: "6400.00", familyUsed: "6400.00", paid: "0.00" },
    { step: 2, claimId: "CLM-FAM-2026-0526-0011", insured: "INS-000562-2", payable: "1900.00", lines: ["0.00", "500.00", "950.00", "450.00"], deductible: "3600.00", familyUsed: "10000.00", paid: "1900.00" },
    { step: 3, claimId: "CLM-FAM-2026-0903-0027", insured: "INS-000562-1", payable: "3550.00", lines: ["2800.00", "240.00", "510.00"], deductible: "0.00", familyUsed: "10000.00", paid: "3550.00" },
  ])("step $step: $claimId ($insured) pays $payable, the deductible takes $deductible", async ({ step, claimId, insured, payable, lines, deductible, familyUsed, paid }) => {
    const decision = (await run())[step - 1] as Decision;
    expect([decision.claimId, decision.outcome, decision.payable]).toEqual([claimId, "approved", payable]);
    expect(decision.lines.map((line) => line.payable)).toEqual(lines);
    expect(decision.calculation.find((entry) => entry.step === "deductible")?.result).toBe(deductible);
    // The deductible is the family's; the limit each person's own (2.4).
    expect(decision.counters.after.coverages["family-medical"]).toMatchObject({ deductibleUsed: familyUsed, paid });
    expect(decision.accumulatorsAfter.claims[claimId]?.insuredId).toBe(insured);
  });

  test("the wife's claim sees what her husband's took of the family's deductible", async () => {
    const [, wife] = await run();
    expect(wife?.calculation.find((entry) => entry.step === "deductible")?.inputs).toMatchObject({ annualDeductible: "10000.00", deductibleUsedBefore: "6400.00", deductibleRemaining: "3600.00" });
    // Without the husband's claim, her own claim would be all deductible.
    const [alone] = await run([history!.steps[1]!]);
    expect([alone?.payable, alone?.calculation.find((entry) => entry.step === "deductible")?.result]).toEqual(["0.00", "5500.00"]);
  });

  test("the first claim's notice says the whole claim went to the deductible and what is left of it", async () => {
    const [first] = await run();
    expect(first?.explanation.en).toContain("Payable CNY 0.00 of CNY 16,000.00 billed.");
    // The deductible is the family's (deductibleLevel "family"), and the explanation says so.
    expect(first?.explanation.en).toContain("family deductible CNY 6,400.00; the family's deductible left this policy year CNY 3,600.00");
    expect(first?.explanation.zh).toContain("家庭共享免赔额 ¥6,400.00；本保单年度家庭剩余免赔额 ¥3,600.00");
  });

  test("the claimant's notice says plainly that nothing is payable because of the deductible, and what counted", async () => {
    const [first] = await run();
    expect(renderNotice(first!, { locale: "en", audience: "claimant" })).toContain(
      "Your claim is approved under the policy's terms, but nothing is payable this time: CNY 6,400.00 of your expenses counted towards the family's deductible, and CNY 3,600.00 of it is left this policy year.",
    );
    expect(renderNotice(first!, { locale: "zh-CN", audience: "claimant" })).toContain("经审核，您的理赔申请符合保险合同约定，但本次无应赔付金额：您本次的 ¥6,400.00 费用已计入家庭共享免赔额，本保单年度家庭剩余免赔额 ¥3,600.00。");
    // A cent past the deductible is a payment, said as one.
    const wife = history!.steps[1]!;
    const cent = await adjudicator.adjudicate(wife.claim, { asOf: wife.asOf, accumulators: { coverages: { "family-medical": { deductibleUsed: "4500.01", paid: "0.00" } } } });
    expect(renderNotice(cent, { locale: "en", audience: "claimant" })).toContain("Your claim is approved. We will pay you CNY 0.01.");
  });

  test("the pharmacy purchase not settled through social insurance is paid at 60%, the stay at 100% (2.3)", async () => {
    const third = (await run())[2] as Decision;
    const ratios = third.calculation.filter((entry) => entry.step === "ratio").map((entry) => [entry.inputs["socialInsurance"], entry.inputs["ratio"], entry.result]);
    expect(ratios).toEqual([["used", "1", "3040.00"], ["not_used", "0.6", "510.00"]]);
  });

  test("boundary: the family's deductible just below, at and just above what the wife's claim needs", async () => {
    // Her 5,500.00 eligible against what is left of the family's 10,000.00: 5,500.01 left → 0.00; 5,500.00 → 0.00;
    // 5,499.99 → 0.01 (L4, her last line by date, keeps it).
    const wife = history!.steps[1]!;
    for (const [used, payable] of [["4499.99", "0.00"], ["4500.00", "0.00"], ["4500.01", "0.01"]] as const) {
      const decision = await adjudicator.adjudicate(wife.claim, { asOf: wife.asOf, accumulators: { coverages: { "family-medical": { deductibleUsed: used, paid: "0.00" } } } });
      expect([used, decision.payable]).toEqual([used, payable]);
    }
  });
});
