import { describe, expect, test } from "vitest";
import { combineDisabilityGrades, createAdjudicator, type CountersInput, type PolicyInput } from "../../../src/index.js";
import { benefitClaim, coveragePolicy, noRules } from "../../support/fixtures.js";

const text = (en: string) => ({ en, zh: en });
// JR/T 0083-2013: grade 1 pays 100% … grade 10 pays 10%, ten points apart.
const table = Array.from({ length: 10 }, (_, i) => ({ grade: i + 1, share: (1 - i / 10).toFixed(1) }));
const coverages: PolicyInput["coverages"] = [
  { id: "disability", kind: "schedule", clauseId: "C-disability", name: text("Accidental disability"), sumInsured: "200000.00", table },
  {
    id: "death",
    kind: "fixed",
    clauseId: "C-death",
    name: text("Accidental death"),
    incidentTypes: ["accident"],
    sumInsured: "200000.00",
    benefits: [{ id: "death", name: text("Accidental death"), when: { all: [{ fact: "died", operator: "equal", value: true }] }, deathWithinDays: 180, deductPaidBy: ["disability"], endsCoverage: true }],
  },
];
const adjudicator = createAdjudicator({ policy: coveragePolicy(coverages), rules: noRules() });
const accident = (extra: { disabilities?: { code: string; grade: number; assessedOn: string }[]; death?: { date: string } }) =>
  benefitClaim({ incident: { date: "2026-03-01", type: "accident", description: "fall from a ladder", ...extra }, reportedOn: "2026-03-02", submittedOn: "2026-08-01" });

describe("combineDisabilityGrades", () => {
  test.each([
    { grades: [8], grade: 8, promoted: false },
    { grades: [7, 9], grade: 7, promoted: false },
    { grades: [9, 7, 7], grade: 6, promoted: true },
    { grades: [1, 1], grade: 1, promoted: false },
    { grades: [2, 2, 2], grade: 1, promoted: true },
  ])("$grades → grade $grade", ({ grades, grade, promoted }) => {
    expect(combineDisabilityGrades(grades)).toEqual({ grade, promoted });
  });
});

