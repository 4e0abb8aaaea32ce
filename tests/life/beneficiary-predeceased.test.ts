import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createAdjudicator, renderPayeeNotices, ValidationError, type ClaimInput, type Decision, type PolicyInput } from "../../src/index.js";
import { allocateDeathBenefit } from "../../src/life/allocate-death-benefit.js";
import { Dec } from "../../src/money/money.js";
import { benefitClaim, coveragePolicy, noRules } from "../support/fixtures.js";

// A beneficiary who dies before the insured (PRC Insurance Law art. 42; 解释（三） art. 12).
// Death benefit 500,000.00 to the beneficiaries: first order 王芳 (spouse) 60% and 李小明 (child) 40%; second order
// 李建国 (parent). The insured 李明 dies on 2026-05-03 of a road accident on 2026-05-01.
const text = (en: string, zh = en) => ({ en, zh });
const death: PolicyInput["coverages"][number] = {
  id: "death",
  kind: "fixed",
  clauseId: "C-death",
  name: text("Death benefit", "身故保险金"),
  incidentTypes: ["illness", "accident"],
  sumInsured: "500000.00",
  benefits: [{ id: "death", name: text("Death benefit", "身故保险金"), when: { all: [{ fact: "died", operator: "equal", value: true }] }, endsCoverage: true, payee: "death_beneficiaries" }],
};
type Contract = NonNullable<PolicyInput["contract"]>;
const beneficiaries: NonNullable<Contract["beneficiaries"]> = [
  { id: "B-1", name: "王芳", relationship: "spouse", share: "0.6" },
  { id: "B-2", name: "李小明", relationship: "child", share: "0.4" },
  { id: "B-3", name: "李建国", relationship: "parent", order: 2 },
];
const adjudicatorFor = (predeceasedBeneficiaryShare?: Contract["predeceasedBeneficiaryShare"]) =>
  createAdjudicator({
    policy: coveragePolicy([death], { contract: { beneficiaries, ...(predeceasedBeneficiaryShare !== undefined ? { predeceasedBeneficiaryShare } : {}) } }),
    rules: noRules(),
  });
type Deaths = NonNullable<NonNullable<ClaimInput["incident"]["death"]>["beneficiaryDeaths"]>;
const died = (beneficiaryDeaths: Deaths): ClaimInput =>
  benefitClaim({ id: "C-D", submittedOn: "2026-05-20", reportedOn: "2026-05-04", incident: { date: "2026-05-01", type: "accident", description: "road accident", death: { date: "2026-05-03", beneficiaryDeaths } } });
const payees = (decision: Decision) => decision.benefits.flatMap((benefit) => benefit.payees ?? []).map((payee) => [payee.beneficiaryId ?? payee.kind, payee.share, payee.amount]);
const notes = (decision: Decision, locale: "en" | "zh") => (decision.benefits[0]?.payeeNotes ?? []).map((note) => note[locale]);
const asOf = "2026-05-25";

