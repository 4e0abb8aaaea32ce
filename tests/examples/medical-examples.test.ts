import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Decision } from "../../src/index.js";
import { loadExampleProduct, testExampleSuite, testWorkedCases } from "../support/example-product.js";

// examples/medical: annual deductible 10,000.00 (clause 2.2); ratio 100% when settled through social
// insurance or when it could not be used, 60% when not used (2.3); annual limit 3,000,000.00 (2.4);
// self-pay portions are covered; the deductible is consumed in (service date, line id) order.
// Added in 2026.1 for claims 16–20, none of which changes a figure of claims 01–15 (no earlier line has an item code,
// a rehabilitation category or another insurer's payment; their ledgers only gain a "0.00" rehabilitation-per-year entry):
// - other insurers (2.5): what they paid on a line comes off after the fee cap and counts towards the deductible;
//   with another insurer, copies of the invoices do, but its settlement statement must be the original;
// - rehabilitation (2.6): 200.00 per session (the line's quantity) and 3,000.00 a policy year, after the ratio;
// - reasonable fees (2.7, fee schedule rc-2026, rule reasonable-fee-2.7): MRI-3T 900.00 per region (quantity),
//   PETCT-WB 7,300.00 per scan, IMPLANT-LCP 16,800.00 per line, applied after social insurance and self-pay.
interface Expected {
  readonly outcome: Decision["outcome"];
  readonly payable: string;
  /** Payable per line, in the claim's line order. */
  readonly lines: readonly string[];
  readonly reasons?: readonly string[];
  readonly flags?: readonly string[];
  readonly missing?: readonly string[];
  readonly after?: { readonly deductibleUsed: string; readonly paid: string; readonly subLimitsUsed?: Readonly<Record<string, string>> };
  /** Adjustments (kind, amount) of the lines given, by line id. */
  readonly adjustments?: Readonly<Record<string, readonly (readonly [string, string])[]>>;
}

