import { describe, expect, test } from "vitest";
import type { Decision } from "../../src/index.js";
import { Dec } from "../../src/money/money.js";
import { loadExampleProduct, testExampleSuite, testWorkedCases } from "../support/example-product.js";

// examples/critical-illness: Kangning Term Critical Illness Insurance, 30 years from 2026-01-10 (clause 1.3), insured
// 陈静 (born 1991); thyroid disease (E04, D34, D09.3, C73) excluded by special agreement (6.1).
// - critical-illness (fixed, sum insured 500,000.00; illness and accident; 90-day waiting period for illness, 1.4).
//   Tiers, most severe first; each pays the conditions that name it (its definitions, clauses 3.1 and 3.2), the first
//   tier one of whose definitions the claim meets pays:
//   major (2.1): C00–C97 except C44; I21 with a severity marker (troponin ≥ 15 × the limit, CK-MB ≥ 2 ×, LVEF < 50%
//   from day 42, a new aneurysm, VT/VF or shock); I60, I61, I63 with a severe deficit observed from day 180; Z94.x
//   transplants, N18.5, D33, G12.2, G20, G30, D61, K72.1, J96.1, T31.2–T31.9: 100% less what the coverage paid before
//   (mild payouts), once; ends the coverage.
//   mild (2.2): D00–D09, C44, I21 (any other), I60/I61/I63 with a lesser deficit from day 180, Z95.5, D35.2, H54.4:
//   30% = 150,000.00, each condition once, at most 3 times.
// - female-cancer-extra (fixed, 2.3): 20% of 500,000.00 = 100,000.00 for C50–C58, once; its own waiting period is
//   180 days (1.4), so no rule uses waitingPeriodPassed (it would apply the longest, 180 days, to the main cover too).
// Amounts are whole shares of the sum insured: no rounding arises. Days of cover count from 2026-01-10 (day 0):
// 01-05 is day −5 (before cover), 03-27 day 76, 04-20 day 100, 05-28 day 138, 06-18 day 159, 07-14 day 185, 08-21 day 223,
// 10-15 day 278, 11-18 day 312.
type CoverageStatus = Decision["coverages"][number]["status"];
type Pair = readonly [string, string];
interface Expected {
  readonly outcome: Decision["outcome"];
  readonly payable: string;
  /** Status and payable of every coverage; empty when a deny rule or missing documents stop the claim before any calculation. */
  readonly coverages: Readonly<Record<string, readonly [CoverageStatus, string]>>;
  /** Per coverage that found its event: the tier that paid, gross, adjustments (kind, amount), payable. */
  readonly benefits: Readonly<Record<string, { readonly tier: string; readonly gross: string; readonly adjustments: readonly Pair[]; readonly payable: string }>>;
  /** Reason codes with the clause each cites. */
  readonly reasons: readonly Pair[];
  readonly flags?: readonly string[];
  /** documentType:documentId:problem */
  readonly missing?: readonly string[];
  /** Rules that fired, when more fired than the reasons show. */
  readonly rules?: readonly string[];
  /** The ledger after the claim, per coverage. */
  readonly after: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

const untouched = { paid: "0.00", payouts: {}, ended: false };
const allUntouched = { "critical-illness": untouched, "female-cancer-extra": untouched };
const extraNotApplicable = { "female-cancer-extra": ["not_applicable", "0.00"] as const };

const expected: Record<string, Expected> = {
  // Invasive breast carcinoma (C50.4) on day 223: the major tier (C5) pays 500,000.00 × 1 with nothing paid before,
  // and ends the cover; C50 past the 180-day wait also pays the female cancer benefit, 500,000.00 × 0.2 = 100,000.00.
  "01-major-breast-cancer-with-female-extra": {
    outcome: "approved",
    payable: "600000.00",
    coverages: { "critical-illness": ["paid", "500000.00"], "female-cancer-extra": ["paid", "100000.00"] },
    benefits: {
      "critical-illness": { tier: "major", gross: "500000.00", adjustments: [], payable: "500000.00" },
      "female-cancer-extra": { tier: "female-cancer", gross: "100000.00", adjustments: [], payable: "100000.00" },
    },
    reasons: [],
    after: {
      "critical-illness": { paid: "500000.00", payouts: { major: 1 }, ended: true },
      "female-cancer-extra": { paid: "100000.00", payouts: { "female-cancer": 1 }, ended: true },
    },
  },
  // Cervical carcinoma in situ (D06.0) on day 138, past the 90 days: the mild tier (D0), 500,000.00 × 0.3 = 150,000.00;
  // the cover goes on. D06 is not a C50–C58 cancer: the female cancer benefit does not concern it. Day 138 < 180: EARLY_CLAIM.
  "02-mild-carcinoma-in-situ": {
    outcome: "approved",
    payable: "150000.00",
    coverages: { "critical-illness": ["paid", "150000.00"], ...extraNotApplicable },
    benefits: { "critical-illness": { tier: "mild", gross: "150000.00", adjustments: [], payable: "150000.00" } },
    reasons: [],
    flags: ["EARLY_CLAIM"],
    after: { "critical-illness": { paid: "150000.00", payouts: { mild: 1 }, ended: false }, "female-cancer-extra": untouched },
  },
  // Acute anterior myocardial infarction with a stent (I21.0, Z95.5): troponin I at 1,380 times the upper reference limit
  // (finding troponin-15x-url) meets 较重急性心肌梗死 (3.1), the major tier's definition, which comes first. One mild
  // payout of 150,000.00 before: 500,000.00 − 150,000.00 = 350,000.00; paid in all 500,000.00, cover ended.
  "03-major-mi-deducts-mild": {
    outcome: "approved",
    payable: "350000.00",
    coverages: { "critical-illness": ["paid", "350000.00"], ...extraNotApplicable },
    benefits: { "critical-illness": { tier: "major", gross: "500000.00", adjustments: [["earlier_payments", "150000.00"]], payable: "350000.00" } },
    reasons: [],
    after: { "critical-illness": { paid: "500000.00", payouts: { mild: 1, major: 1 }, ended: true }, "female-cancer-extra": untouched },
  },
  // Cervical squamous cell carcinoma (C53.0) on day 159: past the main cover's 90 days, so the major tier pays
  // 500,000.00; inside the female cancer benefit's 180 days, so its 100,000.00 is refused (WAITING_PERIOD, 1.4). A
  // refused benefit makes the claim partial. EARLY_CLAIM (159 < 180).
  "04-partial-cervical-cancer-extra-in-waiting": {
    outcome: "partially_approved",
    payable: "500000.00",
    coverages: { "critical-illness": ["paid", "500000.00"], "female-cancer-extra": ["refused", "0.00"] },
    benefits: {
      "critical-illness": { tier: "major", gross: "500000.00", adjustments: [], payable: "500000.00" },
      "female-cancer-extra": { tier: "female-cancer", gross: "100000.00", adjustments: [["coverage_not_applicable", "100000.00"]], payable: "0.00" },
    },
    reasons: [["WAITING_PERIOD", "1.4"]],
    flags: ["EARLY_CLAIM"],
    after: { "critical-illness": { paid: "500000.00", payouts: { major: 1 }, ended: true }, "female-cancer-extra": untouched },
  },
  // Lung adenocarcinoma (C34.1) on day 76 < 90: the major tier's 500,000.00 is refused (WAITING_PERIOD, 1.4) and nothing
  // else pays: denied. C34 is not a female cancer. EARLY_CLAIM.
  "05-denied-waiting-period": {
    outcome: "denied",
    payable: "0.00",
    coverages: { "critical-illness": ["refused", "0.00"], ...extraNotApplicable },
    benefits: { "critical-illness": { tier: "major", gross: "500000.00", adjustments: [["coverage_not_applicable", "500000.00"]], payable: "0.00" } },
    reasons: [["WAITING_PERIOD", "1.4"]],
    flags: ["EARLY_CLAIM"],
    after: allUntouched,
  },
  // Papillary thyroid carcinoma (C73): excluded by the special agreement (6.1), and the nodule was first found on
  // 2025-12-08, before cover (4.1). The stage review and staging report rules fire too, moot once denied; the staging
  // report was sent, so nothing is missing.
  "06-denied-thyroid-special-agreement": {
    outcome: "denied",
    payable: "0.00",
    coverages: {},
    benefits: {},
    reasons: [["PRE_EXISTING_CONDITION", "6.1"], ["PRE_EXISTING_CONDITION", "4.1"]],
    rules: ["excluded-condition-6.1", "symptoms-before-cover-4.1", "tumour-stage-review-5.4", "tumour-staging-report-5.2"],
    after: allUntouched,
  },
  // Hodgkin lymphoma (C81.1): at Ann Arbor stage I the wording pays it as mild, and the stage is not in the claim's
  // data, so a reviewer confirms it (5.4); the PET-CT staging report asked by rule is there. What stands if confirmed:
  // the major tier (C8), 500,000.00, and the cover ends.
  "07-referred-hodgkin-stage-review": {
    outcome: "referred",
    payable: "500000.00",
    coverages: { "critical-illness": ["paid", "500000.00"], ...extraNotApplicable },
    benefits: { "critical-illness": { tier: "major", gross: "500000.00", adjustments: [], payable: "500000.00" } },
    reasons: [["TUMOUR_STAGE_REVIEW", "5.4"]],
    rules: ["tumour-stage-review-5.4", "tumour-staging-report-5.2"],
    after: { "critical-illness": { paid: "500000.00", payouts: { major: 1 }, ended: true }, "female-cancer-extra": untouched },
  },
  // Cerebral infarction from moyamoya disease (I63.5, I67.5): only a copy of the diagnosis certificate (the original is
  // required), no examination report (the MRI), and no neurological examination issued 180 days or more after the
  // diagnosis of 04-20 (on or after 10-17, clause 5.2). One notice, nothing calculated. Reported 2026-05-06, 16 days after onset: LATE_REPORT; day 100 < 180: EARLY_CLAIM.
  "08-pending-stroke-documents": {
    outcome: "pending_documents",
    payable: "0.00",
    coverages: {},
    benefits: {},
    reasons: [["DOCUMENT_ORIGINAL_REQUIRED", "5.2"], ["DOCUMENT_MISSING", "5.2"], ["DOCUMENT_MISSING", "5.2"]],
    flags: ["LATE_REPORT", "EARLY_CLAIM"],
    missing: ["diagnosis_certificate::copy_only", "examination_report::missing", "neurological_examination::missing"],
    after: allUntouched,
  },
  // Basal cell carcinoma of the skin (C44.3): the mild tier holds, but it has paid 3 times (450,000.00) already, its
  // maximum: 150,000.00 gross, all of it over the maximum; nothing payable and a reduction, so denied. The cover stays
  // open for a major illness (which would pay 500,000.00 − 450,000.00).
  "09-denied-mild-limit-reached": {
    outcome: "denied",
    payable: "0.00",
    coverages: { "critical-illness": ["nothing_payable", "0.00"], ...extraNotApplicable },
    benefits: { "critical-illness": { tier: "mild", gross: "150000.00", adjustments: [["benefit_maximum", "150000.00"]], payable: "0.00" } },
    reasons: [["PAYOUTS_EXHAUSTED", "2.2"]],
    after: { "critical-illness": { paid: "450000.00", payouts: { mild: 3 }, ended: false }, "female-cancer-extra": untouched },
  },
  // End-stage renal disease (N18.5, a major illness) caused by autosomal dominant polycystic kidney disease (Q61.2):
  // hereditary and congenital conditions are excluded (4.2). Her mother claims: her ID and the household register
  // (relationship proof) are there.
  "10-denied-congenital-polycystic-kidney": {
    outcome: "denied",
    payable: "0.00",
    coverages: {},
    benefits: {},
    reasons: [["CONGENITAL_CONDITION", "4.2"]],
    after: allUntouched,
  },
  // Acute myeloid leukaemia (C92.0) diagnosed on 2026-01-05 by bone marrow pathology, five days before cover began
  // (the claim form's 01-12 is the later molecular typing report): outside the period (1.3). The first symptoms, on
  // 2025-12-29, are before cover too (4.1). Nothing calculated. Day −5 < 180: EARLY_CLAIM.
  "11-denied-diagnosed-before-cover": {
    outcome: "denied",
    payable: "0.00",
    coverages: {},
    benefits: {},
    reasons: [["POLICY_NOT_IN_FORCE", "1.3"], ["PRE_EXISTING_CONDITION", "4.1"]],
    flags: ["EARLY_CLAIM"],
    rules: ["not-in-force-1.3", "symptoms-before-cover-4.1", "early-claim-5.4"],
    after: allUntouched,
  },
  // Diffuse large B-cell lymphoma resulting from HIV disease (C83.3, B21.2) on day 278: HIV is excluded unless acquired
  // by transfusion or at work (4.2), and she reports a transfusion in 2019, so a reviewer establishes the route. What
  // stands if confirmed: the major tier (C8), 500,000.00 with nothing paid before, and the cover ends. C83 is not a
  // female cancer; not C81, so no stage review.
  "12-referred-hiv-lymphoma": {
    outcome: "referred",
    payable: "500000.00",
    coverages: { "critical-illness": ["paid", "500000.00"], ...extraNotApplicable },
    benefits: { "critical-illness": { tier: "major", gross: "500000.00", adjustments: [], payable: "500000.00" } },
    reasons: [["HIV_EXCLUSION_REVIEW", "4.2"]],
    rules: ["hiv-4.2"],
    after: { "critical-illness": { paid: "500000.00", payouts: { major: 1 }, ended: true }, "female-cancer-extra": untouched },
  },
  // Ovarian carcinoma (C56) on day 312, claimed by her sister ("other") with a power of attorney: referred to verify
  // the authority (5.3); her ID and the letter are there. What stands if confirmed: the major tier less the mild payout
  // of May, 500,000.00 − 150,000.00 = 350,000.00 (paid in all 500,000.00, the cover ends); C56 past the 180 days pays
  // the female cancer benefit, 500,000.00 × 0.2 = 100,000.00. Total 450,000.00.
  "13-referred-sister-claims-ovarian-cancer": {
    outcome: "referred",
    payable: "450000.00",
    coverages: { "critical-illness": ["paid", "350000.00"], "female-cancer-extra": ["paid", "100000.00"] },
    benefits: {
      "critical-illness": { tier: "major", gross: "500000.00", adjustments: [["earlier_payments", "150000.00"]], payable: "350000.00" },
      "female-cancer-extra": { tier: "female-cancer", gross: "100000.00", adjustments: [], payable: "100000.00" },
    },
    reasons: [["CLAIMANT_AUTHORITY", "5.3"]],
    rules: ["claimant-other-5.3"],
    after: {
      "critical-illness": { paid: "500000.00", payouts: { mild: 1, major: 1 }, ended: true },
      "female-cancer-extra": { paid: "100000.00", payouts: { "female-cancer": 1 }, ended: true },
    },
  },
  // The case, in this product. Cerebral infarction (I63.4) diagnosed 06-01 (day 142, past the 90 days), claimed
  // 06-20. 严重脑中风后遗症 needs a deficit still present 180 days after the diagnosis, and clause 5.2 a neurological
  // examination issued on or after 06-01 + 180 days = 11-28. The one sent is of 06-15 (day 14): too early, so the claim
  // waits for it (before: paid 500,000.00 on the ICD-10 code). EARLY_CLAIM (142 < 180).
  "15-pending-stroke-examination-too-early": {
    outcome: "pending_documents",
    payable: "0.00",
    coverages: {},
    benefits: {},
    reasons: [["DOCUMENT_TOO_EARLY", "5.2"]],
    flags: ["EARLY_CLAIM"],
    missing: ["neurological_examination::issued_too_early"],
    after: allUntouched,
  },
  // The same infarction with the examination of 11-30 (day 182 ≥ 180): the left limbs still at strength grade 2, one of
  // 严重脑中风后遗症's deficits (3.1): the major tier, 500,000.00 × 1, nothing paid before; the cover ends.
  "16-approved-stroke-deficit-at-180-days": {
    outcome: "approved",
    payable: "500000.00",
    coverages: { "critical-illness": ["paid", "500000.00"], ...extraNotApplicable },
    benefits: { "critical-illness": { tier: "major", gross: "500000.00", adjustments: [], payable: "500000.00" } },
    reasons: [],
    flags: ["EARLY_CLAIM"],
    after: { "critical-illness": { paid: "500000.00", payouts: { major: 1 }, ended: true }, "female-cancer-extra": untouched },
  },
  // Strength grade 3 at day 182: none of the severe deficits (3.1), so the major tier's definition is not met; grade 3 is
  // 轻度脑中风后遗症 (3.2): the mild tier, 500,000.00 × 0.3 = 150,000.00; the cover goes on.
  "17-approved-mild-stroke-grade-3": {
    outcome: "approved",
    payable: "150000.00",
    coverages: { "critical-illness": ["paid", "150000.00"], ...extraNotApplicable },
    benefits: { "critical-illness": { tier: "mild", gross: "150000.00", adjustments: [], payable: "150000.00" } },
    reasons: [],
    flags: ["EARLY_CLAIM"],
    after: { "critical-illness": { paid: "150000.00", payouts: { mild: 1 }, conditionsPaid: { mild: ["mild-stroke-sequelae"] }, ended: false }, "female-cancer-extra": untouched },
  },
  // NSTEMI (I21.4) on 07-20 (day 191): troponin T at 6 times the limit (not 15), no CK-MB marker, ejection fraction 58%
  // on 09-01 (day 43, past the 6 weeks, not below 50%): none of 较重急性心肌梗死's markers, and the claim's evidence
  // reaches 09-10, past day 42, so nothing is left to wait for. 较轻急性心肌梗死 (3.2): the mild tier, 150,000.00.
  // (Before: paid 500,000.00 as a major illness on I21.)
  "18-approved-mild-mi-without-severity-markers": {
    outcome: "approved",
    payable: "150000.00",
    coverages: { "critical-illness": ["paid", "150000.00"], ...extraNotApplicable },
    benefits: { "critical-illness": { tier: "mild", gross: "150000.00", adjustments: [], payable: "150000.00" } },
    reasons: [],
    after: { "critical-illness": { paid: "150000.00", payouts: { mild: 1 }, conditionsPaid: { mild: ["mild-acute-mi"] }, ended: false }, "female-cancer-extra": untouched },
  },
  // Liver transplant (Z94.4, a major illness) for acute liver failure after a deliberate paracetamol overdose (T39.1,
  // X60 intentional self-poisoning): the self-harm exclusion (4.3); nothing records a lack of legal capacity. Her
  // husband claims: his ID and the marriage certificate are there. Day 185: no flag.
  "14-denied-self-harm-liver-transplant": {
    outcome: "denied",
    payable: "0.00",
    coverages: {},
    benefits: {},
    reasons: [["SELF_HARM", "4.3"]],
    rules: ["self-harm-4.3"],
    after: allUntouched,
  },
};

const example = loadExampleProduct("critical-illness");
const { adjudicator, cases, run } = example;
const sum = (amounts: readonly string[]) => amounts.reduce((total, amount) => total.plus(amount), new Dec(0));

describe("examples/critical-illness, worked by hand", () => {
  testExampleSuite(example, Object.keys(expected));

  testWorkedCases(example, expected, (decision, want) => {
    expect(decision.lines).toEqual([]);
    expect(Object.fromEntries(decision.coverages.map((coverage) => [coverage.coverageId, [coverage.status, coverage.payable]]))).toEqual(want.coverages);
    expect(
      Object.fromEntries(
        decision.benefits.map((benefit) => [
          benefit.coverageId,
          { tier: benefit.benefitId, gross: benefit.gross, adjustments: benefit.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount]), payable: benefit.payable },
        ]),
      ),
    ).toEqual(want.benefits);
    expect(decision.reasons.map((reason) => [reason.code, reason.clauseId])).toEqual(want.reasons);
    expect(decision.flags.map((flag) => flag.reasonCode)).toEqual(want.flags ?? []);
    expect(decision.missingDocuments.map((d) => `${d.documentType}:${d.documentId ?? ""}:${d.problem}`)).toEqual(want.missing ?? []);
    if (want.rules !== undefined) expect(decision.triggeredRules.map((rule) => rule.ruleId)).toEqual(want.rules);
    for (const [coverageId, after] of Object.entries(want.after)) expect(decision.counters.after.coverages[coverageId]).toMatchObject(after);
    // Balancing: gross − adjustments = payable on every benefit; the claim pays the sum of its coverages.
    for (const benefit of decision.benefits) expect(new Dec(benefit.gross).minus(sum(benefit.adjustments.map((a) => a.amount))).toFixed(2)).toBe(benefit.payable);
    expect(sum(decision.coverages.map((coverage) => coverage.payable)).toFixed(2)).toBe(decision.payable);
  });

  test("a major illness after the cover ended pays nothing: the ledger of case 03 carried into the next claim", async () => {
    const byKey = new Map(cases.map((entry) => [entry.key, entry]));
    const mi = byKey.get("03-major-mi-deducts-mild");
    const cancer = byKey.get("01-major-breast-cancer-with-female-extra");
    if (mi === undefined || cancer === undefined) throw new Error("cases 01 and 03 are missing");
    const first = await run(mi);
    // The breast cancer claim (day 223) adjudicated after the infarction: the major cover ended (COVERAGE_ENDED, 2.1);
    // the female cancer benefit is a coverage of its own and still pays 100,000.00 — partial.
    const second = await adjudicator.adjudicate(cancer.claim, { asOf: "2026-11-30", accumulators: first.accumulatorsAfter });
    expect([second.outcome, second.payable]).toEqual(["partially_approved", "100000.00"]);
    expect(second.reasons.map((reason) => [reason.code, reason.clauseId])).toEqual([["COVERAGE_ENDED", "2.1"]]);
    expect(second.counters.after.coverages["critical-illness"]).toMatchObject({ paid: "500000.00", ended: true });
  });
});
