import { describe, expect, test } from "vitest";
import { createAdjudicator, type ClaimInput, type PolicyInput } from "../../src/index.js";
import { ClaimSchema, PolicySchema, renderNotice } from "../../src/index.js";
import { deriveClaimFacts, LIBRARY_FACTS } from "../../src/facts/fact-registry.js";
import { compilePolicy } from "../../src/policy/compile-policy.js";
import { firstClaimContext } from "../support/fact-context.js";
import { benefitClaim, coveragePolicy, noRules } from "../support/fixtures.js";

const text = (en: string, zh = en) => ({ en, zh });
// A whole-life critical illness contract effective 2026-01-10; 300,000.00 on a major illness; 90 days of waiting for
// illness. Annual premium 6,800.00, the 2027-01-10 instalment unpaid; 60 days of grace to 2027-03-11 (art. 36).
const criticalIllness: PolicyInput["coverages"][number] = {
  id: "ci",
  kind: "fixed",
  clauseId: "C-ci",
  name: text("Critical illness", "重大疾病保险金"),
  incidentTypes: ["illness"],
  sumInsured: "300000.00",
  waitingPeriods: { illnessDays: 90, clauseId: "WAIT" },
  benefits: [{ id: "major", name: text("Major critical illness", "重大疾病保险金"), when: { all: [{ fact: "diagnosisCodes", operator: "startsWithAny", value: ["C"] }] }, endsCoverage: true }],
};
const base = coveragePolicy([criticalIllness], { product: "critical_illness", period: { effective: "2026-01-10", expiry: "2099-01-09", clauseId: "PERIOD" } });
const policy = (contract: PolicyInput["contract"]): PolicyInput => ({
  ...base,
  clauses: [...base.clauses, ...["WAIT", "PREM", "REIN"].map((id) => ({ id, title: text(`Clause ${id}`), text: text(`Wording of clause ${id}.`) }))],
  contract,
});
const premium = { amount: "6800.00", frequency: "annual" as const, paidToDate: "2027-01-10", clauseId: "PREM" };
const cancer = (date: string, extra: Partial<ClaimInput["incident"]> = {}): ClaimInput =>
  benefitClaim({ incident: { date, type: "illness", diagnosisCodes: ["C50.9"], description: "breast cancer", ...extra } });
const decide = (contract: PolicyInput["contract"], claim: ClaimInput) => createAdjudicator({ policy: policy(contract), rules: noRules() }).adjudicate(claim, { asOf: claim.submittedOn });

describe("a claim in the grace period is paid less the premium due (art. 36)", () => {
  // Diagnosed on 2027-03-11, the last day of grace: 300,000.00 − 6,800.00 = 293,200.00. On 2027-03-12 the contract
  // is suspended: nothing. On 2027-01-09 nothing is due yet: 300,000.00.
  test.each([
    { date: "2027-01-09", outcome: "approved", payable: "300000.00", codes: [] },
    { date: "2027-01-10", outcome: "approved", payable: "293200.00", codes: [] },
    { date: "2027-03-11", outcome: "approved", payable: "293200.00", codes: [] },
    { date: "2027-03-12", outcome: "denied", payable: "0.00", codes: ["POLICY_SUSPENDED"] },
  ])("diagnosed $date: $payable", async ({ date, outcome, payable, codes }) => {
    const decision = await decide({ premium }, cancer(date));
    expect([decision.outcome, decision.payable, decision.reasons.map((reason) => reason.code)]).toEqual([outcome, payable, codes]);
  });

  test("the deduction names the premium, its due date and clause, in both languages; the ledger counts the benefit paid in full", async () => {
    const decision = await decide({ premium }, cancer("2027-02-01"));
    const [adjustment] = decision.benefits[0]?.adjustments ?? [];
    expect(adjustment).toMatchObject({ kind: "unpaid_premium", amount: "6800.00", clauseId: "PREM", reasonCode: "PREMIUM_DUE_DEDUCTED" });
    expect(adjustment?.message).toEqual({
      en: "The premium of CNY 6,800.00 due on 10 January 2027, unpaid in the grace period, is deducted (PRC Insurance Law art. 36).",
      zh: "宽限期内发生保险事故，扣减 2027年1月10日 应交未交的保险费 ¥6,800.00（《保险法》第三十六条）。",
    });
    expect(decision.counters.after.coverages["ci"]?.paid).toBe("300000.00");
  });

  test("a premium larger than the benefit leaves nothing, never less than nothing", async () => {
    const decision = await decide({ premium: { ...premium, amount: "400000.00" } }, cancer("2027-02-01"));
    expect([decision.payable, decision.benefits[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])]).toEqual(["0.00", [["unpaid_premium", "300000.00"]]]);
  });

  test("suspended: the refusal says since when and why", async () => {
    const decision = await decide({ premium }, cancer("2027-04-01"));
    expect(decision.reasons[0]?.message).toEqual({
      en: "The policy has been suspended since 12 March 2027: the premium due on 10 January 2027 was not paid within the grace period, so the incident on 1 April 2027 is not covered (PRC Insurance Law art. 36).",
      zh: "本合同自 2027年3月12日 起效力中止：2027年1月10日 应交的保险费在宽限期内未交付，2027年4月1日 发生的保险事故不承担保险责任（《保险法》第三十六条）。",
    });
    expect(decision.reasons[0]?.clauseId).toBe("PREM");
  });
});