const expected: Record<string, Expected> = {
  // Deductible met earlier (10,000.00 used). Billed − social insurance:
  // L1 600.00 − 360.00 = 240.00; L2 12,000.00 − 7,200.00 = 4,800.00; L3 3,450.80 − 1,800.00 = 1,650.80 (self-pay covered);
  // L4 1,280.00 − 768.00 = 512.00. 7,202.80 × 100% = 7,202.80; paid 5,000.00 + 7,202.80 = 12,202.80.
  "01-approved-in-full": { outcome: "approved", payable: "7202.80", lines: ["240.00", "4800.00", "1650.80", "512.00"], after: { deductibleUsed: "10000.00", paid: "12202.80" } },
  // 28,000.00 − 15,000.00 social insurance = 13,000.00 eligible. Deductible in service-date order:
  // L4 (05-12) 2,200.00, L1 (05-13) 7,500.00, L2 (05-14) 300.00 of 2,700.00 → 10,000.00. Left: L2 2,400.00 + L3 600.00 = 3,000.00.
  "02-deductible-partly-reached": { outcome: "approved", payable: "3000.00", lines: ["0.00", "2400.00", "600.00", "0.00"], after: { deductibleUsed: "10000.00", paid: "3000.00" } },
  // 2,000.00 of the deductible used: 8,000.00 left. L1 2,150.50 all deductible; L2 9,800.00 − 5,849.50 = 3,950.50.
  // 60%: L2 2,370.30; L3 4,500.55 × 0.6 = 2,700.33; L4 2,200.01 × 0.6 = 1,320.006 → 1,320.01 (half-up, per line). Σ 6,390.64.
  "03-no-social-insurance-60-percent": { outcome: "approved", payable: "6390.64", lines: ["0.00", "2370.30", "2700.33", "1320.01"], after: { deductibleUsed: "10000.00", paid: "6390.64" } },
  // Eligible 21,000.00 + 5,000.00 + 2,000.00 = 28,000.00; 3,000,000.00 − 2,996,500.00 = 3,500.00 of the annual limit left,
  // consumed by L1 (09-02) first.
  "04-annual-limit-reached": {
    outcome: "partially_approved",
    payable: "3500.00",
    lines: ["3500.00", "0.00", "0.00"],
    reasons: ["ANNUAL_LIMIT", "ANNUAL_LIMIT", "ANNUAL_LIMIT"],
    after: { deductibleUsed: "10000.00", paid: "3000000.00" },
  },
  // Cover began 2026-03-01; illness on 2026-03-20 is day 19 of the 30-day waiting period.
  "05-denied-waiting-period": { outcome: "denied", payable: "0.00", lines: ["0.00", "0.00", "0.00", "0.00"], reasons: ["WAITING_PERIOD"], after: { deductibleUsed: "0.00", paid: "0.00" } },
  "06-denied-cosmetic-exclusion": { outcome: "denied", payable: "0.00", lines: ["0.00", "0.00", "0.00"], reasons: ["COSMETIC_TREATMENT"] },
  // One notice: a copy where the original invoice is needed, a second invoice missing, discharge summary, accident
  // report, proof of relationship (the claimant is the spouse), and the rule's proof that social insurance could not pay.
  "07-pending-several-documents": {
    outcome: "pending_documents",
    payable: "0.00",
    lines: ["0.00", "0.00", "0.00"],
    missing: ["invoice:11010026-0101602:copy_only", "invoice:11010026-0101977:missing", "discharge_summary::missing", "accident_report::missing", "relationship_proof::missing", "si_exclusion_proof::missing"],
  },
  // 236,000.00 − 80,000.00 = 156,000.00; the deductible comes off L1 (10-20, first by id): 108,000.00 − 10,000.00 = 98,000.00.
  // Payable 146,000.00 once the reviewer confirms.
  "08-referred-large-claim": {
    outcome: "referred",
    payable: "146000.00",
    lines: ["98000.00", "26000.00", "16000.00", "6000.00"],
    reasons: ["LARGE_CLAIM"],
    after: { deductibleUsed: "10000.00", paid: "146000.00" },
  },
  // L1 (before the incident) and L4, L5 (supplements, carer) excluded by item rules. L2 26,000.00 − 15,600.00 = 10,400.00;
  // L3 4,320.60 − 2,160.30 = 2,160.30; L6 1,800.00 − 1,080.00 = 720.00. Σ 13,280.30; paid 23,400.00 + 13,280.30 = 36,680.30.
  "09-partial-items-excluded": {
    outcome: "partially_approved",
    payable: "13280.30",
    lines: ["0.00", "10400.00", "2160.30", "0.00", "0.00", "720.00"],
    reasons: ["BEFORE_INCIDENT", "NON_MEDICAL_ITEM", "NON_MEDICAL_ITEM"],
    flags: ["LATE_REPORT"],
    after: { deductibleUsed: "10000.00", paid: "36680.30" },
  },
  // Social insurance could not be used (liable third party, proof provided): 100%. 14,200.00 − 10,000.00 in date order:
  // L4 (03-08) 1,400.00, L1 (03-09) 8,600.00 of 9,800.00 → L1 1,200.00 + L3 2,100.00 + L2 900.00 = 4,200.00.
  "10-accident-third-party-early-flag": { outcome: "approved", payable: "4200.00", lines: ["1200.00", "900.00", "2100.00", "0.00"], flags: ["EARLY_CLAIM"] },
  // E11.6 starts with the declared pre-existing prefix E11.
  "11-denied-pre-existing": { outcome: "denied", payable: "0.00", lines: ["0.00", "0.00", "0.00"], reasons: ["PRE_EXISTING_CONDITION"] },
  // The period ends 2027-02-28; pneumonia on 2027-03-05 is outside it (clause 1.4): policyInForce is false.
  "12-denied-not-in-force": { outcome: "denied", payable: "0.00", lines: ["0.00", "0.00"], reasons: ["POLICY_NOT_IN_FORCE"] },
  // Cover began 2026-03-01; the record dates the first symptoms 2026-01-15, before it (clause 4.1), although the
  // surgery on 2026-06-02 (day 93) is past the 30-day waiting period.
  "13-denied-symptoms-before-cover": { outcome: "denied", payable: "0.00", lines: ["0.00", "0.00"], reasons: ["PRE_EXISTING_CONDITION"] },
  // X78.0 (intentional self-harm by a sharp object) starts with X7 (clause 4.3).
  "14-denied-self-harm": { outcome: "denied", payable: "0.00", lines: ["0.00"], reasons: ["SELF_HARM"] },
  // Claimant "other": referred to verify their authority (clause 5.3); the proof is there, so nothing is pending.
  // Deductible already met (10,000.00 used). L1 1,500.00 − 900.00 = 600.00; L2 2,400.00 − 1,440.00 = 960.00; 100% (settled
  // through social insurance): 1,560.00 once the reviewer confirms; paid 20,000.00 + 1,560.00 = 21,560.00.
  "15-referred-claimant-other": {
    outcome: "referred",
    payable: "1560.00",
    lines: ["600.00", "960.00"],
    reasons: ["CLAIMANT_AUTHORITY"],
    after: { deductibleUsed: "10000.00", paid: "21560.00" },
  },
  // DOMAIN.md's worked example with another insurer: 28,000.00 billed, social insurance 15,000.00 → 13,000.00; the
  // employer's group plan paid 4,236.50 (L2 3,100.00 + L3 1,136.50), which comes off and counts towards the
  // deductible: 10,000.00 − 4,236.50 = 5,763.50 left to consume. After social insurance and the other insurer:
  // L1 2,460.00 − 1,230.00 = 1,230.00; L2 16,850.00 − 9,120.00 − 3,100.00 = 4,630.00; L3 6,327.40 − 3,410.15 − 1,136.50 =
  // 1,780.75 (self-pay 420.60 covered); L4 1,080.00 − 648.00 = 432.00; L5 1,282.60 − 591.85 = 690.75; Σ 8,763.50.
  // Deductible in date order: L1 (08-18) 1,230.00, L2 (08-19) 4,533.50 → L2 96.50 left. 8,763.50 − 5,763.50 = 3,000.00,
  // the same 3,000.00 as without the other insurer (13,000.00 − 10,000.00). Deductible used 4,236.50 + 5,763.50.
  // Invoice copies and the original group-plan statement are there.
  "16-other-insurer-counts-towards-deductible": {
    outcome: "approved",
    payable: "3000.00",
    lines: ["0.00", "96.50", "1780.75", "432.00", "690.75"],
    reasons: [],
    adjustments: {
      L1: [["social_insurance", "1230.00"], ["deductible", "1230.00"]],
      L2: [["social_insurance", "9120.00"], ["other_insurance", "3100.00"], ["deductible", "4533.50"]],
      L3: [["social_insurance", "3410.15"], ["other_insurance", "1136.50"]],
    },
    after: { deductibleUsed: "10000.00", paid: "3000.00" },
  },
  // Deductible met (10,000.00 used), social insurance used: 100%.
  // L1 MRI-3T × 2, all self-pay (covered): 2,360.00 > 900.00 × 2 = 1,800.00 → fee cap 560.00 → 1,800.00.
  // L2 24,600.00 − 13,530.00 = 11,070.00. L3 IMPLANT-LCP, self-pay: 21,500.00 > 16,800.00 per line → fee cap 4,700.00.
  // L4 rehabilitation × 5: 1,450.00 − 290.00 = 1,160.00 > 200.00 × 5 = 1,000.00 → sub-limit 160.00; the year's 3,000.00
  // has 1,000.00 used after it. L5 1,200.00 − 720.00 = 480.00 (bed, no cap).
  // Σ 1,800.00 + 11,070.00 + 16,800.00 + 1,000.00 + 480.00 = 31,150.00; paid 18,520.40 + 31,150.00 = 49,670.40.
  "17-partial-fee-schedule-and-rehabilitation-session": {
    outcome: "partially_approved",
    payable: "31150.00",
    lines: ["1800.00", "11070.00", "16800.00", "1000.00", "480.00"],
    reasons: ["ABOVE_REASONABLE_FEE", "ABOVE_REASONABLE_FEE", "SUB_LIMIT"],
    adjustments: { L1: [["fee_cap", "560.00"]], L3: [["fee_cap", "4700.00"]], L4: [["social_insurance", "290.00"], ["sub_limit", "160.00"]] },
    after: { deductibleUsed: "10000.00", paid: "49670.40", subLimitsUsed: { "rehabilitation-per-year": "1000.00" } },
  },
  // The same accident, a rehabilitation stay not settled through social insurance: 60%, rounded half-up per line.
  // Deductible met. Another insurer paid 1,000.00 of L4: 2,845.55 − 1,000.00 = 1,845.55.
  // × 0.6: L1 4,386.00 → 2,631.60; L2 2,058.30 → 1,234.98; L3 1,171.43 → 702.858 → 702.86; L4 1,845.55 → 1,107.33.
  // L1 rehabilitation × 12: 200.00 × 12 = 2,400.00 → sub-limit 231.60; then the year: 3,000.00 − 1,000.00 used =
  // 2,000.00 left → sub-limit 400.00 → 2,000.00. Σ 2,000.00 + 1,234.98 + 702.86 + 1,107.33 = 5,045.17;
  // paid 49,670.40 + 5,045.17 = 54,715.57; rehabilitation-per-year 3,000.00.
  "18-partial-rehabilitation-year-limit-other-insurer": {
    outcome: "partially_approved",
    payable: "5045.17",
    lines: ["2000.00", "1234.98", "702.86", "1107.33"],
    reasons: ["SUB_LIMIT", "SUB_LIMIT"],
    adjustments: {
      L1: [["coinsurance", "1754.40"], ["sub_limit", "231.60"], ["sub_limit", "400.00"]],
      L3: [["coinsurance", "468.57"]],
      L4: [["other_insurance", "1000.00"], ["coinsurance", "738.22"]],
    },
    after: { deductibleUsed: "10000.00", paid: "54715.57", subLimitsUsed: { "rehabilitation-per-year": "3000.00" } },
  },
  // Another insurer paid 800.00: a copy of the invoice does (req-invoice-copies), but only a copy of the other
  // insurer's settlement statement arrived where the original is required.
  "19-pending-other-insurer-statement-copy": {
    outcome: "pending_documents",
    payable: "0.00",
    lines: ["0.00", "0.00"],
    reasons: ["DOCUMENT_ORIGINAL_REQUIRED"],
    missing: ["other_insurer_settlement::copy_only"],
    after: { deductibleUsed: "0.00", paid: "0.00" },
  },
  // A high-end plan paid everything social insurance left: L1 9,800.00 − 5,390.00 − 4,410.00 = 0.00; L2 2,150.40 −
  // 1,182.72 − 967.68 = 0.00. Nothing payable (indemnity), approved under the terms; its 5,377.68 counts towards the
  // deductible, so 4,622.32 of it is left for the rest of the year.
  "20-other-insurer-paid-the-rest": {
    outcome: "approved",
    payable: "0.00",
    lines: ["0.00", "0.00"],
    reasons: [],
    adjustments: { L1: [["social_insurance", "5390.00"], ["other_insurance", "4410.00"]], L2: [["social_insurance", "1182.72"], ["other_insurance", "967.68"]] },
    after: { deductibleUsed: "5377.68", paid: "0.00" },
  },
};

