import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createAdjudicator, PolicySchema, renderNotice, ValidationError, type ClaimInput, type Decision, type PolicyInput } from "../../src/index.js";
import { allocateDeathBenefit } from "../../src/life/allocate-death-benefit.js";
import { Dec } from "../../src/money/money.js";
import { benefitClaim, coveragePolicy, noRules } from "../support/fixtures.js";

const text = (en: string, zh = en) => ({ en, zh });
// Term life: 500,000.00 on death, paid to the beneficiaries; accidental disability by the schedule (grade 1 100% …),
// which death deducts (身故保险金扣除已给付的伤残保险金).
const death: PolicyInput["coverages"][number] = {
  id: "death",
  kind: "fixed",
  clauseId: "C-death",
  name: text("Death benefit", "身故保险金"),
  incidentTypes: ["illness", "accident"],
  sumInsured: "500000.00",
  benefits: [{ id: "death", name: text("Death benefit", "身故保险金"), when: { all: [{ fact: "died", operator: "equal", value: true }] }, deductPaidBy: ["disability"], endsCoverage: true, payee: "death_beneficiaries" }],
};
const disability: PolicyInput["coverages"][number] = {
  id: "disability",
  kind: "schedule",
  clauseId: "C-disability",
  name: text("Accidental disability", "意外伤残保险金"),
  sumInsured: "500000.00",
  table: Array.from({ length: 10 }, (_, i) => ({ grade: i + 1, share: (1 - i / 10).toFixed(1) })),
};
type Beneficiaries = NonNullable<NonNullable<PolicyInput["contract"]>["beneficiaries"]>;
// 王芳 (spouse) 60% and 李小明 (child) 40% in the first order; 李建国 (parent) alone in the second.
const two: Beneficiaries = [
  { id: "B-1", name: "王芳", relationship: "spouse", share: "0.6" },
  { id: "B-2", name: "李小明", relationship: "child", share: "0.4" },
  { id: "B-3", name: "李建国", relationship: "parent", order: 2 },
];
const adjudicatorFor = (beneficiaries: Beneficiaries | undefined) =>
  createAdjudicator({ policy: coveragePolicy([disability, death], { product: "accident", contract: beneficiaries === undefined ? {} : { beneficiaries } }), rules: noRules() });
const died = (causedBy: readonly string[] = [], id = "C-D"): ClaimInput =>
  benefitClaim({ id, incident: { date: "2026-05-01", type: "accident", description: "road accident", death: { date: "2026-05-03", ...(causedBy.length > 0 ? { causedByBeneficiaries: [...causedBy] } : {}) } } });
const payees = (decision: Decision) =>
  decision.benefits.flatMap((benefit) => benefit.payees ?? []).map((payee) => [payee.beneficiaryId ?? payee.kind, payee.share, payee.amount]);