describe("a beneficiary who died before the insured (art. 42)", () => {
  test("the spouse died on 2026-04-10; by default (解释（三） art. 12) the child, alone left of the first order, takes 500,000.00", async () => {
    const decision = await adjudicatorFor().adjudicate(died([{ beneficiaryId: "B-1", diedOn: "2026-04-10" }]), { asOf });
    expect([decision.outcome, decision.payable]).toEqual(["approved", "500000.00"]);
    expect(payees(decision)).toEqual([["B-2", "1", "500000.00"]]);
    expect(notes(decision, "en")).toEqual([
      "王芳 died on 10 April 2026, before the insured (on 3 May 2026), and has no right to the benefit (PRC Insurance Law art. 42).",
      "The share of 王芳 goes to the other beneficiaries of the same order, by their shares (or equally when none are stated).",
    ]);
    expect(notes(decision, "zh")).toEqual([
      "王芳于 2026年4月10日 身故，先于被保险人（2026年5月3日 身故），不享有受益权（《保险法》第四十二条）。",
      "王芳的受益份额由同一顺位的其他受益人按其受益份额享有（未约定份额的平均享有）。",
    ]);
    expect(decision.explanation.zh).toContain("- 李小明（子女，100%）：¥500,000.00");
  });

  test("the wording sends the share to the estate: 60% of 500,000.00 = 300,000.00 to the insured's heirs, the child keeps 200,000.00", async () => {
    const decision = await adjudicatorFor("estate").adjudicate(died([{ beneficiaryId: "B-1", diedOn: "2026-04-10" }]), { asOf });
    expect(payees(decision)).toEqual([["B-2", "0.4", "200000.00"], ["estate", "0.6", "300000.00"]]);
    expect(notes(decision, "en")[1]).toBe("As the policy provides, the share of 王芳 is paid as the estate of the insured 李明, to the heirs.");
    expect(notes(decision, "zh")[1]).toBe("按合同约定，王芳的受益份额作为被保险人李明的遗产，由其继承人领取。");
    expect(decision.explanation.en).toContain("- 李小明 (child, 40%): CNY 200,000.00\n- the estate of 李明, to the heirs (60%): CNY 300,000.00");
    expect(decision.explanation.zh).toContain("- 李明的遗产（由继承人领取，60%）：¥300,000.00");
    const notices = renderPayeeNotices(decision, { locale: "en" });
    expect(notices.map((entry) => entry.payee)).toEqual(["B-2", "estate"]);
    expect(notices[1]?.notice).toContain("Dear heirs of 李明,");
  });

  test.each([
    { share: undefined, name: "by default" },
    { share: "estate" as const, name: "with the estate wording" },
  ])("both of the first order died first, $name: the second order (the father) takes 500,000.00", async ({ share }) => {
    const decision = await adjudicatorFor(share).adjudicate(died([{ beneficiaryId: "B-1", diedOn: "2026-04-10" }, { beneficiaryId: "B-2", diedOn: "2026-04-10" }]), { asOf });
    expect(payees(decision)).toEqual([["B-3", "1", "500000.00"]]);
    expect(notes(decision, "en")).toHaveLength(2);
  });

  test("every beneficiary died first: the insured's estate (art. 42 (1))", async () => {
    const all: Deaths = ["B-1", "B-2", "B-3"].map((beneficiaryId) => ({ beneficiaryId, diedOn: "2026-03-01" }));
    const decision = await adjudicatorFor().adjudicate(died(all), { asOf });
    expect(payees(decision)).toEqual([["estate", "1", "500000.00"]]);
    expect(notes(decision, "zh").at(-1)).toBe("身故保险金无可领取的受益人，作为被保险人李明的遗产，由其继承人领取（《保险法》第四十二条）。");
  });

  // The spouse's death at, just before and just after the insured's day of death (2026-05-03).
  test.each([
    { diedOn: "2026-05-02", orderOfDeaths: undefined, first: true, note: "王芳 died on 2 May 2026, before the insured (on 3 May 2026), and has no right to the benefit (PRC Insurance Law art. 42)." },
    {
      diedOn: "2026-05-03",
      orderOfDeaths: "unknown" as const,
      first: true,
      note: "王芳 and the insured died on 3 May 2026 in the same event and which of them died first cannot be determined: 王芳 is deemed to have died first and has no right to the benefit (PRC Insurance Law art. 42).",
    },
    { diedOn: "2026-05-03", orderOfDeaths: "beneficiary_first" as const, first: true, note: "王芳 died on 3 May 2026, before the insured (on 3 May 2026), and has no right to the benefit (PRC Insurance Law art. 42)." },
    {
      diedOn: "2026-05-03",
      orderOfDeaths: "insured_first" as const,
      first: false,
      note: "王芳 died on 3 May 2026, after the insured (on 3 May 2026): the right to the share had vested, and it is paid to the heirs of 王芳.",
    },
    { diedOn: "2026-05-04", orderOfDeaths: undefined, first: false, note: "王芳 died on 4 May 2026, after the insured (on 3 May 2026): the right to the share had vested, and it is paid to the heirs of 王芳." },
  ])("the spouse died on $diedOn ($orderOfDeaths): died first $first", async ({ diedOn, orderOfDeaths, first, note }) => {
    const decision = await adjudicatorFor().adjudicate(died([{ beneficiaryId: "B-1", diedOn, ...(orderOfDeaths !== undefined ? { orderOfDeaths } : {}) }]), { asOf });
    expect(notes(decision, "en")[0]).toBe(note);
    if (first) {
      expect(payees(decision)).toEqual([["B-2", "1", "500000.00"]]);
      return;
    }
    // The spouse had the right when the insured died: 300,000.00 is hers, paid to her heirs; the child's 200,000.00.
    expect(payees(decision)).toEqual([["B-1", "0.6", "300000.00"], ["B-2", "0.4", "200000.00"]]);
    expect(decision.benefits[0]?.payees?.[0]?.diedOn).toBe(diedOn);
    expect(decision.explanation.en).toContain(`- 王芳 (spouse, 60%; died on ${Number(diedOn.slice(8))} May 2026, after the insured), to the heirs of 王芳: CNY 300,000.00`);
    expect(decision.explanation.zh).toContain(`- 王芳（配偶，60%；于 2026年5月${Number(diedOn.slice(8))}日 身故，后于被保险人），由王芳的继承人领取：¥300,000.00`);
    expect(renderPayeeNotices(decision, { locale: "zh-CN" })[0]?.notice).toContain("尊敬的王芳的继承人：");
  });

  test("the claim's beneficiary deaths are checked at the edge, every problem at its path", async () => {
    const error = await adjudicatorFor()
      .adjudicate(
        died([
          { beneficiaryId: "B-1", diedOn: "2026-05-03" },
          { beneficiaryId: "B-9", diedOn: "2026-04-01" },
          { beneficiaryId: "B-2", diedOn: "2026-04-01", orderOfDeaths: "unknown" },
          { beneficiaryId: "B-1", diedOn: "2026-04-01" },
        ]),
        { asOf },
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["claim.incident.death.beneficiaryDeaths.0.orderOfDeaths", 'died on 2026-05-03, the insured\'s day of death: say who died first ("beneficiary_first", "insured_first", or "unknown" when it cannot be determined)'],
      ["claim.incident.death.beneficiaryDeaths.2.orderOfDeaths", 'died on 2026-04-01, not the insured\'s day of death (2026-05-03): the dates already say who died first; remove "orderOfDeaths"'],
      ["claim.incident.death.beneficiaryDeaths.3.beneficiaryId", 'beneficiary "B-1" is listed twice (first at [0])'],
    ]);
    const unknown = await adjudicatorFor().adjudicate(died([{ beneficiaryId: "B-9", diedOn: "2026-04-01" }]), { asOf }).catch((caught: unknown) => caught);
    expect((unknown as ValidationError).issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["claim.incident.death.beneficiaryDeaths.0.beneficiaryId", '"B-9" is not a beneficiary of policy "P-COV" (its beneficiaries: B-1, B-2, B-3)'],
    ]);
  });
});