const example = loadExampleProduct("medical");

// Claims 21–23 (examples/medical/claims, run here rather than as case files, so the demo year and the analytics
// fixtures built from the case files keep their figures):
const providerCases: Record<string, Expected> = {
  // Clause 2.1 covers "二级及以上公立医院普通部": public hospitals of grade II or above, general department. Claims 21–23
  // are claim 01's stay (deductible met, 5,000.00 paid before; 01 pays 7,202.80) elsewhere; the provider's grade,
  // ownership and department are the claim's providers[] (every claim 01–20 names a public grade III hospital, general
  // department, so none of their figures moved).
  // 21: 北京和睦家医院 is private: every line is outside clause 2.1: what social insurance left of it (L1 600.00 − 360.00
  // = 240.00, L2 12,000.00 − 7,200.00 = 4,800.00, …) is provider_not_eligible, PROVIDER_NOT_COVERED citing 2.1. Nothing
  // is payable, denied; the ledger does not move.
  "21-denied-private-hospital": {
    outcome: "denied",
    payable: "0.00",
    lines: ["0.00", "0.00", "0.00", "0.00"],
    reasons: ["PROVIDER_NOT_COVERED", "PROVIDER_NOT_COVERED", "PROVIDER_NOT_COVERED", "PROVIDER_NOT_COVERED"],
    adjustments: { L1: [["social_insurance", "360.00"], ["provider_not_eligible", "240.00"]], L2: [["social_insurance", "7200.00"], ["provider_not_eligible", "4800.00"]] },
    after: { deductibleUsed: "10000.00", paid: "5000.00" },
  },
  // 22: a grade I (一级) community hospital, public and general department: below grade II, every line is outside 2.1.
  "22-denied-grade-one-hospital": {
    outcome: "denied",
    payable: "0.00",
    lines: ["0.00", "0.00", "0.00", "0.00"],
    reasons: ["PROVIDER_NOT_COVERED", "PROVIDER_NOT_COVERED", "PROVIDER_NOT_COVERED", "PROVIDER_NOT_COVERED"],
    after: { deductibleUsed: "10000.00", paid: "5000.00" },
  },
  // 23: 北京协和医院 (public, grade III) billed the bed L1 (4,000.00, all self-pay) from its special-needs ward (the line's
  // department special_needs): L1 is outside 2.1 (DEPARTMENT_NOT_COVERED). The rest as claim 01: L2 12,000.00 −
  // 7,200.00 = 4,800.00; L3 3,450.80 − 1,800.00 = 1,650.80; L4 1,280.00 − 768.00 = 512.00; 6,962.80 × 100% = 6,962.80,
  // partially approved; paid 5,000.00 + 6,962.80 = 11,962.80.
  "23-partial-special-needs-ward": {
    outcome: "partially_approved",
    payable: "6962.80",
    lines: ["0.00", "4800.00", "1650.80", "512.00"],
    reasons: ["DEPARTMENT_NOT_COVERED"],
    adjustments: { L1: [["provider_not_eligible", "4000.00"]] },
    after: { deductibleUsed: "10000.00", paid: "11962.80" },
  },
};