describe("death benefits with beneficiaries (PRC Insurance Law arts. 40–43)", () => {
  test("two beneficiaries of the first order: 60% and 40% of 500,000.00 = 300,000.00 and 200,000.00, one line each", async () => {
    const decision = await adjudicatorFor(two).adjudicate(died(), { asOf: "2026-05-10" });
    expect([decision.outcome, decision.payable]).toEqual(["approved", "500000.00"]);
    expect(payees(decision)).toEqual([["B-1", "0.6", "300000.00"], ["B-2", "0.4", "200000.00"]]);
    // Each list of payees under the name of its benefit (a claim may pay two benefits to the beneficiaries).
    expect(decision.explanation.zh).toContain("身故保险金领取人：\n- 王芳（配偶，60%）：¥300,000.00\n- 李小明（子女，40%）：¥200,000.00");
    expect(renderNotice(decision, { audience: "claimant", locale: "en" })).toContain("Death benefit, one amount per share:\n\n- 王芳 (spouse, 60%): CNY 300,000.00\n- 李小明 (child, 40%): CNY 200,000.00");
    expect(renderNotice(decision, { audience: "claimant", locale: "zh-CN" })).toContain("身故保险金按受益份额分别领取：\n\n- 王芳（配偶，60%）：¥300,000.00\n- 李小明（子女，40%）：¥200,000.00");
  });

  test("art. 43: the spouse intentionally caused the death; the child takes the whole first order", async () => {
    const decision = await adjudicatorFor(two).adjudicate(died(["B-1"]), { asOf: "2026-05-10" });
    expect(payees(decision)).toEqual([["B-2", "1", "500000.00"]]);
    expect(decision.benefits[0]?.payeeNotes).toEqual([{ en: "王芳 intentionally caused the insured's death and has lost the right to the benefit (PRC Insurance Law art. 43).", zh: "王芳故意造成被保险人死亡，丧失受益权（《保险法》第四十三条）。" }]);
  });

  test("the whole first order lost the right: the second order takes it", async () => {
    const decision = await adjudicatorFor(two).adjudicate(died(["B-1", "B-2"]), { asOf: "2026-05-10" });
    expect(payees(decision)).toEqual([["B-3", "1", "500000.00"]]);
  });

  test.each([
    { name: "no beneficiary designated", beneficiaries: undefined, causedBy: [] },
    { name: "every beneficiary lost the right", beneficiaries: two, causedBy: ["B-1", "B-2", "B-3"] },
  ])("art. 42, $name: paid as the insured's estate", async ({ beneficiaries, causedBy }) => {
    const decision = await adjudicatorFor(beneficiaries).adjudicate(died(causedBy), { asOf: "2026-05-10" });
    expect(payees(decision)).toEqual([["estate", "1", "500000.00"]]);
    expect(decision.benefits[0]?.payeeNotes?.at(-1)?.zh).toBe("身故保险金无可领取的受益人，作为被保险人李明的遗产，由其继承人领取（《保险法》第四十二条）。");
    expect(decision.explanation.en).toContain("- the estate of 李明, to the heirs: CNY 500,000.00");
  });

  test("death less the disability already paid: the beneficiaries share what is left", async () => {
    const adjudicator = adjudicatorFor(two);
    // Grade 3 (80%) paid 400,000.00 first; the death then pays 500,000.00 − 400,000.00 = 100,000.00: 60,000.00 / 40,000.00.
    const first = await adjudicator.adjudicate(benefitClaim({ id: "C-1", incident: { date: "2026-05-01", type: "accident", description: "road accident", disabilities: [{ code: "A", grade: 3, assessedOn: "2026-06-01" }] } }), { asOf: "2026-06-02" });
    expect(first.payable).toBe("400000.00");
    const second = await adjudicator.adjudicate({ ...died(), id: "C-2", incident: { date: "2026-05-01", type: "accident", description: "road accident", death: { date: "2026-06-20" } } }, { asOf: "2026-06-25", accumulators: first.accumulatorsAfter });
    expect([second.payable, payees(second)]).toEqual(["100000.00", [["B-1", "0.6", "60000.00"], ["B-2", "0.4", "40000.00"]]]);
  });

  test("an unknown beneficiary in causedByBeneficiaries is an error at its path", async () => {
    const error = await adjudicatorFor(two).adjudicate(died(["B-9"]), { asOf: "2026-05-10" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["claim.incident.death.causedByBeneficiaries.0", '"B-9" is not a beneficiary of policy "P-COV" (its beneficiaries: B-1, B-2, B-3)']]);
  });

  test("the beneficiaries are checked at the edge: shares to all or none, adding up to 1, unique ids, known insureds", () => {
    const result = PolicySchema.safeParse(
      coveragePolicy([disability, death], {
        contract: {
          beneficiaries: [
            { id: "B-1", name: "王芳", relationship: "spouse", share: "0.6" },
            { id: "B-2", name: "李小明", relationship: "child", share: "0.3" },
            { id: "B-1", name: "李建国", relationship: "parent", order: 2, share: "0.5" },
            { id: "B-4", name: "张三", relationship: "other", order: 2 },
            { id: "B-5", name: "赵四", relationship: "other", insuredId: "I-9" },
          ],
        },
      }),
    );
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["contract.beneficiaries.2.id", 'duplicate beneficiary "B-1" (first at [0])'],
      ["contract.beneficiaries.4.insuredId", "insured \"I-9\" is not insured by the policy (its insureds: I-1)"],
      ["contract.beneficiaries.1.share", "the shares of order 1 add up to 0.9, not 1"],
      ["contract.beneficiaries.3.share", "beneficiaries of order 2 have shares but this one has none: give every one of them a share, or none (equal shares)"],
    ]);
  });
});

