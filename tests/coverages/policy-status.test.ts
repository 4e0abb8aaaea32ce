import { describe, expect, test } from "vitest";
import { createAdjudicator, type ClaimInput, type PolicyInput } from "../../src/index.js";
import { ClaimSchema, PolicySchema } from "../../src/index.js";
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
