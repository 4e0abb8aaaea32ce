import { describe, expect, test } from "vitest";
import { createAdjudicator, type PolicyInput, type RuleSetInput } from "../../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../../support/fixtures.js";

// The fixture's coverage "inpatient": annual deductible 10,000.00, ratio 100% / 60%, per-claim limit 50,000.00.
const base = smallPolicy();
const inpatient = base.coverages[0] as Extract<PolicyInput["coverages"][number], { kind: "reimbursement" }>;
const withCoverage = (changes: Partial<typeof inpatient>, extra: Partial<PolicyInput> = {}) => ({ ...base, ...extra, coverages: [{ ...inpatient, ...changes }] });

describe("other insurers and the deductible", () => {
  test.each([
    // 28,000 − 15,000 social insurance = 13,000; the other insurer's 5,000 comes off and counts towards the
    // deductible: 10,000 − 5,000 credited = 5,000 consumed. 13,000 − 5,000 − 5,000 = 3,000.
    { name: "what other insurers paid counts towards the deductible", credits: undefined, other: "5000.00", payable: "3000.00", deductibleUsed: "10000.00" },
    // Without the credit the deductible takes the whole 8,000 left.
    { name: "unless the policy says it does not", credits: { socialInsurance: false, otherInsurance: false }, other: "5000.00", payable: "0.00", deductibleUsed: "8000.00" },
    // Indemnity: 12,000 already paid by another insurer on 13,000 eligible; it fills the deductible; 1,000 is left.
    { name: "no claim is paid above the loss", credits: undefined, other: "12000.00", payable: "1000.00", deductibleUsed: "10000.00" },
    // Social insurance's 15,000 credited (a product that counts it): the deductible is met, 13,000 payable.
    { name: "social insurance counts only where the policy says so", credits: { socialInsurance: true, otherInsurance: true }, other: "0.00", payable: "13000.00", deductibleUsed: "10000.00" },
  ])("$name", async ({ credits, other, payable, deductibleUsed }) => {
    const policy = withCoverage(credits === undefined ? {} : { deductibleCredits: credits });
    const decision = await createAdjudicator({ policy, rules: smallRules() }).adjudicate(smallClaim([{ amount: "28000.00", socialInsurancePaid: "15000.00", otherInsurancePaid: other }]), { asOf: "2026-06-20" });
    expect([decision.outcome, decision.payable]).toEqual(["approved", payable]);
    expect(decision.counters.after.coverages["inpatient"]?.deductibleUsed).toBe(deductibleUsed);
    const total = decision.lines[0]!;
    expect(total.adjustments.find((adjustment) => adjustment.kind === "other_insurance")?.amount ?? "0.00").toBe(other === "0.00" ? "0.00" : other);
  });

  test("a per-claim deductible comes after the annual one", async () => {
    const policy = withCoverage({ annualDeductible: "1000.00", perClaimDeductible: "200.00" });
    // 5,000 − 1,000 annual − 200 per claim = 3,800.
    const decision = await createAdjudicator({ policy, rules: smallRules() }).adjudicate(smallClaim([{ amount: "5000.00" }]), { asOf: "2026-06-20" });
    expect(decision.payable).toBe("3800.00");
    expect(decision.lines[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])).toEqual([
      ["deductible", "1000.00"],
      ["per_claim_deductible", "200.00"],
    ]);
    expect(decision.counters.after.coverages["inpatient"]?.deductibleUsed).toBe("1000.00");
  });
});

