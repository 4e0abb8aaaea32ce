import { describe, expect, test } from "vitest";
import { createAdjudicator, type Decision } from "../../../src/index.js";
import { smallClaim, smallPolicy } from "../../support/fixtures.js";

// The coverage terms of issue 12 that refuse a whole line, each at its boundary: the days around a stay, providers,
// a stay continuing past expiry, special drugs; and 乙类先行自付 not covered. No deductible, 100% when settled through
// social insurance, so what a line pays is what is left of it.
const rules = { id: "RS-T", version: "1.0.0", rules: [] };
const coverage = { ...smallPolicy().coverages[0]!, annualDeductible: "0.00", perClaimLimit: undefined, eligibleCategories: ["bed", "medicine", "surgery", "outpatient"] };
const adjudicatorWith = (terms: Record<string, unknown>, policy: Record<string, unknown> = {}) =>
  createAdjudicator({ policy: { ...smallPolicy(), ...policy, coverages: [{ ...coverage, ...terms }] }, rules });
const kinds = (decision: Decision) => decision.lines.map((line) => [line.payable, ...line.adjustments.map((adjustment) => adjustment.kind)]);

describe("outpatient care within 7 days before admission and 30 after discharge (住院前后门急诊)", () => {
  const adjudicator = adjudicatorWith({ hospitalisationWindow: { daysBefore: 7, daysAfter: 30, categories: ["outpatient"], clauseId: "2.1" } });
  test.each([
    { date: "2026-05-24", payable: "0.00", why: "8 days before the admission on 06-01" },
    { date: "2026-05-25", payable: "100.00", why: "7 days before" },
    { date: "2026-07-05", payable: "100.00", why: "30 days after the discharge on 06-05" },
    { date: "2026-07-06", payable: "0.00", why: "31 days after" },
  ])("an outpatient line on $date ($why): $payable", async ({ date, payable }) => {
    const claim = smallClaim([{ amount: "100.00", category: "outpatient", serviceDate: date }, { amount: "500.00", category: "bed", serviceDate: "2026-06-05" }], { hospitalStay: { admission: "2026-06-01", discharge: "2026-06-05" } });
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-07-20" });
    expect(decision.lines.map((line) => line.payable)).toEqual([payable, "500.00"]);
    if (payable === "0.00") expect(decision.lines[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.group])).toEqual([["outside_treatment_window", "PR"]]);
  });
});

describe("providers: public hospitals of grade II or above, general department (二级及以上公立医院普通部)", () => {
  const adjudicator = adjudicatorWith({ providers: { minLevel: "level_2", ownership: ["public"], departments: ["general"], clauseId: "2.1" } });
  const providers = [
    { id: "H3", name: "市第一人民医院", level: "level_3", ownership: "public", department: "general" },
    { id: "H2", name: "区中心医院", level: "level_2", ownership: "public", department: "general" },
    { id: "H1", name: "社区卫生服务中心", level: "level_1", ownership: "public", department: "general" },
    { id: "HV", name: "市第一人民医院特需部", level: "level_3", ownership: "public", department: "special_needs" },
    { id: "HP", name: "和睦家医院", level: "level_3", ownership: "private", department: "general" },
    { id: "HU", name: "某医院", ownership: "public", department: "general" },
  ];
  test.each([
    { providerId: "H3", payable: "100.00", outcome: "approved" },
    { providerId: "H2", payable: "100.00", outcome: "approved" },
    { providerId: "H1", payable: "0.00", outcome: "denied" },
    { providerId: "HV", payable: "0.00", outcome: "denied" },
    { providerId: "HP", payable: "0.00", outcome: "denied" },
    // Its grade is not known: a person checks it, the amount stands if confirmed.
    { providerId: "HU", payable: "100.00", outcome: "referred" },
  ])("a line billed by $providerId: $outcome, $payable", async ({ providerId, payable, outcome }) => {
    const claim = smallClaim([{ amount: "100.00" }], { providers, hospitalStay: { admission: "2026-06-01", discharge: "2026-06-03", providerId } } as never);
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" });
    expect([decision.outcome, decision.payable]).toEqual([outcome, payable]);
    if (outcome === "denied") expect(decision.lines[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.group, adjustment.carc])).toEqual([["provider_not_eligible", "PR", "242"]]);
  });
});