describe("allocateDeathBenefit with beneficiaries who died", () => {
  const insured = { id: "I-1", name: "李明" };
  const three = [
    { id: "A", name: "甲", relationship: "child" as const },
    { id: "B", name: "乙", relationship: "child" as const },
    { id: "C", name: "丙", relationship: "child" as const },
  ];
  test("three equal shares of 100,000.00, one died first, the estate wording: 33,333.34 / 33,333.33 and 33,333.33 to the estate", () => {
    const allocation = allocateDeathBenefit(three, insured, "I-1", [], new Dec("100000.00"), 2, { insuredDiedOn: "2026-05-03", deaths: [{ beneficiaryId: "B", diedOn: "2026-01-01" }], predeceasedShare: "estate" });
    expect(allocation.payees.map((payee) => [payee.beneficiaryId ?? payee.kind, payee.amount])).toEqual([["A", "33333.34"], ["C", "33333.33"], ["estate", "33333.33"]]);
    expect(allocation.predeceased).toEqual([{ beneficiaryId: "B", name: "乙", diedOn: "2026-01-01", deemed: false, shareTo: "estate" }]);
  });

  test("one forfeited (art. 43) and one died first with the estate wording: the forfeited share goes to the others, the dead one's to the estate", () => {
    // Weights 1 : 1 (the estate) once the forfeited one is left out: 50,000.00 each.
    const allocation = allocateDeathBenefit(three, insured, "I-1", ["A"], new Dec("100000.00"), 2, { insuredDiedOn: "2026-05-03", deaths: [{ beneficiaryId: "B", diedOn: "2026-01-01" }], predeceasedShare: "estate" });
    expect(allocation.payees.map((payee) => [payee.beneficiaryId ?? payee.kind, payee.share, payee.amount])).toEqual([["C", "0.5", "50000.00"], ["estate", "0.5", "50000.00"]]);
  });
});