describe("allocateDeathBenefit: the shares add up to the amount exactly", () => {
  const insured = { id: "I-1", name: "李明" };
  test("three equal shares of 100,000.00: 33,333.34 + 33,333.33 + 33,333.33 (the cent left over to the first)", () => {
    const three = [{ id: "A", name: "甲", relationship: "child" as const }, { id: "B", name: "乙", relationship: "child" as const }, { id: "C", name: "丙", relationship: "child" as const }];
    expect(allocateDeathBenefit(three, insured, "I-1", [], new Dec("100000.00"), 2).payees.map((payee) => payee.amount)).toEqual(["33333.34", "33333.33", "33333.33"]);
  });

  test("stated shares scaled to those left: 0.5 / 0.3 / 0.2 with the 0.5 forfeited → 0.6 / 0.4", () => {
    const stated = [
      { id: "A", name: "甲", relationship: "spouse" as const, share: "0.5" },
      { id: "B", name: "乙", relationship: "child" as const, share: "0.3" },
      { id: "C", name: "丙", relationship: "child" as const, share: "0.2" },
    ];
    expect(allocateDeathBenefit(stated, insured, "I-1", ["A"], new Dec("1000.01"), 2).payees.map((payee) => [payee.share, payee.amount])).toEqual([["0.6", "600.01"], ["0.4", "400.00"]]);
  });

  test("another insured's beneficiaries are not this insured's", () => {
    const other = [{ id: "A", name: "甲", relationship: "spouse" as const, insuredId: "I-2" }];
    expect(allocateDeathBenefit(other, insured, "I-1", [], new Dec("10.00"), 2).toEstate).toBe(true);
  });
});

describe("allocateDeathBenefit, for any beneficiaries and amount", () => {
  test("the payees' amounts add up to the amount exactly, none negative, each within a cent of its share", () => {
    const insured = { id: "I-1", name: "李明" };
    fc.assert(
      fc.property(
        fc.array(fc.record({ order: fc.integer({ min: 1, max: 3 }), weight: fc.integer({ min: 1, max: 9 }) }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10_000_000_00n }),
        fc.array(fc.nat(5), { maxLength: 3 }),
        (entries, stated, cents, lost) => {
          // Shares within each order made to add up to 1 (the policy's check), or none stated (equal shares).
          const totals = new Map<number, number>();
          for (const entry of entries) totals.set(entry.order, (totals.get(entry.order) ?? 0) + entry.weight);
          const beneficiaries = entries.map((entry, i) => ({
            id: `B-${i}`,
            name: `受益人${i}`,
            relationship: "child" as const,
            order: entry.order,
            ...(stated ? { share: new Dec(entry.weight).div(totals.get(entry.order) as number).toString() } : {}),
          }));
          const amount = new Dec(cents.toString()).div(100);
          const allocation = allocateDeathBenefit(beneficiaries, insured, "I-1", lost.map((i) => `B-${i}`), amount, 2);
          const paid = allocation.payees.reduce((sum, payee) => sum.plus(payee.amount), new Dec(0));
          expect(paid.toFixed(2)).toBe(amount.toFixed(2));
          for (const payee of allocation.payees) {
            expect(new Dec(payee.amount).greaterThanOrEqualTo(0)).toBe(true);
            // The share is shown to 6 decimals: within a cent, and what the shown share's rounding leaves.
            expect(new Dec(payee.amount).minus(amount.times(payee.share)).abs().lessThanOrEqualTo(amount.times("0.0000005").plus("0.01"))).toBe(true);
          }
          // Only one order is paid, and nobody who lost the right.
          expect(new Set(allocation.payees.map((payee) => payee.order)).size).toBe(1);
          expect(allocation.payees.some((payee) => lost.map((i) => `B-${i}`).includes(payee.beneficiaryId ?? ""))).toBe(false);
        },
      ),
    );
  });
});