describe("a stay running at expiry is paid up to 30 days after it (延续住院)", () => {
  const adjudicator = adjudicatorWith({ stay: { admissionWithinPeriod: true, continuedStayDays: 30, clauseId: "2.1" } });
  test("lines on the 30th day after expiry are paid, on the 31st not", async () => {
    const claim = smallClaim(
      [
        { amount: "100.00", serviceDate: "2026-12-31" },
        { amount: "100.00", serviceDate: "2027-01-30" },
        { amount: "100.00", serviceDate: "2027-01-31" },
      ],
      { incident: { date: "2026-12-20", type: "illness", diagnosisCodes: ["J18.9"], description: "肺炎" }, reportedOn: "2026-12-21", submittedOn: "2027-02-12", hospitalStay: { admission: "2026-12-20", discharge: "2027-02-10" }, documents: [{ type: "claim_form", id: "CF-1", issuedOn: "2027-02-12", original: true }] },
    );
    const decision = await adjudicator.adjudicate(claim, { asOf: "2027-02-20" });
    expect(kinds(decision)).toEqual([["100.00"], ["100.00"], ["0.00", "after_cover_ended"]]);
  });
});

describe("special drugs: on the list for the condition, prescribed within 30 days, at a designated or DTP pharmacy", () => {
  const policy = {
    drugLists: [{ id: "special-drugs", name: { en: "the special drug list", zh: "特药清单" }, drugs: [{ code: "OSIMERTINIB", name: { en: "Osimertinib", zh: "奥希替尼" }, indications: ["C34"] }] }],
    providerLists: [{ id: "designated-pharmacies", name: { en: "the designated pharmacies", zh: "指定药店" }, providers: ["PH1"] }],
  };
  const adjudicator = adjudicatorWith({ specialDrugs: { categories: ["medicine"], drugListId: "special-drugs", prescriptionWithinDays: 30, pharmacyLists: ["designated-pharmacies"], dtpPharmaciesAccepted: true, clauseId: "2.1" } }, policy);
  const providers = [
    { id: "PH1", name: "指定药房", kind: "pharmacy" },
    { id: "PH2", name: "DTP 药房", kind: "pharmacy", dtp: true },
    { id: "PH3", name: "社会药房", kind: "pharmacy" },
  ];
  test.each([
    { code: "OSIMERTINIB", prescribedOn: "2026-05-03", pharmacy: "PH1", kind: undefined, why: "30 days after the prescription, designated" },
    { code: "OSIMERTINIB", prescribedOn: "2026-05-02", pharmacy: "PH1", kind: "prescription_expired", why: "31 days after" },
    { code: "OSIMERTINIB", prescribedOn: "2026-05-20", pharmacy: "PH2", kind: undefined, why: "a DTP pharmacy" },
    { code: "OSIMERTINIB", prescribedOn: "2026-05-20", pharmacy: "PH3", kind: "pharmacy_not_designated", why: "neither designated nor DTP" },
    { code: "IBRUTINIB", prescribedOn: "2026-05-20", pharmacy: "PH1", kind: "drug_not_listed", why: "not on the list" },
  ])("$code prescribed $prescribedOn, bought at $pharmacy on 2026-06-02 ($why)", async ({ code, prescribedOn, pharmacy, kind }) => {
    const base = smallClaim([{ amount: "100.00" }], { incident: { date: "2026-06-01", type: "illness", diagnosisCodes: ["C34.1"], description: "肺腺癌" }, providers } as never);
    const claim = { ...base, lines: [{ ...base.lines[0]!, providerId: pharmacy, drug: { code, prescribedOn } }] };
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" });
    expect(kinds(decision)).toEqual([kind === undefined ? ["100.00"] : ["0.00", kind]]);
  });

  test("a listed drug for another condition is not listed for it", async () => {
    const base = smallClaim([{ amount: "100.00" }], { providers } as never);
    const claim = { ...base, lines: [{ ...base.lines[0]!, providerId: "PH1", drug: { code: "OSIMERTINIB", prescribedOn: "2026-05-20" } }] };
    expect(kinds(await adjudicator.adjudicate(claim, { asOf: "2026-06-20" }))).toEqual([["0.00", "drug_not_listed"]]);
  });
});

describe("乙类先行自付 not covered", () => {
  test("1,000.00 − 600.00 from the fund − 100.00 class B first share = 300.00", async () => {
    const adjudicator = adjudicatorWith({ classBSelfPayCovered: false });
    const base = smallClaim([{ amount: "1000.00", socialInsurancePaid: "600.00" }]);
    const claim = { ...base, lines: [{ ...base.lines[0]!, catalogueClass: "class_b", classBSelfPay: "100.00" }] };
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" });
    expect(decision.lines[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])).toEqual([["social_insurance", "600.00"], ["class_b_self_pay", "100.00"]]);
    expect(decision.payable).toBe("300.00");
  });
});