describe("examples/medical, worked by hand", () => {
  testExampleSuite(example, Object.keys(expected));

  testWorkedCases(example, expected, (decision, want) => {
    expect(decision.lines.map((line) => line.payable)).toEqual(want.lines);
    if (want.reasons !== undefined) expect(decision.reasons.map((reason) => reason.code)).toEqual(want.reasons);
    expect(decision.flags.map((flag) => flag.reasonCode)).toEqual(want.flags ?? []);
    expect(decision.missingDocuments.map((d) => `${d.documentType}:${d.documentId ?? ""}:${d.problem}`)).toEqual(want.missing ?? []);
    if (want.after !== undefined) expect(decision.counters.after.coverages["inpatient-medical"]).toMatchObject(want.after);
    for (const [lineId, adjustments] of Object.entries(want.adjustments ?? {})) {
      expect(decision.lines.find((line) => line.lineId === lineId)?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])).toEqual(adjustments);
    }
  });
});

describe("examples/medical: clause 2.1's providers (二级及以上公立医院普通部), claims 21–23 worked by hand", () => {
  // Each is claim 01's stay elsewhere, decided as case 01 is: asOf 2026-07-24, the deductible met, 5,000.00 paid.
  const run = (key: string) => {
    const base = example.cases.find((candidate) => candidate.key === "01-approved-in-full");
    if (base === undefined) throw new Error("no case 01");
    const claim: unknown = JSON.parse(readFileSync(new URL(`../../examples/medical/claims/${key}.json`, import.meta.url), "utf8"));
    return example.adjudicator.adjudicate(claim, { asOf: base.asOf, ...(base.accumulators !== undefined ? { accumulators: base.accumulators as never } : {}) });
  };
  test.each(Object.entries(providerCases))("%s", async (key, want) => {
    const decision = await run(key);
    expect([decision.outcome, decision.payable]).toEqual([want.outcome, want.payable]);
    expect(decision.lines.map((line) => line.payable)).toEqual(want.lines);
    expect(decision.reasons.map((reason) => reason.code)).toEqual(want.reasons);
    expect(decision.counters.after.coverages["inpatient-medical"]).toMatchObject(want.after ?? {});
    for (const [lineId, adjustments] of Object.entries(want.adjustments ?? {})) {
      expect(decision.lines.find((line) => line.lineId === lineId)?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])).toEqual(adjustments);
    }
  });
  test.each([
    {
      key: "21-denied-private-hospital",
      en: "北京和睦家医院 is a private provider; the policy covers treatment at public hospitals of grade II or above, general department.",
      zh: "北京和睦家医院为民营医疗机构，保险合同约定的就诊医疗机构为二级及以上公立医院普通部。",
    },
    {
      key: "22-denied-grade-one-hospital",
      en: "北京市朝阳区社区卫生服务中心（一级医院） is a grade I hospital; the policy covers treatment at public hospitals of grade II or above, general department.",
      zh: "北京市朝阳区社区卫生服务中心（一级医院）为一级医院，保险合同约定的就诊医疗机构为二级及以上公立医院普通部。",
    },
    {
      key: "23-partial-special-needs-ward",
      en: "This item was billed by the special-needs department of 北京协和医院; the policy covers treatment at public hospitals of grade II or above, general department.",
      zh: "该项费用由北京协和医院特需部收取，保险合同约定的就诊医疗机构为二级及以上公立医院普通部。",
    },
  ])("$key names clause 2.1 and the provider", async ({ key, en, zh }) => {
    const decision = await run(key);
    expect(new Set(decision.reasons.map((reason) => reason.clauseId))).toEqual(new Set(["2.1"]));
    expect(decision.reasons[0]?.message).toEqual({ en, zh });
    expect(decision.explanation.zh).toContain(zh);
  });

  test("without the provider's grade, ownership and department, a person checks the line (no refusal, no payment)", async () => {
    const entry = example.cases.find((candidate) => candidate.key === "01-approved-in-full");
    if (entry === undefined) throw new Error("no case 01");
    const claim = entry.claim as { providers: { id: string; name: string }[] };
    const bare = { ...claim, providers: claim.providers.map(({ id, name }) => ({ id, name })) };
    const decision = await example.adjudicator.adjudicate(bare as never, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) });
    expect(decision.outcome).toBe("referred");
    expect(decision.reasons.map((reason) => [reason.code, reason.clauseId])).toContainEqual(["PROVIDER_NOT_VERIFIED", "2.1"]);
  });
});