describe("reinstatement (art. 37): no cover while suspended, the waiting period again from the reinstatement", () => {
  // Suspended 2027-03-12, reinstated 2027-09-01 (arrears paid). 90 days of waiting from 2027-09-01: days 1–90 are
  // 2027-09-01 … 2027-11-29; day 91 is 2027-11-30.
  const contract = { premium, reinstatements: [{ suspendedFrom: "2027-03-12", reinstatedOn: "2027-09-01", clauseId: "REIN" }] };
  test.each([
    { date: "2027-08-31", payable: "0.00", codes: ["INCIDENT_WHILE_SUSPENDED"] },
    { date: "2027-11-29", payable: "0.00", codes: ["WAITING_PERIOD_AFTER_REINSTATEMENT"] },
    { date: "2027-11-30", payable: "300000.00", codes: [] },
  ])("diagnosed $date: $payable", async ({ date, payable, codes }) => {
    const decision = await decide(contract, cancer(date));
    expect([decision.payable, decision.reasons.map((reason) => reason.code)]).toEqual([payable, codes]);
  });

  test("the waiting period's refusal names the reinstatement; symptoms in it count as the illness's start", async () => {
    const decision = await decide(contract, cancer("2028-01-15", { firstSymptomsOn: "2027-10-01" }));
    expect(decision.reasons.map((reason) => [reason.code, reason.params])).toEqual([["WAITING_PERIOD_AFTER_REINSTATEMENT", { day: "31", reinstatedOn: "2027-09-01", waitingDays: "90" }]]);
    expect(decision.reasons[0]?.message.zh).toBe("出险发生在本合同 2027年9月1日 复效后第 31 日，处于自复效日起重新计算的 90 日等待期内。");
  });
});