describe("disability by grade, and death deducting it", () => {
  test.each([
    // Grade 8: 30% of 200,000.00.
    { name: "one disability", disabilities: [{ code: "A", grade: 8 }], outcome: "approved", payable: "60000.00" },
    // The most severe grade counts: grade 7, 40%.
    { name: "several disabilities: the most severe counts", disabilities: [{ code: "A", grade: 7 }, { code: "B", grade: 9 }], outcome: "approved", payable: "80000.00" },
    // Two at grade 7 promote it to grade 6: 50%.
    { name: "two at the most severe grade promote it by one", disabilities: [{ code: "A", grade: 7 }, { code: "B", grade: 7 }, { code: "C", grade: 9 }], outcome: "approved", payable: "100000.00" },
    { name: "never beyond grade 1", disabilities: [{ code: "A", grade: 1 }, { code: "B", grade: 1 }], outcome: "approved", payable: "200000.00" },
    // Earlier A at grade 8 paid 60,000.00; with B at grade 8 they make grade 7: 80,000.00 − 60,000.00.
    { name: "a later disability that reaches a higher grade pays the difference", ledger: { paid: "60000.00", disabilities: [{ code: "A", grade: 8 }] }, disabilities: [{ code: "B", grade: 8 }], outcome: "approved", payable: "20000.00" },
    // A was rated already: grade 8 again, 60,000.00 − 60,000.00 paid.
    { name: "the same item is not rated twice", ledger: { paid: "60000.00", disabilities: [{ code: "A", grade: 8 }] }, disabilities: [{ code: "A", grade: 8 }], outcome: "denied", payable: "0.00", reasons: ["DISABILITY_ALREADY_RATED"] },
    // Grade 3 (80%) after 190,000.00 paid: 160,000.00 − 190,000.00 < 0 → nothing; the total stays within the sum insured.
    { name: "payments never exceed the sum insured", ledger: { paid: "190000.00", disabilities: [{ code: "A", grade: 2 }] }, disabilities: [{ code: "B", grade: 3 }], outcome: "approved", payable: "0.00" },
  ])("$name", async ({ disabilities, ledger, outcome, payable, reasons }) => {
    const claim = accident({ disabilities: disabilities.map((disability) => ({ ...disability, assessedOn: "2026-07-15" })) });
    const accumulators: CountersInput | undefined = ledger === undefined ? undefined : { coverages: { disability: ledger } };
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-08-03", ...(accumulators !== undefined ? { accumulators } : {}) });
    expect([decision.outcome, decision.payable]).toEqual([outcome, payable]);
    if (reasons !== undefined) expect(decision.reasons.map((reason) => reason.code)).toEqual(reasons);
  });

  test("the ledger keeps every disability rated, for the next claim", async () => {
    const claim = accident({ disabilities: [{ code: "B", grade: 8, assessedOn: "2026-07-15" }] });
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-08-03", accumulators: { coverages: { disability: { paid: "60000.00", disabilities: [{ code: "A", grade: 8 }] } } } });
    expect(decision.counters.after.coverages["disability"]).toMatchObject({ paid: "80000.00", disabilities: [{ code: "A", grade: 8 }, { code: "B", grade: 8 }] });
    expect(decision.benefits[0]).toMatchObject({ gross: "80000.00", payable: "20000.00", basis: { combinedGrade: "7", promoted: "true", alreadyRated: "A" } });
  });

  test("an assessment after day 180 is referred, with the amount that stands if confirmed", async () => {
    // 2026-03-01 + 180 days = 2026-08-28; assessed 2026-09-10.
    const claim = { ...accident({ disabilities: [{ code: "A", grade: 8, assessedOn: "2026-09-10" }] }), submittedOn: "2026-09-12" };
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-09-15" });
    expect([decision.outcome, decision.payable]).toEqual(["referred", "60000.00"]);
    expect(decision.reasons.map((reason) => [reason.code, reason.coverageId])).toEqual([["DISABILITY_ASSESSED_LATE", "disability"]]);
    expect(decision.coverages.find((coverage) => coverage.coverageId === "disability")?.status).toBe("referred");
  });

  test.each([
    // Disability paid 60,000.00 on an earlier claim: death pays 200,000.00 − 60,000.00.
    { name: "death within 180 days deducts the disability paid", death: "2026-06-01", outcome: "approved", payable: "140000.00", reasons: [] },
    // 2026-03-01 → 2026-09-15 is 198 days.
    { name: "death after 180 days is not accidental death under the wording", death: "2026-09-15", outcome: "denied", payable: "0.00", reasons: ["Death came 198 days after the accident; the benefit pays a death within 180 days."] },
  ])("$name", async ({ death, outcome, payable, reasons }) => {
    const claim = { ...accident({ death: { date: death } }), submittedOn: "2026-09-20" };
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-09-21", accumulators: { coverages: { disability: { paid: "60000.00", disabilities: [{ code: "A", grade: 8 }] } } } });
    expect([decision.outcome, decision.payable]).toEqual([outcome, payable]);
    expect(decision.reasons.map((reason) => reason.message.en)).toEqual(reasons);
  });

  test("a death that ends other coverages closes their ledgers", async () => {
    const ending = createAdjudicator({ policy: coveragePolicy(coverages.map((coverage) => (coverage.kind === "fixed" ? { ...coverage, benefits: coverage.benefits.map((benefit) => ({ ...benefit, endsCoverages: ["disability"] })) } : coverage))), rules: noRules() });
    const died = await ending.adjudicate({ ...accident({ death: { date: "2026-04-01" } }), submittedOn: "2026-04-10" }, { asOf: "2026-04-12" });
    expect(died.counters.after.coverages).toMatchObject({ death: { ended: true, paid: "200000.00" }, disability: { ended: true } });
    // Another claim (its own id): the same id would be the death claim decided again.
    const later = await ending.adjudicate({ ...accident({ disabilities: [{ code: "A", grade: 8, assessedOn: "2026-07-15" }] }), id: "C-LATER" }, { asOf: "2026-08-03", accumulators: died.accumulatorsAfter });
    expect([later.outcome, later.reasons.map((reason) => reason.code)]).toEqual(["denied", ["COVERAGE_ENDED"]]);
  });

  test("an illness does not concern accident-only coverages", async () => {
    const claim = benefitClaim({ incident: { date: "2026-03-01", type: "illness", diagnosisCodes: ["J18.9"], description: "pneumonia", death: { date: "2026-03-10" } } });
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-03-20" });
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.map((reason) => reason.code)).toEqual(["NO_COVERED_BENEFIT"]);
    expect(decision.coverages.map((coverage) => coverage.status)).toEqual(["not_applicable", "not_applicable"]);
  });
});