describe("allocateDeathBenefit with deaths, for any beneficiaries, deaths and wording", () => {
  test("the amounts add up exactly; nobody who died first is paid; the estate appears only when the wording or art. 42 sends it there", () => {
    const insured = { id: "I-1", name: "李明" };
    const days = ["2026-05-02", "2026-05-03", "2026-05-04"] as const;
    fc.assert(
      fc.property(
        fc.array(fc.record({ order: fc.integer({ min: 1, max: 3 }), weight: fc.integer({ min: 1, max: 9 }) }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10_000_000_00n }),
        fc.array(fc.record({ who: fc.nat(5), day: fc.constantFrom(...days), order: fc.constantFrom("beneficiary_first" as const, "insured_first" as const, "unknown" as const) }), { maxLength: 4 }),
        fc.constantFrom("other_beneficiaries" as const, "estate" as const),
        (entries, stated, cents, died, predeceasedShare) => {
          const totals = new Map<number, number>();
          for (const entry of entries) totals.set(entry.order, (totals.get(entry.order) ?? 0) + entry.weight);
          const beneficiaries = entries.map((entry, i) => ({
            id: `B-${i}`,
            name: `受益人${i}`,
            relationship: "child" as const,
            order: entry.order,
            ...(stated ? { share: new Dec(entry.weight).div(totals.get(entry.order) as number).toString() } : {}),
          }));
          // One death per beneficiary (the claim's schema refuses two); orderOfDeaths only on the insured's day.
          const deaths = [...new Map(died.map((entry) => [entry.who, entry])).values()].map((entry) => ({
            beneficiaryId: `B-${entry.who}`,
            diedOn: entry.day,
            ...(entry.day === "2026-05-03" ? { orderOfDeaths: entry.order } : {}),
          }));
          const diedFirst = new Set(deaths.filter((death) => death.diedOn < "2026-05-03" || (death.diedOn === "2026-05-03" && death.orderOfDeaths !== "insured_first")).map((death) => death.beneficiaryId));
          const amount = new Dec(cents.toString()).div(100);
          const allocation = allocateDeathBenefit(beneficiaries, insured, "I-1", [], amount, 2, { insuredDiedOn: "2026-05-03", deaths, predeceasedShare });
          expect(allocation.payees.reduce((sum, payee) => sum.plus(payee.amount), new Dec(0)).toFixed(2)).toBe(amount.toFixed(2));
          expect(allocation.payees.some((payee) => diedFirst.has(payee.beneficiaryId ?? ""))).toBe(false);
          const everyoneFirst = beneficiaries.every((beneficiary) => diedFirst.has(beneficiary.id));
          const estate = allocation.payees.some((payee) => payee.kind === "estate");
          if (everyoneFirst) expect(allocation.toEstate).toBe(true);
          if (predeceasedShare === "other_beneficiaries") expect(estate).toBe(everyoneFirst);
          // A beneficiary who died after the insured is paid, with the day, to their heirs.
          for (const payee of allocation.payees.filter((entry) => entry.diedOn !== undefined)) expect(diedFirst.has(payee.beneficiaryId ?? "")).toBe(false);
        },
      ),
    );
  });
});