describe("facts of the contract", () => {
  const factsOn = (contract: PolicyInput["contract"], claim: ClaimInput, coverages: Record<string, unknown> = {}) =>
    deriveClaimFacts(LIBRARY_FACTS, firstClaimContext(ClaimSchema.parse(claim), compilePolicy(PolicySchema.parse(policy(contract))), { coverages } as never));

  test.each([
    { date: "2027-01-09", policyStatus: "in_force", premiumUnpaid: "0.00" },
    { date: "2027-03-11", policyStatus: "grace_period", premiumUnpaid: "6800.00" },
    { date: "2027-03-12", policyStatus: "suspended", premiumUnpaid: "0.00" },
  ])("$date: policyStatus $policyStatus, premiumUnpaid $premiumUnpaid", ({ date, policyStatus, premiumUnpaid }) => {
    expect(factsOn({ premium }, cancer(date))).toMatchObject({ policyStatus, premiumUnpaid });
  });

  test("a premium waived on an earlier claim (the ledger's waivers) counts as paid", () => {
    expect(factsOn({ premium }, cancer("2027-02-01"), { ci: { waivers: [{ from: "2027-01-10", claimId: "C-0" }] } })).toMatchObject({ policyStatus: "in_force", premiumUnpaid: "0.00" });
  });

  // Formed 2026-01-10, symptoms in 2025 before cover: the contract can be contested to 2028-01-10 (art. 16); from
  // 2028-01-11 undisclosed symptoms no longer count against the claim (symptomsBeforeCover false).
  test.each([
    { date: "2028-01-10", incontestable: false, symptomsBeforeCover: true, days: 730 },
    { date: "2028-01-11", incontestable: true, symptomsBeforeCover: false, days: 731 },
  ])("$date: incontestable $incontestable, symptomsBeforeCover $symptomsBeforeCover", ({ date, incontestable, symptomsBeforeCover, days }) => {
    expect(factsOn({}, cancer(date, { firstSymptomsOn: "2025-11-01" }))).toMatchObject({ incontestable, symptomsBeforeCover, daysSinceFormationOrReinstatement: days });
  });

  test("a reinstatement restarts the two years and the waiting period facts", () => {
    const contract = { reinstatements: [{ suspendedFrom: "2027-03-12", reinstatedOn: "2027-09-01" }] };
    // 2027-11-29 is day 90 after the reinstatement (89 days since): within the 90-day waiting period.
    expect(factsOn(contract, cancer("2027-11-29"))).toMatchObject({ waitingPeriodPassed: false, incontestable: false, daysSinceFormationOrReinstatement: 89 });
    expect(factsOn(contract, cancer("2027-11-30"))).toMatchObject({ waitingPeriodPassed: true });
  });
});

describe("the contract terms are checked at the edge", () => {
  test("every problem at once, each at its path", () => {
    const result = PolicySchema.safeParse(
      policy({ premium: { ...premium, paidToDate: "2025-01-01", lastDueOn: "2025-06-01", clauseId: "NOPE" }, reinstatements: [{ suspendedFrom: "2027-03-12", reinstatedOn: "2027-03-12" }] }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message]).filter(([path]) => String(path).startsWith("contract"))).toEqual([
      ["contract.premium.clauseId", expect.stringContaining("NOPE")],
      ["contract.premium.paidToDate", "paid to 2025-01-01, before the first instalment is due (2026-01-10)"],
      ["contract.premium.lastDueOn", "the last instalment (2025-06-01) is due before the first (2026-01-10)"],
      ["contract.reinstatements.0.reinstatedOn", "reinstated on 2027-03-12, not after the suspension began (2027-03-12)"],
    ]);
  });
});

