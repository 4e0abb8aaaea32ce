import { describe, expect } from "vitest";
import type { Decision } from "../../src/index.js";
import { loadExampleProduct, testExampleSuite, testWorkedCases } from "../support/example-product.js";

// examples/hospital-cash (period 2026-01-01 … 2026-12-31):
// - hospital-cash (clause 2.1): 200.00 a day for illness or accident; the first 3 days of each stay are deductible
//   days; at most 30 days a stay and 180 a year (ledger daysPaid); 30-day waiting period for illness (clause 3.1).
// - accident-hospital-cash (clause 2.2): 100.00 a day for accidents only, no deductible days, 30 a stay, 180 a year.
//   A day in the intensive care unit (the claim's hospitalStay.wards of type icu) is paid 600.00 (clause 2.1).
// Days in hospital = discharge − admission (at least 1). An illness claim concerns only the first coverage.
type CoverageStatus = Decision["coverages"][number]["status"];
interface Expected {
  readonly outcome: Decision["outcome"];
  readonly payable: string;
  /** Status and payable per coverage; empty when a deny rule or missing documents stop the claim before any calculation. */
  readonly coverages: Readonly<Record<string, readonly [CoverageStatus, string]>>;
  /** Per coverage that produced a benefit: gross (days × daily amount), adjustments (kind, amount), payable. */
  readonly benefits: Readonly<Record<string, { readonly gross: string; readonly adjustments: readonly (readonly [string, string])[]; readonly payable: string }>>;
  /** Reason codes with the clause each cites. */
  readonly reasons: readonly (readonly [string, string])[];
  readonly flags?: readonly string[];
  readonly missing?: readonly string[];
  /** Ledger after the claim, per coverage. */
  readonly after: Readonly<Record<string, { readonly daysPaid: number; readonly paid: string }>>;
}

const untouched = { "hospital-cash": { daysPaid: 0, paid: "0.00" }, "accident-hospital-cash": { daysPaid: 0, paid: "0.00" } };
const illnessOnly = (status: CoverageStatus, payable: string) => ({ "hospital-cash": [status, payable] as const, "accident-hospital-cash": ["not_applicable", "0.00"] as const });

