import { describe, expect, test } from "vitest";
import { createAdjudicator, type CountersInput, type PolicyInput } from "../../../src/index.js";
import { Dec } from "../../../src/money/money.js";
import { benefitClaim, coveragePolicy, noRules } from "../../support/fixtures.js";

const text = (en: string) => ({ en, zh: en });
// Critical illness: sum insured 300,000.00; 90-day waiting period for illness. Tiers, most severe first:
// major (C, I21, I63) pays 100% less what mild tiers paid, and ends the cover; mild (D05, I20.0) pays 30%, twice at most.
const criticalIllness: PolicyInput["coverages"][number] = {
  id: "ci",
  kind: "fixed",
  clauseId: "C-ci",
  name: text("Critical illness"),
  incidentTypes: ["illness"],
  sumInsured: "300000.00",
  waitingPeriods: { illnessDays: 90, clauseId: "WAIT" },
  benefits: [
    { id: "major", name: text("Major critical illness"), when: { all: [{ fact: "diagnosisCodes", operator: "startsWithAny", value: ["C", "I21", "I63"] }] }, deductPaidBy: ["ci"], endsCoverage: true },
    { id: "mild", name: text("Mild critical illness"), when: { all: [{ fact: "diagnosisCodes", operator: "startsWithAny", value: ["D05", "I20.0"] }] }, share: "0.3", maxPayouts: 2 },
  ],
};
const policy = coveragePolicy([criticalIllness], { product: "critical_illness", clauses: [...coveragePolicy([criticalIllness]).clauses, { id: "WAIT", title: text("Waiting period"), text: text("90 days.") }] });
const adjudicator = createAdjudicator({ policy, rules: noRules() });
const diagnosed = (date: string, code: string) => benefitClaim({ incident: { date, type: "illness", diagnosisCodes: [code], description: "diagnosis" } });
const ledger = (entry: Record<string, unknown>): CountersInput => ({ coverages: { ci: entry } });

