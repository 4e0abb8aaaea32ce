import { describe, expect, test } from "vitest";
import { createAdjudicator, type ClaimInput, type PolicyInput } from "../../../src/index.js";
import { Dec } from "../../../src/money/money.js";
import { benefitClaim, coveragePolicy, noRules } from "../../support/fixtures.js";

const text = (en: string) => ({ en, zh: en });
// JR/T 0083-2013: grade 1 pays 100% … grade 10 pays 10%; sum insured 500,000.00, so each grade is 50,000.00 apart.
const table = Array.from({ length: 10 }, (_, i) => ({ grade: i + 1, share: (1 - i / 10).toFixed(1) }));
type Schedule = Extract<PolicyInput["coverages"][number], { kind: "schedule" }>;
const disability = (extra: Partial<Schedule> = {}): Schedule => ({ id: "disability", kind: "schedule", clauseId: "C-disability", name: text("Accidental disability"), sumInsured: "500000.00", table, ...extra });
const adjudicatorWith = (extra: Partial<Schedule> = {}) => createAdjudicator({ policy: coveragePolicy([disability(extra)]), rules: noRules() });
type Item = { code: string; grade: number };
const accident = (disabilities: readonly Item[], priorDisabilities: readonly (Item & { source: "before_cover" | "other_insurer" | "excluded_cause" | "other" })[] = [], id = "C-1", incidentId?: string): ClaimInput =>
  benefitClaim({
    id,
    incident: {
      ...(incidentId !== undefined ? { id: incidentId } : {}),
      date: "2026-03-01",
      type: "accident",
      description: "fall from a ladder",
      disabilities: disabilities.map((item) => ({ ...item, assessedOn: "2026-07-15" })),
      priorDisabilities: [...priorDisabilities],
    },
    reportedOn: "2026-03-02",
    submittedOn: "2026-08-01",
  });
const balanced = (decision: Awaited<ReturnType<ReturnType<typeof adjudicatorWith>["adjudicate"]>>) => {
  for (const benefit of decision.benefits) expect(new Dec(benefit.gross).minus(benefit.adjustments.reduce((sum, adjustment) => sum.plus(adjustment.amount), new Dec(0))).toFixed(2)).toBe(benefit.payable);
};