describe("waiver of premium (豁免保险费): a payout waives the premiums falling due after the diagnosis", () => {
  // Whole-life critical illness, 20 annual premiums of 6,800.00 due each 10 January 2026 … 2045. A carcinoma in situ
  // (mild, 30% = 90,000.00) waives the premiums due after the diagnosis; the major illness pays 300,000.00 less the
  // mild paid. Diagnosed 2026-06-01, the 2026 premium paid (paid to 2027-01-10): waived 2027-01-10 … 2045-01-10,
  // 19 × 6,800.00 = 129,200.00.
  const waiving: PolicyInput["coverages"][number] = {
    ...criticalIllness,
    waitingPeriods: { illnessDays: 90, clauseId: "WAIT" },
    benefits: [
      { id: "major", name: text("Major critical illness", "重大疾病保险金"), when: { all: [{ fact: "diagnosisCodes", operator: "startsWithAny", value: ["C"] }] }, deductPaidBy: ["ci"], endsCoverage: true, waivesPremiums: true },
      { id: "mild", name: text("Mild critical illness", "轻症疾病保险金"), when: { all: [{ fact: "diagnosisCodes", operator: "startsWithAny", value: ["D05"] }] }, share: "0.3", waivesPremiums: true, clauseId: "WAIVE" },
    ],
  };
  const twentyPay = { ...premium, lastDueOn: "2045-01-10" };
  const waiverPolicy = (paidToDate = "2027-01-10"): PolicyInput => {
    const base = policy({ premium: { ...twentyPay, paidToDate } });
    return { ...base, coverages: [waiving], clauses: [...base.clauses, { id: "WAIVE", title: text("Waiver"), text: text("Premiums after a mild illness are waived.") }] };
  };
  const cis = (date: string, id = "C-1"): ClaimInput => benefitClaim({ id, incident: { date, type: "illness", diagnosisCodes: ["D05.1"], description: "carcinoma in situ" } });

  test("the decision states from which date and which premiums; the notice and explanation say so", async () => {
    const adjudicator = createAdjudicator({ policy: waiverPolicy(), rules: noRules() });
    const decision = await adjudicator.adjudicate(cis("2026-06-01"), { asOf: "2026-06-01" });
    expect(decision.payable).toBe("90000.00");
    expect(decision.premiumWaiver).toMatchObject({ coverageId: "ci", benefitId: "mild", from: "2027-01-10", lastDueOn: "2045-01-10", instalments: 19, instalment: "6800.00", total: "129200.00", clauseId: "WAIVE" });
    expect(decision.premiumWaiver?.reason.message).toEqual({
      en: "The premiums falling due from 10 January 2027 to 10 January 2045 are waived: 19 × CNY 6,800.00, CNY 129,200.00 in all; they count as paid.",
      zh: "自 2027年1月10日 至 2045年1月10日 应交的各期保险费予以豁免：共 19 期，每期 ¥6,800.00，合计 ¥129,200.00，视为已交。",
    });
    expect(decision.explanation.zh).toContain("自 2027年1月10日 至 2045年1月10日 应交的各期保险费予以豁免");
    expect(renderNotice(decision, { audience: "claimant", locale: "zh-CN" })).toContain("合计 ¥129,200.00，视为已交。依据");
    expect(renderNotice(decision, { audience: "claimant", locale: "en" })).toContain("CNY 129,200.00 in all; they count as paid. Under");
    expect(decision.counters.after.coverages["ci"]?.waivers).toEqual([{ from: "2027-01-10", claimId: "C-1" }]);
  });

  test("later, the premiums waived count as paid: no grace period, no suspension", async () => {
    const adjudicator = createAdjudicator({ policy: waiverPolicy(), rules: noRules() });
    const first = await adjudicator.adjudicate(cis("2026-06-01"), { asOf: "2026-06-01" });
    // 2027-06-01: without the waiver the 2027-01-10 premium would have been unpaid past its grace (suspended from
    // 2027-03-12). Waived: the major illness pays 300,000.00 less the 90,000.00 mild paid = 210,000.00, no waiver again.
    const second = await adjudicator.adjudicate(cancer("2027-06-01", {}), { asOf: "2027-06-01", accumulators: first.accumulatorsAfter });
    expect([second.outcome, second.payable, second.premiumWaiver]).toEqual(["approved", "210000.00", undefined]);
    // Without it: suspended.
    const alone = await adjudicator.adjudicate(cancer("2027-06-01", {}), { asOf: "2027-06-01" });
    expect(alone.reasons.map((reason) => reason.code)).toEqual(["POLICY_SUSPENDED"]);
  });

  test.each([
    // Diagnosed the day before a due date: that instalment is waived.
    { date: "2027-01-09", paidToDate: "2027-01-10", from: "2027-01-10", instalments: 19, payable: "90000.00" },
    // On the due date, the 2027 premium unpaid (day 0 of grace): it is deducted (art. 36); the waiver starts after.
    { date: "2027-01-10", paidToDate: "2027-01-10", from: "2028-01-10", instalments: 18, payable: "83200.00" },
    // On the due date, the 2027 premium paid: the waiver starts with 2028.
    { date: "2027-01-10", paidToDate: "2028-01-10", from: "2028-01-10", instalments: 18, payable: "90000.00" },
  ])("diagnosed $date, paid to $paidToDate: waived from $from, $instalments instalments", async ({ date, paidToDate, from, instalments, payable }) => {
    const decision = await createAdjudicator({ policy: waiverPolicy(paidToDate), rules: noRules() }).adjudicate(cis(date), { asOf: date });
    expect([decision.payable, decision.premiumWaiver?.from, decision.premiumWaiver?.instalments]).toEqual([payable, from, instalments]);
  });

  test("after the last premium nothing is left to waive: no waiver stated", async () => {
    const decision = await createAdjudicator({ policy: waiverPolicy("2046-01-10"), rules: noRules() }).adjudicate(cis("2045-06-01"), { asOf: "2045-06-01" });
    expect([decision.payable, decision.premiumWaiver]).toEqual(["90000.00", undefined]);
  });

  test("a benefit that waives premiums needs a premium schedule", () => {
    const result = PolicySchema.safeParse({ ...waiverPolicy(), contract: undefined });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["coverages.0.benefits.0.waivesPremiums", "a benefit that waives premiums needs the contract's premium schedule (contract.premium) to know which premiums it waives"],
      ["coverages.0.benefits.1.waivesPremiums", "a benefit that waives premiums needs the contract's premium schedule (contract.premium) to know which premiums it waives"],
    ]);
  });
});