describe("reasonable and customary fees (cap_item)", () => {
  const text = (en: string) => ({ en, zh: en });
  const policy = withCoverage(
    { annualDeductible: "0" },
    {
      clauses: [...base.clauses, { id: "6.1", title: text("Reasonable fees"), text: text("We pay up to the reasonable fee.") }],
      feeSchedules: [{ id: "rc-2026", clauseId: "6.1", name: text("Reasonable fees 2026"), items: [{ code: "MRI", maxAmount: "600.00", per: "unit" }, { code: "CT-HEAD", maxAmount: "450.00", per: "line" }] }],
    },
  );
  const rules: RuleSetInput = {
    ...smallRules(),
    rules: [
      ...smallRules().rules,
      {
        id: "rc-examinations",
        clauseId: "6.1",
        scope: "item",
        conditions: { all: [{ fact: "line", path: "$.category", operator: "equal", value: "examination" }] },
        event: { type: "cap_item", cap: { feeScheduleId: "rc-2026" }, reasonCode: "ABOVE_REASONABLE_FEE", message: text("Above the reasonable fee for this examination.") },
      },
      {
        id: "bed-cap",
        clauseId: "6.1",
        scope: "item",
        conditions: { all: [{ fact: "line", path: "$.category", operator: "equal", value: "bed" }] },
        event: { type: "cap_item", cap: { amount: "180.00", per: "unit" }, reasonCode: "BED_ABOVE_STANDARD", message: text("Above the standard ward rate.") },
      },
    ],
  };
  const adjudicator = createAdjudicator({ policy, rules });

  test("lines are capped at the schedule's fee times the quantity, or per line, before the deductible and the ratio", async () => {
    const decision = await adjudicator.adjudicate(
      smallClaim([
        { amount: "1800.00", category: "examination", itemCode: "MRI", quantity: 2 },
        { amount: "500.00", category: "examination", itemCode: "CT-HEAD" },
        { amount: "300.00", category: "examination" },
        { amount: "1000.00", category: "bed", quantity: 5 },
      ]),
      { asOf: "2026-06-20" },
    );
    // MRI 600.00 × 2 = 1,200.00; CT 450.00 per line; no item code, no cap: 300.00; bed 180.00 × 5 = 900.00.
    expect(decision.lines.map((line) => line.payable)).toEqual(["1200.00", "450.00", "300.00", "900.00"]);
    expect(decision.outcome).toBe("partially_approved");
    expect(decision.reasons.map((reason) => [reason.code, reason.lineId, reason.ruleId, reason.clauseId])).toEqual([
      ["ABOVE_REASONABLE_FEE", "L1", "rc-examinations", "6.1"],
      ["ABOVE_REASONABLE_FEE", "L2", "rc-examinations", "6.1"],
      ["BED_ABOVE_STANDARD", "L4", "bed-cap", "6.1"],
    ]);
    expect(decision.lines[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.group, adjustment.carc, adjustment.amount])).toEqual([["fee_cap", "PR", "45", "600.00"]]);
  });

  test("a cap_item rule naming a fee schedule the policy lacks is rejected with its path", () => {
    const broken = { ...rules, rules: rules.rules.map((rule) => (rule.id === "rc-examinations" ? { ...rule, event: { ...rule.event, cap: { feeScheduleId: "rc-2025" } } } : rule)) };
    expect(() => createAdjudicator({ policy, rules: broken })).toThrow(/rules\.rules\[1\]\.event\.cap\.feeScheduleId: rule "rc-examinations" caps lines with fee schedule "rc-2025"/);
  });
});

test("a reasonable fee caps the whole charge: what social insurance paid counts against it", async () => {
  const text = (en: string) => ({ en, zh: en });
  const policy = withCoverage(
    { annualDeductible: "0" },
    { clauses: [...base.clauses, { id: "6.1", title: text("Reasonable fees"), text: text("Up to the reasonable fee.") }], feeSchedules: [{ id: "rc", clauseId: "6.1", name: text("Fees"), items: [{ code: "MRI", maxAmount: "600.00", per: "unit" }] }] },
  );
  const rules = { ...smallRules(), rules: [{ id: "rc", clauseId: "6.1", scope: "item" as const, conditions: { all: [{ fact: "line", path: "$.itemCode", operator: "equal", value: "MRI" }] }, event: { type: "cap_item" as const, cap: { feeScheduleId: "rc" }, reasonCode: "ABOVE_FEE", message: text("Above the fee.") } }] };
  const decision = await createAdjudicator({ policy, rules }).adjudicate(smallClaim([{ amount: "1800.00", socialInsurancePaid: "500.00", itemCode: "MRI", quantity: 2, category: "examination" }]), { asOf: "2026-06-20" });
  // Reasonable fee 600.00 × 2 = 1,200.00; social insurance paid 500.00 of it: 700.00 is left to pay.
  expect(decision.payable).toBe("700.00");
  expect(decision.lines[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])).toEqual([
    ["social_insurance", "500.00"],
    ["fee_cap", "600.00"],
  ]);
});