describe("earlier disabilities from any source are deducted by their grade's share (wrong money: 150,000.00 paid)", () => {
  test.each([
    // The case: grade 9 before the policy, a new grade 9. Merged: two at grade 9 promote to grade 8, 30% =
    // 150,000.00; less the earlier grade 9's own share, 20% = 100,000.00 → 50,000.00. (Before: 150,000.00.)
    { name: "grade 9 before cover + a new grade 9 → 30% − 20%", extra: {}, prior: [{ code: "7-5-3", grade: 9, source: "before_cover" as const }], claimed: [{ code: "4-10-4", grade: 9 }], payable: "50000.00", adjustments: [["prior_disability", "100000.00"]] },
    // Paid by another insurer: the same arithmetic.
    { name: "a grade 8 another insurer paid + a new grade 8 → grade 7 40% − 30%", extra: {}, prior: [{ code: "7-5-3", grade: 8, source: "other_insurer" as const }], claimed: [{ code: "4-10-4", grade: 8 }], payable: "50000.00", adjustments: [["prior_disability", "150000.00"]] },
    // Family D: the earlier one is more severe: grade 5 (60%) merged with a grade 9 stays grade 5; 60% − 60% = 0.
    { name: "an earlier disability more severe than the new one: nothing more", extra: {}, prior: [{ code: "7-5-3", grade: 5, source: "excluded_cause" as const }], claimed: [{ code: "4-10-4", grade: 9 }], payable: "0.00", adjustments: [["prior_disability", "300000.00"]] },
    // Family C: the wording rates the new injury alone: grade 9, 20% = 100,000.00, no merger, nothing deducted.
    { name: "rate_new_alone: the new grade 9 alone", extra: { priorDisabilities: "rate_new_alone" as const }, prior: [{ code: "7-5-3", grade: 9, source: "before_cover" as const }], claimed: [{ code: "4-10-4", grade: 9 }], payable: "100000.00", adjustments: [] },
    // Shares added up: 20% + 30% = 50% = 250,000.00, less the earlier 20% = 100,000.00 → 150,000.00.
    { name: "sum_of_shares: earlier grade 9 + new grade 8 → 50% − 20%", extra: { combination: "sum_of_shares" as const }, prior: [{ code: "7-5-3", grade: 9, source: "before_cover" as const }], claimed: [{ code: "4-10-4", grade: 8 }], payable: "150000.00", adjustments: [["prior_disability", "100000.00"]] },
  ])("$name", async ({ extra, prior, claimed, payable, adjustments }) => {
    const decision = await adjudicatorWith(extra).adjudicate(accident(claimed, prior), { asOf: "2026-08-03" });
    expect(decision.payable).toBe(payable);
    expect(decision.benefits[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])).toEqual(adjustments);
    balanced(decision);
  });

  test("the earlier disability is kept in the ledger: a later claim need not state it again", async () => {
    const adjudicator = adjudicatorWith();
    const first = await adjudicator.adjudicate(accident([{ code: "4-10-4", grade: 9 }], [{ code: "7-5-3", grade: 9, source: "before_cover" }]), { asOf: "2026-08-03" });
    expect(first.counters.after.coverages["disability"]).toMatchObject({ paid: "50000.00", disabilities: [{ code: "4-10-4", grade: 9 }], priorDisabilities: [{ code: "7-5-3", grade: 9 }] });
    // A new grade 7 later: {9 before, 9, 7} → grade 7 (one at the most severe: no promotion) = 40% = 200,000.00,
    // less 50,000.00 paid and the earlier 20% = 100,000.00 → 50,000.00.
    const second = await adjudicator.adjudicate(accident([{ code: "5-2-1", grade: 7 }], [], "C-2"), { asOf: "2026-08-05", accumulators: first.accumulatorsAfter });
    expect([second.payable, second.benefits[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])]).toEqual(["50000.00", [["earlier_payments", "50000.00"], ["prior_disability", "100000.00"]]]);
  });

  test("a disability claimed that the insured had before is not paid as new", async () => {
    const decision = await adjudicatorWith().adjudicate(accident([{ code: "7-5-3", grade: 9 }], [{ code: "7-5-3", grade: 9, source: "before_cover" }]), { asOf: "2026-08-03" });
    // Merged: grade 9 alone, 20% − its own 20% = 0.
    expect([decision.outcome, decision.payable, decision.reasons.map((reason) => reason.code)]).toEqual(["denied", "0.00", ["DISABILITY_HAD_BEFORE"]]);
    expect(decision.reasons[0]?.message.en).toBe("Disability item 7-5-3 is one the insured had before (before the cover began); it is not paid again.");
  });
});

describe("the same JR/T 0083-2013 item twice in one claim does not promote the grade (§3.4; wrong money: 150,000.00 paid)", () => {
  test("4-10-4 listed twice at grade 9: rated once, 20% = 100,000.00", async () => {
    const decision = await adjudicatorWith().adjudicate(accident([{ code: "4-10-4", grade: 9 }, { code: "4-10-4", grade: 9 }]), { asOf: "2026-08-03" });
    expect([decision.outcome, decision.payable]).toEqual(["partially_approved", "100000.00"]);
    expect(decision.reasons.map((reason) => [reason.code, reason.message.zh])).toEqual([["DISABILITY_ITEM_REPEATED", "伤残项目 4-10-4 被列明 2 次；同一条文只评定一次（JR/T 0083-2013 第 3.4 条）。"]]);
    expect(decision.benefits[0]?.basis).toMatchObject({ disabilities: "4-10-4:9", ratedOnce: "4-10-4", combinedGrade: "9", promoted: "false" });
    expect(decision.counters.after.coverages["disability"]?.disabilities).toEqual([{ code: "4-10-4", grade: 9 }]);
  });

  test("two different items at grade 9 still promote to grade 8: 150,000.00", async () => {
    const decision = await adjudicatorWith().adjudicate(accident([{ code: "4-10-4", grade: 9 }, { code: "4-10-5", grade: 9 }]), { asOf: "2026-08-03" });
    expect([decision.outcome, decision.payable]).toEqual(["approved", "150000.00"]);
  });

  test("an item listed twice at two grades is rated once, at the more severe", async () => {
    const decision = await adjudicatorWith().adjudicate(accident([{ code: "4-10-4", grade: 9 }, { code: "4-10-4", grade: 8 }]), { asOf: "2026-08-03" });
    expect(decision.payable).toBe("150000.00");
  });
});