describe("the premium is deducted once, and a later benefit deducting an earlier one counts that one in full", () => {
  test("disability (grade 1) and death on one claim in the grace period: 500,000.00 − 6,800.00, the death adds nothing", async () => {
    // Disability 100% of 500,000.00 = 500,000.00 less the 6,800.00 premium due = 493,200.00. Death 500,000.00 less the
    // disability paid — 500,000.00 (the premium it settled counts as paid) — = 0.00. In all 493,200.00: the premium is
    // deducted once. (Deducting only the 493,200.00 paid out would pay 6,800.00 more and forgive the premium.)
    const disability: PolicyInput["coverages"][number] = {
      id: "disability",
      kind: "schedule",
      clauseId: "C-disability",
      name: text("Accidental disability"),
      sumInsured: "500000.00",
      table: Array.from({ length: 10 }, (_, i) => ({ grade: i + 1, share: (1 - i / 10).toFixed(1) })),
    };
    const death: PolicyInput["coverages"][number] = {
      id: "death",
      kind: "fixed",
      clauseId: "C-death",
      name: text("Accidental death"),
      incidentTypes: ["accident"],
      sumInsured: "500000.00",
      benefits: [{ id: "death", name: text("Accidental death"), when: { all: [{ fact: "died", operator: "equal", value: true }] }, deductPaidBy: ["disability"] }],
    };
    const both = coveragePolicy([disability, death], { period: { effective: "2026-01-10", expiry: "2099-01-09", clauseId: "PERIOD" } });
    const adjudicator = createAdjudicator({ policy: { ...both, clauses: [...both.clauses, { id: "PREM", title: text("Premium"), text: text("Premium wording.") }], contract: { premium } }, rules: noRules() });
    const claim = benefitClaim({ incident: { date: "2027-02-01", type: "accident", description: "fall", disabilities: [{ code: "A", grade: 1, assessedOn: "2027-02-10" }], death: { date: "2027-02-20" } }, submittedOn: "2027-02-25" });
    const decision = await adjudicator.adjudicate(claim, { asOf: "2027-02-25" });
    expect([decision.payable, decision.benefits.map((benefit) => [benefit.coverageId, benefit.payable, benefit.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])])]).toEqual([
      "493200.00",
      [
        ["disability", "493200.00", [["unpaid_premium", "6800.00"]]],
        ["death", "0.00", [["earlier_payments", "500000.00"]]],
      ],
    ]);
  });
});
