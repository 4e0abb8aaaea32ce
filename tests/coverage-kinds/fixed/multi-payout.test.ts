import { describe, expect, test } from "vitest";
import { createAdjudicator, type ClaimInput, type Decision, type PolicyInput } from "../../../src/index.js";
import { benefitClaim, coveragePolicy, noRules } from "../../support/fixtures.js";

const text = (en: string, zh = en) => ({ en, zh });
// 多次赔付: the major benefit pays 100% of 500,000.00 for each group of conditions once (A cancer, B heart, C brain),
// three times at most, at least 365 days between two diagnoses it pays; a mild benefit (30%) pays each condition once,
// and its diagnoses do not count for the major interval unless `intervalAfter` says so.
const multiPayout = (major: Partial<Extract<PolicyInput["coverages"][number], { kind: "fixed" }>["benefits"][number]> = {}): PolicyInput["coverages"][number] => ({
  id: "ci",
  kind: "fixed",
  clauseId: "C-ci",
  name: text("Multi-payout critical illness"),
  incidentTypes: ["illness"],
  sumInsured: "500000.00",
  benefits: [
    { id: "major", name: text("Major critical illness", "重大疾病保险金"), maxPayouts: 3, oncePerGroup: true, intervalDays: 365, ...major },
    { id: "mild", name: text("Mild critical illness", "轻症疾病保险金"), share: "0.3", maxPayouts: 3, oncePerCondition: true },
  ],
  conditions: [
    { id: "cancer", name: text("Severe malignant tumour", "恶性肿瘤——重度"), codes: ["C"], benefit: "major", group: "A" },
    { id: "severe-mi", name: text("More severe acute myocardial infarction", "较重急性心肌梗死"), codes: ["I21"], benefit: "major", group: "B" },
    { id: "heart-valve", name: text("Heart valve surgery", "心脏瓣膜手术"), codes: ["Z95.2"], benefit: "major", group: "B" },
    { id: "severe-stroke", name: text("Severe stroke sequelae", "严重脑中风后遗症"), codes: ["I63"], benefit: "major", group: "C" },
    { id: "renal-failure", name: text("Severe chronic renal failure", "严重慢性肾衰竭"), codes: ["N18.5"], benefit: "major", group: "D" },
    { id: "cis", name: text("Carcinoma in situ", "原位癌"), codes: ["D0"], benefit: "mild" },
  ],
});
const policy = (coverage: PolicyInput["coverages"][number]) => coveragePolicy([coverage], { product: "critical_illness", period: { effective: "2026-01-01", expiry: "2045-12-31", clauseId: "PERIOD" } });
const adjudicator = createAdjudicator({ policy: policy(multiPayout()), rules: noRules() });
let serial = 0;
const diagnosed = (date: string, code: string): ClaimInput => benefitClaim({ id: `C-${++serial}`, incident: { date, type: "illness", diagnosisCodes: [code], description: "diagnosis" }, reportedOn: date, submittedOn: date });
/** Decides the claims in order, each on the ledger the one before left. */
async function inOrder(claims: readonly ClaimInput[], using = adjudicator): Promise<Decision[]> {
  const decisions: Decision[] = [];
  for (const claim of claims) decisions.push(await using.adjudicate(claim, { asOf: claim.submittedOn, ...(decisions.length > 0 ? { accumulators: decisions.at(-1)?.accumulatorsAfter as never } : {}) }));
  return decisions;
}
const summary = (decision: Decision) => [decision.outcome, decision.payable, decision.reasons.map((reason) => reason.code)];

describe("multi-payout critical illness: groups, an interval, a count", () => {
  test("lung cancer (A) on 2026-03-01, then an infarction (B) 364 days later is too soon, 365 days later pays", async () => {
    const [cancer, tooSoon] = await inOrder([diagnosed("2026-03-01", "C34.1"), diagnosed("2027-02-28", "I21.0")]);
    expect(summary(cancer as Decision)).toEqual(["approved", "500000.00", []]);
    // 2026-03-01 → 2027-02-28 is 364 days.
    expect(summary(tooSoon as Decision)).toEqual(["denied", "0.00", ["INTERVAL_NOT_REACHED"]]);
    expect(tooSoon?.reasons[0]?.message.en).toBe("Major critical illness: this diagnosis came 364 days after the one paid on 1 March 2026; the wording needs at least 365 days between two diagnoses.");
    const [, onTime] = await inOrder([diagnosed("2026-03-01", "C34.1"), diagnosed("2027-03-01", "I21.0")]);
    // 365 days: the second payout, group B.
    expect(summary(onTime as Decision)).toEqual(["approved", "500000.00", []]);
    expect(onTime?.counters.after.coverages["ci"]).toMatchObject({ paid: "1000000.00", payouts: { major: 2 }, ended: false });
    expect(onTime?.counters.after.coverages["ci"]?.diagnosesPaid.map((entry) => [entry.condition, entry.group, entry.diagnosedOn])).toEqual([["cancer", "A", "2026-03-01"], ["severe-mi", "B", "2027-03-01"]]);
  });

  test("a second condition of a paid group is refused, naming the condition paid", async () => {
    const decisions = await inOrder([diagnosed("2026-03-01", "I21.0"), diagnosed("2028-03-01", "Z95.2")]);
    expect(summary(decisions[1] as Decision)).toEqual(["denied", "0.00", ["GROUP_ALREADY_PAID"]]);
    // It names the claim that paid the group (issue 10: refused with a reason naming the claim it was paid on).
    expect(decisions[1]?.reasons[0]?.message.zh).toBe(`重大疾病保险金已在理赔申请 ${decisions[0]?.claimId} 中就第 B 组疾病（较重急性心肌梗死）给付，每组疾病以给付一次为限。`);
  });

  test("after three payouts (A, B, C) a fourth group is refused: the count", async () => {
    const decisions = await inOrder([diagnosed("2026-03-01", "C34.1"), diagnosed("2027-03-01", "I21.0"), diagnosed("2028-03-01", "I63.4"), diagnosed("2029-03-01", "N18.5")]);
    expect(decisions.map(summary)).toEqual([
      ["approved", "500000.00", []],
      ["approved", "500000.00", []],
      ["approved", "500000.00", []],
      ["denied", "0.00", ["PAYOUTS_EXHAUSTED"]],
    ]);
  });

  test("a mild payout does not start the major interval, unless the wording counts it (intervalAfter)", async () => {
    // Carcinoma in situ on 2026-03-01 (mild, 150,000.00), lung cancer 2026-09-01.
    const own = await inOrder([diagnosed("2026-03-01", "D05.1"), diagnosed("2026-09-01", "C34.1")]);
    expect(own.map(summary)).toEqual([["approved", "150000.00", []], ["approved", "500000.00", []]]);
    const counting = createAdjudicator({ policy: policy(multiPayout({ intervalAfter: ["major", "mild"] })), rules: noRules() });
    const after = await inOrder([diagnosed("2026-03-01", "D05.1"), diagnosed("2026-09-01", "C34.1")], counting);
    expect(after.map(summary)).toEqual([["approved", "150000.00", []], ["denied", "0.00", ["INTERVAL_NOT_REACHED"]]]);
  });
});