describe("how several disabilities combine is product data", () => {
  test.each([
    // Most severe grade 8 (30%), no promotion: 150,000.00.
    { combination: "most_severe_promoted" as const, claimed: [{ code: "A", grade: 8 }, { code: "B", grade: 10 }], payable: "150000.00", description: "Disability grade 8" },
    // 30% + 10% = 40%: 200,000.00.
    { combination: "sum_of_shares" as const, claimed: [{ code: "A", grade: 8 }, { code: "B", grade: 10 }], payable: "200000.00", description: "Disabilities of grades 8, 10, shares added up" },
    // 80% + 60% = 140%, at most the sum insured: 500,000.00.
    { combination: "sum_of_shares" as const, claimed: [{ code: "A", grade: 3 }, { code: "B", grade: 5 }], payable: "500000.00", description: "Disabilities of grades 3, 5, shares added up" },
  ])("$combination: $payable", async ({ combination, claimed, payable, description }) => {
    const decision = await adjudicatorWith({ combination }).adjudicate(accident(claimed), { asOf: "2026-08-03" });
    expect([decision.payable, decision.benefits[0]?.description.en]).toEqual([payable, description]);
  });
});

describe("a limit per accident, over every claim for it (the ledger's incident)", () => {
  // Grade 8 = 150,000.00 against a limit per accident just above, at and just below it.
  test.each([
    { limit: "150000.01", payable: "150000.00", outcome: "approved", cut: [] },
    { limit: "150000.00", payable: "150000.00", outcome: "approved", cut: [] },
    { limit: "149999.99", payable: "149999.99", outcome: "partially_approved", cut: [["per_incident_limit", "0.01"]] },
  ])("limit $limit", async ({ limit, payable, outcome, cut }) => {
    const decision = await adjudicatorWith({ perIncidentLimit: limit }).adjudicate(accident([{ code: "A", grade: 8 }]), { asOf: "2026-08-03" });
    expect([decision.outcome, decision.payable, decision.benefits[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])]).toEqual([outcome, payable, cut]);
  });

  test("a second claim for the same accident sees what the first paid; another accident has its own limit", async () => {
    const adjudicator = adjudicatorWith({ perIncidentLimit: "100000.00" });
    // Grade 8, 150,000.00, cut to the 100,000.00 per accident.
    const first = await adjudicator.adjudicate(accident([{ code: "A", grade: 8 }], [], "C-1", "ACC-1"), { asOf: "2026-08-03" });
    expect(first.payable).toBe("100000.00");
    // Same accident, a new grade 9: {8, 9} → grade 8 stays, 150,000.00 − 100,000.00 paid = 50,000.00, but the
    // accident's limit is used up: 0.00.
    const second = await adjudicator.adjudicate(accident([{ code: "B", grade: 9 }], [], "C-2", "ACC-1"), { asOf: "2026-08-05", accumulators: first.accumulatorsAfter });
    expect([second.payable, second.counters.before.coverages["disability"]?.incidentPaid]).toEqual(["0.00", "100000.00"]);
    // Another accident, a new grade 8: {8, 9, 8} → two at grade 8 promote to grade 7, 200,000.00 − 100,000.00 paid =
    // 100,000.00, within this accident's own 100,000.00.
    const third = await adjudicator.adjudicate(accident([{ code: "C", grade: 8 }], [], "C-3", "ACC-2"), { asOf: "2026-08-06", accumulators: second.accumulatorsAfter });
    expect([third.payable, third.counters.before.coverages["disability"]?.incidentPaid]).toEqual(["100000.00", "0.00"]);
  });
});