describe("fixed benefits (critical illness)", () => {
  test.each([
    // 2026-05-01 is day 120 of cover: past the 90-day waiting period. 300,000.00 × 1.
    { name: "a major illness pays the sum insured and ends the cover", date: "2026-05-01", code: "C50.9", outcome: "approved", payable: "300000.00", after: { paid: "300000.00", payouts: { major: 1 }, ended: true } },
    // 300,000.00 × 0.3.
    { name: "a mild illness pays 30%", date: "2026-05-01", code: "D05.1", outcome: "approved", payable: "90000.00", after: { paid: "90000.00", payouts: { mild: 1 }, ended: false } },
    // One mild paid 90,000.00 before: the major pays 300,000.00 − 90,000.00.
    { name: "a major illness after a mild one deducts it", date: "2026-05-01", code: "I21.0", ledger: { paid: "90000.00", payouts: { mild: 1 } }, outcome: "approved", payable: "210000.00", after: { paid: "300000.00", payouts: { mild: 1, major: 1 }, ended: true } },
    // Mild paid twice already: nothing more.
    { name: "a third mild illness is over the maximum", date: "2026-05-01", code: "I20.0", ledger: { paid: "180000.00", payouts: { mild: 2 } }, outcome: "denied", payable: "0.00", reasons: ["PAYOUTS_EXHAUSTED"] },
    // 2026-03-01 is day 60 of cover.
    { name: "diagnosed in the waiting period", date: "2026-03-01", code: "C50.9", outcome: "denied", payable: "0.00", reasons: ["WAITING_PERIOD"], reasonClause: "WAIT" },
    { name: "the cover ended with a major illness", date: "2026-05-01", code: "C61", ledger: { paid: "300000.00", payouts: { major: 1 }, ended: true }, outcome: "denied", payable: "0.00", reasons: ["COVERAGE_ENDED"] },
    { name: "a diagnosis no tier lists", date: "2026-05-01", code: "K35.8", outcome: "denied", payable: "0.00", reasons: ["NO_COVERED_BENEFIT"] },
  ])("$name", async ({ date, code, ledger: entry, outcome, payable, after, reasons, reasonClause }) => {
    const decision = await adjudicator.adjudicate(diagnosed(date, code), { asOf: "2026-06-30", ...(entry !== undefined ? { accumulators: ledger(entry) } : {}) });
    expect([decision.outcome, decision.payable]).toEqual([outcome, payable]);
    if (after !== undefined) expect(decision.counters.after.coverages["ci"]).toMatchObject(after);
    if (reasons !== undefined) expect(decision.reasons.map((reason) => reason.code)).toEqual(reasons);
    if (reasonClause !== undefined) expect(decision.reasons[0]?.clauseId).toBe(reasonClause);
    if (reasons?.[0] === "PAYOUTS_EXHAUSTED") expect(decision.reasons[0]?.message).toEqual({ en: "Mild critical illness has already been paid twice, the most it pays.", zh: "Mild critical illness已给付 2 次，达到给付次数上限。" });
    for (const benefit of decision.benefits) {
      const adjusted = benefit.adjustments.reduce((sum, adjustment) => sum.plus(adjustment.amount), new Dec(0));
      expect(new Dec(benefit.gross).minus(adjusted).toFixed(2)).toBe(benefit.payable);
    }
  });

  test("the benefit record shows the tier, the gross, the deduction and the condition that held", async () => {
    const decision = await adjudicator.adjudicate(diagnosed("2026-05-01", "I21.0"), { asOf: "2026-06-30", accumulators: ledger({ paid: "90000.00", payouts: { mild: 1 } }) });
    expect(decision.benefits).toEqual([
      {
        coverageId: "ci",
        kind: "fixed",
        benefitId: "major",
        clauseId: "C-ci",
        description: text("Major critical illness"),
        gross: "300000.00",
        adjustments: [
          { kind: "earlier_payments", group: "CO", coverageId: "ci", carc: "119", amount: "90000.00", clauseId: "C-ci", reasonCode: "EARLIER_PAYMENTS", message: { en: "Already paid under the policy.", zh: "本保险合同已给付部分。" } },
        ],
        payable: "210000.00",
        basis: { sumInsured: "300000.00", share: "1", payoutsBefore: "0", maxPayouts: "1", deductPaidBy: "ci", paidByThem: "90000.00" },
        evidence: [{ path: "all[0]", fact: "diagnosisCodes", operator: "startsWithAny", expected: ["C", "I21", "I63"], actual: ["I21.0"], result: true }],
      },
    ]);
    expect(decision.coverages).toEqual([{ coverageId: "ci", kind: "fixed", clauseId: "C-ci", name: text("Critical illness"), status: "paid", payable: "210000.00", reasons: [] }]);
  });

  test("an illness whose first symptoms fell in the waiting period is refused, though diagnosed after it", async () => {
    // Symptoms on 2026-03-01 (day 60 of the 90-day waiting period), diagnosed 2026-05-01 (day 121).
    const claim = benefitClaim({ incident: { date: "2026-05-01", type: "illness", diagnosisCodes: ["C50.9"], description: "breast cancer", firstSymptomsOn: "2026-03-01" } });
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-06-30" });
    expect([decision.outcome, decision.reasons.map((reason) => [reason.code, reason.params])]).toEqual(["denied", [["WAITING_PERIOD", { "event.en": "The first symptoms appeared", "event.zh": "首次症状出现", day: "60", waitingDays: "90" }]]]);
  });

  test("a share of an odd sum insured is rounded once, with the policy's mode", async () => {
    const odd = (rounding: "half_up" | "down") =>
      createAdjudicator({ policy: { ...policy, currency: { code: "CNY", rounding }, coverages: [{ ...criticalIllness, sumInsured: "333333.33" }] }, rules: noRules() });
    // 333,333.33 × 0.3 = 99,999.999 → 100,000.00 half-up, 99,999.99 down.
    expect((await odd("half_up").adjudicate(diagnosed("2026-05-01", "D05.1"), { asOf: "2026-06-30" })).payable).toBe("100000.00");
    expect((await odd("down").adjudicate(diagnosed("2026-05-01", "D05.1"), { asOf: "2026-06-30" })).payable).toBe("99999.99");
  });
});