const expected: Record<string, Expected> = {
  // 2026-04-18 − 2026-04-10 = 8 days; 8 − 3 deductible days = 5 days × 200.00 = 1,000.00 (gross 8 × 200.00 = 1,600.00,
  // deductible days 3 × 200.00 = 600.00). Ledger: 5 days, 1,000.00.
  "01-approved-pneumonia": {
    outcome: "approved",
    payable: "1000.00",
    coverages: illnessOnly("paid", "1000.00"),
    benefits: { "hospital-cash": { gross: "1600.00", adjustments: [["deductible_days", "600.00"]], payable: "1000.00" } },
    reasons: [],
    after: { ...untouched, "hospital-cash": { daysPaid: 5, paid: "1000.00" } },
  },
  // 2026-05-08 − 2026-05-06 = 2 days, all within the 3 deductible days: 0.00 under the policy's terms (approved, not
  // reduced). Gross 2 × 200.00 = 400.00, all deductible days. The ledger (5 days, 1,000.00 before) does not move.
  "02-approved-within-deductible-days": {
    outcome: "approved",
    payable: "0.00",
    coverages: illnessOnly("nothing_payable", "0.00"),
    benefits: { "hospital-cash": { gross: "400.00", adjustments: [["deductible_days", "400.00"]], payable: "0.00" } },
    reasons: [],
    after: { ...untouched, "hospital-cash": { daysPaid: 5, paid: "1000.00" } },
  },
  // Accident: both coverages. 2026-06-03 → 2026-07-14 = 41 days.
  // hospital-cash: 41 − 3 = 38 days due, at most 30 a stay (175 of the year's 180 left): 30 × 200.00 = 6,000.00;
  //   gross 41 × 200.00 = 8,200.00 − deductible days 600.00 − 8 days over the maximum 1,600.00. Ledger 5 + 30 = 35 days,
  //   1,000.00 + 6,000.00 = 7,000.00.
  // accident-hospital-cash: 41 days, no deductible days, 30 a stay: 30 × 100.00 = 3,000.00; gross 4,100.00 − 11 days
  //   over the maximum 1,100.00. Total 9,000.00; the maxima make it partial.
  // Reported 2026-06-20, 17 days after the accident (> 10): LATE_REPORT flag. 41 days > 15: the medical record was asked
  // for by rule long-stay-record-5.2 and is there.
  "03-partial-accident-over-30-days": {
    outcome: "partially_approved",
    payable: "9000.00",
    coverages: { "hospital-cash": ["paid", "6000.00"], "accident-hospital-cash": ["paid", "3000.00"] },
    benefits: {
      "hospital-cash": { gross: "8200.00", adjustments: [["deductible_days", "600.00"], ["benefit_maximum", "1600.00"]], payable: "6000.00" },
      "accident-hospital-cash": { gross: "4100.00", adjustments: [["benefit_maximum", "1100.00"]], payable: "3000.00" },
    },
    reasons: [["DAYS_MAXIMUM", "2.1"], ["DAYS_MAXIMUM", "2.2"]],
    flags: ["LATE_REPORT"],
    after: { "hospital-cash": { daysPaid: 35, paid: "7000.00" }, "accident-hospital-cash": { daysPaid: 30, paid: "3000.00" } },
  },
  // 2026-11-02 → 2026-11-20 = 18 days; 18 − 3 = 15 due; 180 − 168 = 12 days left this year: 12 × 200.00 = 2,400.00.
  // Gross 3,600.00 − deductible days 600.00 − 3 days over the yearly maximum 600.00. Ledger 180 days,
  // 33,600.00 + 2,400.00 = 36,000.00.
  "04-partial-annual-maximum": {
    outcome: "partially_approved",
    payable: "2400.00",
    coverages: illnessOnly("paid", "2400.00"),
    benefits: { "hospital-cash": { gross: "3600.00", adjustments: [["deductible_days", "600.00"], ["benefit_maximum", "600.00"]], payable: "2400.00" } },
    reasons: [["DAYS_MAXIMUM", "2.1"]],
    after: { ...untouched, "hospital-cash": { daysPaid: 180, paid: "36000.00" } },
  },
  // Illness on 2026-01-21, day 20 of cover (day 0 = 2026-01-01) < 30: the coverage's own waiting period refuses it and
  // cites clause 3.1. The whole gross 6 × 200.00 = 1,200.00 is taken off as coverage_not_applicable. No rule fires.
  "05-denied-waiting-period": {
    outcome: "denied",
    payable: "0.00",
    coverages: illnessOnly("refused", "0.00"),
    benefits: { "hospital-cash": { gross: "1200.00", adjustments: [["coverage_not_applicable", "1200.00"]], payable: "0.00" } },
    reasons: [["WAITING_PERIOD", "3.1"]],
    after: untouched,
  },
  // O82.0 starts with "O" (pregnancy, childbirth): deny rule pregnancy-4.2, checked before anything is calculated.
  "06-denied-childbirth": { outcome: "denied", payable: "0.00", coverages: {}, benefits: {}, reasons: [["PREGNANCY_CHILDBIRTH", "4.2"]], after: untouched },
  // One notice, in the policy's order of requirements: discharge summary, accident report (an accident), proof of
  // relationship (the husband claims). Accident on 2026-01-09, day 8 of cover (< 15): EARLY_CLAIM flag.
  "07-pending-accident-documents": {
    outcome: "pending_documents",
    payable: "0.00",
    coverages: {},
    benefits: {},
    reasons: [["DOCUMENT_MISSING", "5.2"], ["DOCUMENT_MISSING", "5.2"], ["DOCUMENT_MISSING", "5.2"]],
    flags: ["EARLY_CLAIM"],
    missing: ["discharge_summary::missing", "accident_report::missing", "relationship_proof::missing"],
    after: untouched,
  },
  // 2026-08-09 → 2026-10-12 = 64 days ≥ 60: referred (clause 5.4). If confirmed: 64 − 3 = 61 due, 30 a stay:
  // 30 × 200.00 = 6,000.00; gross 12,800.00 − 600.00 deductible days − 31 days × 200.00 = 6,200.00. The 12 days in
  // intensive care pay nothing extra: the model has no ICU day count (see the report).
  "08-referred-very-long-stay": {
    outcome: "referred",
    payable: "6000.00",
    coverages: illnessOnly("paid", "6000.00"),
    benefits: { "hospital-cash": { gross: "12800.00", adjustments: [["deductible_days", "600.00"], ["benefit_maximum", "6200.00"]], payable: "6000.00" } },
    reasons: [["LONG_STAY_REVIEW", "5.4"], ["DAYS_MAXIMUM", "2.1"]],
    after: { ...untouched, "hospital-cash": { daysPaid: 30, paid: "6000.00" } },
  },
  // J45.9 starts with the declared pre-existing prefix J45 (clause 4.1).
  "09-denied-pre-existing-asthma": { outcome: "denied", payable: "0.00", coverages: {}, benefits: {}, reasons: [["PRE_EXISTING_CONDITION", "4.1"]], after: untouched },
  // 2027-01-02 is after the expiry 2026-12-31 (clause 1.4).
  "10-denied-outside-period": { outcome: "denied", payable: "0.00", coverages: {}, benefits: {}, reasons: [["OUTSIDE_PERIOD_OF_INSURANCE", "1.4"]], after: untouched },
  // First symptoms 2025-10-08, before cover began on 2026-01-01 (clause 4.1), though the surgery (day 137) is past the
  // waiting period.
  "11-denied-symptoms-before-cover": { outcome: "denied", payable: "0.00", coverages: {}, benefits: {}, reasons: [["PRE_EXISTING_CONDITION", "4.1"]], after: untouched },
  // Z50.1 (rehabilitation) is excluded (clause 4.3); the 21-day stay also fires the medical-record rule, moot once denied.
  "12-denied-rehabilitation-stay": { outcome: "denied", payable: "0.00", coverages: {}, benefits: {}, reasons: [["NOT_TREATMENT", "4.3"]], after: untouched },
  // X61 (intentional self-poisoning) starts with X6 (clause 4.4): neither benefit pays.
  "13-denied-self-harm": { outcome: "denied", payable: "0.00", coverages: {}, benefits: {}, reasons: [["SELF_HARM", "4.4"]], after: untouched },
  // The insured's sister ("other") claims: referred to verify her authority (clause 5.4). If confirmed:
  // 2026-06-29 − 2026-06-22 = 7 days − 3 = 4 × 200.00 = 800.00 (gross 1,400.00, deductible days 600.00).
  "14-referred-claimant-other": {
    outcome: "referred",
    payable: "800.00",
    coverages: illnessOnly("paid", "800.00"),
    benefits: { "hospital-cash": { gross: "1400.00", adjustments: [["deductible_days", "600.00"]], payable: "800.00" } },
    reasons: [["CLAIMANT_AUTHORITY", "5.4"]],
    after: { ...untouched, "hospital-cash": { daysPaid: 4, paid: "800.00" } },
  },
  // 2026-09-24 − 2026-09-10 = 14 days (09-10 … 09-23); intensive care 09-11 → 09-15: 09-11, 09-12, 09-13, 09-14 (4
  // days at 600.00), the other 10 in the general ward at 200.00. Gross 10 × 200.00 + 4 × 600.00 = 4,400.00. The 3
  // deductible days are the first: 09-10 (general, 200.00), 09-11 and 09-12 (ICU, 2 × 600.00): 1,400.00. Paid 11 days:
  // 2 ICU days × 600.00 = 1,200.00 and 9 general days (09-15 … 09-23) × 200.00 = 1,800.00, 3,000.00, within 30 a stay.
  "15-approved-icu-days": {
    outcome: "approved",
    payable: "3000.00",
    coverages: illnessOnly("paid", "3000.00"),
    benefits: { "hospital-cash": { gross: "4400.00", adjustments: [["deductible_days", "1400.00"]], payable: "3000.00" } },
    reasons: [],
    after: { ...untouched, "hospital-cash": { daysPaid: 11, paid: "3000.00" } },
  },
};

const example = loadExampleProduct("hospital-cash");

describe("examples/hospital-cash, worked by hand", () => {
  testExampleSuite(example, Object.keys(expected));

  testWorkedCases(example, expected, (decision, want) => {
    expect(Object.fromEntries(decision.coverages.map((coverage) => [coverage.coverageId, [coverage.status, coverage.payable]]))).toEqual(want.coverages);
    expect(
      Object.fromEntries(decision.benefits.map((benefit) => [benefit.coverageId, { gross: benefit.gross, adjustments: benefit.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount]), payable: benefit.payable }])),
    ).toEqual(want.benefits);
    expect(decision.reasons.map((reason) => [reason.code, reason.clauseId])).toEqual(want.reasons);
    expect(decision.flags.map((flag) => flag.reasonCode)).toEqual(want.flags ?? []);
    expect(decision.missingDocuments.map((d) => `${d.documentType}:${d.documentId ?? ""}:${d.problem}`)).toEqual(want.missing ?? []);
    for (const [coverageId, after] of Object.entries(want.after)) expect(decision.counters.after.coverages[coverageId]).toMatchObject(after);
  });
});
