import { describe, expect } from "vitest";
import type { Decision } from "../../src/index.js";
import { Dec } from "../../src/money/money.js";
import { loadExampleProduct, testExampleSuite, testWorkedCases } from "../support/example-product.js";

// examples/accident: Anxing Personal Accident Insurance, period 2026-02-01 … 2027-01-31 (clause 1.3), insured 赵磊.
// Coverages, in the policy's order (death comes after disability so it sees what disability pays on the same claim):
// - accidental-disability (2.2, schedule): 500,000.00 × the JR/T 0083-2013 share of the grade (grade 1 100% … grade 10
//   10%); the most severe grade counts, two or more at it promote it one grade; assessed within 180 days, a later
//   assessment is referred (DISABILITY_ASSESSED_LATE); earlier payments are deducted.
// - accidental-death (2.1, fixed): 500,000.00 if death follows within 180 days, less the disability paid; ends the cover.
// - accident-medical (2.3, reimbursement, accidents only): billed − social insurance (self-pay is covered), − 100.00 per
//   claim (consumed in service date, line id order), × 90% rounded half-up per line, within 50,000.00 a year.
// - accident-hospital-cash (2.4, per diem): 100.00 a day after 3 deductible days, 90 days a stay, 180 a year.
// No waiting periods. Exclusions (3.1–3.5) are read from ICD-10 external-cause codes: X60–X84 self-harm; Y90.1–Y90.9
// (blood alcohol ≥ 20 mg/100 mL) with a motor vehicle driver code; V96, V97.2, T70.3 high-risk activities; F11–F16,
// F19 illegal drugs; Y36 war, W88 nuclear radiation. Days of cover count from 2026-02-01 (day 0).
type CoverageStatus = Decision["coverages"][number]["status"];
type Pair = readonly [string, string];
interface Expected {
  readonly outcome: Decision["outcome"];
  readonly payable: string;
  /** Payable per line, in the claim's line order. */
  readonly lines: readonly string[];
  /** Adjustments (kind, amount) per line, where the calculation is worth showing line by line. */
  readonly lineAdjustments?: readonly (readonly Pair[])[];
  /** Status and payable of every coverage; empty when a deny rule or missing documents stop the claim before any calculation. */
  readonly coverages: Readonly<Record<string, readonly [CoverageStatus, string]>>;
  /** Benefits of the non-reimbursement coverages: gross, adjustments (kind, amount), payable. */
  readonly benefits: Readonly<Record<string, { readonly gross: string; readonly adjustments: readonly Pair[]; readonly payable: string }>>;
  /** Reason codes with the clause each cites. */
  readonly reasons: readonly Pair[];
  readonly flags?: readonly string[];
  /** documentType:documentId:problem */
  readonly missing?: readonly string[];
  /** A death benefit's payees: beneficiary id (or `estate`), share, amount. */
  readonly payees?: readonly (readonly [string, string, string])[];
  /** The payee notes, in English. */
  readonly payeeNotes?: readonly string[];
  /** The ledger after the claim, per coverage (coverages not listed keep what they had). */
  readonly after: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

const notApplicable = ["not_applicable", "0.00"] as const;
const allNotApplicable = {
  "accidental-disability": notApplicable,
  "accidental-death": notApplicable,
  "accident-medical": notApplicable,
  "accident-hospital-cash": notApplicable,
};
const untouched = { deductibleUsed: "0.00", paid: "0.00", daysPaid: 0, payouts: {}, disabilities: [], ended: false };
const allUntouched = { "accidental-disability": untouched, "accidental-death": untouched, "accident-medical": untouched, "accident-hospital-cash": untouched };

const expected: Record<string, Expected> = {
  // Slipped on metro steps on 2026-03-14 (day 41 of cover), social insurance used. Self-pay is covered (2.3), so
  // eligible = billed − social insurance: L1 1,286.50 − 707.58 = 578.92; L2 6,420.00 − 3,531.00 = 2,889.00;
  // L3 8,960.00 − 3,763.20 = 5,196.80 (its 2,688.00 self-pay stays in); L4 1,032.64 − 619.58 = 413.06;
  // L5 360.00 − 216.00 = 144.00; L6 288.00 − 172.80 = 115.20. Σ 9,336.98.
  // The 100.00 per-claim deductible comes off the earliest line, L1 (03-14): 478.92.
  // 90%, half-up per line: L1 431.028 → 431.03 (coinsurance 47.89); L2 2,600.10 (288.90); L3 4,677.12 (519.68);
  // L4 371.754 → 371.75 (41.31); L5 129.60 (14.40); L6 103.68 (11.52). Σ 8,313.28, well within 50,000.00.
  // Hospital cash: 03-20 − 03-14 = 6 days − 3 deductible days = 3 × 100.00 = 300.00 (gross 6 × 100.00 = 600.00).
  // Total 8,313.28 + 300.00 = 8,613.28.
  "01-wrist-fracture-medical-and-cash": {
    outcome: "approved",
    payable: "8613.28",
    lines: ["431.03", "2600.10", "4677.12", "371.75", "129.60", "103.68"],
    lineAdjustments: [
      [["social_insurance", "707.58"], ["per_incident_deductible", "100.00"], ["coinsurance", "47.89"]],
      [["social_insurance", "3531.00"], ["coinsurance", "288.90"]],
      [["social_insurance", "3763.20"], ["coinsurance", "519.68"]],
      [["social_insurance", "619.58"], ["coinsurance", "41.31"]],
      [["social_insurance", "216.00"], ["coinsurance", "14.40"]],
      [["social_insurance", "172.80"], ["coinsurance", "11.52"]],
    ],
    coverages: { ...allNotApplicable, "accident-medical": ["paid", "8313.28"], "accident-hospital-cash": ["paid", "300.00"] },
    benefits: { "accident-hospital-cash": { gross: "600.00", adjustments: [["deductible_days", "300.00"]], payable: "300.00" } },
    reasons: [],
    after: { ...allUntouched, "accident-medical": { ...untouched, paid: "8313.28" }, "accident-hospital-cash": { ...untouched, daysPaid: 3, paid: "300.00" } },
  },
  // Taxi passenger rear-ended on 2026-04-18 (V43.6). Assessed 2026-10-12, day 177 (within 180): items 7-9-3 and 7-9-6,
  // both grade 9. Two at the most severe grade promote it one grade: grade 8, 30% × 500,000.00 = 150,000.00.
  // The traffic determination rule fires (V43.6 is a land transport code); the determination was sent. The earlier
  // medical and hospital cash payments of the year stay as they were.
  "02-disability-two-grade-9-promoted": {
    outcome: "approved",
    payable: "150000.00",
    lines: [],
    coverages: { ...allNotApplicable, "accidental-disability": ["paid", "150000.00"] },
    benefits: { "accidental-disability": { gross: "150000.00", adjustments: [], payable: "150000.00" } },
    reasons: [],
    after: {
      ...allUntouched,
      "accidental-disability": { ...untouched, paid: "150000.00", disabilities: [{ code: "7-9-3", grade: 9 }, { code: "7-9-6", grade: 9 }] },
      "accident-medical": { ...untouched, paid: "18746.32" },
      "accident-hospital-cash": { ...untouched, daysPaid: 18, paid: "1800.00" },
    },
  },
  // Fall from a stepladder on 2026-05-09; a grade-3 disability (80%, 400,000.00) was paid on an earlier claim. Death on
  // 2026-10-27, day 171 (within 180): 500,000.00 − 400,000.00 = 100,000.00, and the death cover ends. The claimant is
  // the spouse: her ID and the marriage certificate are there.
  "03-death-deducts-disability-paid": {
    outcome: "approved",
    payable: "100000.00",
    lines: [],
    coverages: { ...allNotApplicable, "accidental-death": ["paid", "100000.00"] },
    benefits: { "accidental-death": { gross: "500000.00", adjustments: [["earlier_payments", "400000.00"]], payable: "100000.00" } },
    reasons: [],
    after: {
      "accidental-disability": { ...untouched, paid: "400000.00", disabilities: [{ code: "1-3-2", grade: 3 }] },
      "accidental-death": { ...untouched, paid: "100000.00", payouts: { "accidental-death": 1 }, ended: true },
      "accident-medical": { ...untouched, paid: "50000.00" },
      "accident-hospital-cash": { ...untouched, daysPaid: 90, paid: "9000.00" },
    },
  },
  // Y90.4 (blood alcohol 80–99 mg/100 mL) with V47.5 (car driver, collision with a fixed object, traffic accident):
  // the drink-driving exclusion (3.2). A deny rule stops the claim before any calculation: no coverage is calculated,
  // every line pays 0.00, the ledger does not move. The traffic determination rule also fires; its document is there.
  "04-denied-drink-driving": {
    outcome: "denied",
    payable: "0.00",
    lines: ["0.00", "0.00", "0.00", "0.00"],
    coverages: {},
    benefits: {},
    reasons: [["DRINK_DRIVING", "3.2"]],
    after: allUntouched,
  },
  // Basketball collision on 2026-05-23 (day 111), reported 2026-06-08: 16 days > 10, LATE_REPORT.
  // L1 986.00 − 443.70 = 542.30; L2 5,380.00 − 2,690.00 = 2,690.00; L3 4,275.50 − 1,496.43 = 2,779.07 (self-pay covered);
  // L4 642.18 − 321.09 = 321.09; L5 brace and crutches: category medical_aids is not eligible (2.3), 688.00 off;
  // L6 supplements: excluded by rule (3.6), 356.40 off; L7 physiotherapy on day 173: 420.00 − 168.00 = 252.00;
  // L8 physiotherapy on day 187 > 180: excluded by rule (3.6), 252.00 off after social insurance.
  // Deductible 100.00 off L1 (05-23): 442.30. 90%: L1 398.07 (44.23); L2 2,421.00 (269.00); L3 2,501.163 → 2,501.16
  // (277.91); L4 288.981 → 288.98 (32.11); L7 226.80 (25.20). Σ 5,836.01.
  // Hospital cash: 05-27 − 05-23 = 4 days − 3 = 1 × 100.00 = 100.00 (gross 400.00). Total 5,936.01, partial because
  // of the three lines taken off.
  "05-partial-aids-supplements-late-physio": {
    outcome: "partially_approved",
    payable: "5936.01",
    lines: ["398.07", "2421.00", "2501.16", "288.98", "0.00", "0.00", "226.80", "0.00"],
    lineAdjustments: [
      [["social_insurance", "443.70"], ["per_incident_deductible", "100.00"], ["coinsurance", "44.23"]],
      [["social_insurance", "2690.00"], ["coinsurance", "269.00"]],
      [["social_insurance", "1496.43"], ["coinsurance", "277.91"]],
      [["social_insurance", "321.09"], ["coinsurance", "32.11"]],
      [["category_not_covered", "688.00"]],
      [["excluded_by_rule", "356.40"]],
      [["social_insurance", "168.00"], ["coinsurance", "25.20"]],
      [["social_insurance", "168.00"], ["excluded_by_rule", "252.00"]],
    ],
    coverages: { ...allNotApplicable, "accident-medical": ["paid", "5836.01"], "accident-hospital-cash": ["paid", "100.00"] },
    benefits: { "accident-hospital-cash": { gross: "400.00", adjustments: [["deductible_days", "300.00"]], payable: "100.00" } },
    reasons: [["CATEGORY_NOT_COVERED", "2.3"], ["NON_MEDICAL_ITEM", "3.6"], ["BEYOND_180_DAYS", "3.6"]],
    flags: ["LATE_REPORT"],
    after: { ...allUntouched, "accident-medical": { ...untouched, paid: "5836.01" }, "accident-hospital-cash": { ...untouched, daysPaid: 1, paid: "100.00" } },
  },
  // Accident 2026-03-02, assessed 2026-09-30: day 212 > 180. Referred so a reviewer confirms the grade reflects the
  // state on day 180 (2.2). If confirmed: grade 9, 20% × 500,000.00 = 100,000.00; the ledger shows what then stands.
  "06-referred-assessment-after-180-days": {
    outcome: "referred",
    payable: "100000.00",
    lines: [],
    coverages: { ...allNotApplicable, "accidental-disability": ["referred", "100000.00"] },
    benefits: { "accidental-disability": { gross: "100000.00", adjustments: [], payable: "100000.00" } },
    reasons: [["DISABILITY_ASSESSED_LATE", "2.2"]],
    after: { ...allUntouched, "accidental-disability": { ...untouched, paid: "100000.00", disabilities: [{ code: "7-9-6", grade: 9 }] } },
  },
  // One notice for everything missing (PRC Insurance Law art. 22): the accident report (required for every accident),
  // and the originals of the invoice and of the disability assessment, of which only copies came. Nothing is
  // calculated. The accident happened on 2026-02-09, day 8 of cover: EARLY_CLAIM.
  "07-pending-original-documents": {
    outcome: "pending_documents",
    payable: "0.00",
    lines: ["0.00", "0.00", "0.00", "0.00"],
    coverages: {},
    benefits: {},
    reasons: [["DOCUMENT_MISSING", "4.2"], ["DOCUMENT_ORIGINAL_REQUIRED", "4.2"], ["DOCUMENT_ORIGINAL_REQUIRED", "4.2"]],
    flags: ["EARLY_CLAIM"],
    missing: ["accident_report::missing", "invoice:32010026-0021459:copy_only", "disability_assessment::copy_only"],
    after: allUntouched,
  },
  // Acute myocardial infarction (I21.9, I46.1) while jogging: an illness, not an accident (1.2). No accident report is
  // asked for an illness; the spouse's documents are complete.
  "08-denied-sudden-death-not-accident": { outcome: "denied", payable: "0.00", lines: [], coverages: {}, benefits: {}, reasons: [["NOT_AN_ACCIDENT", "1.2"]], after: allUntouched },
  // V96.8 (other non-powered aircraft: a paraglider): high-risk activity exclusion (3.3). V96 is not a land transport
  // code, so no traffic determination is asked.
  "09-denied-paragliding": {
    outcome: "denied",
    payable: "0.00",
    lines: ["0.00", "0.00", "0.00", "0.00", "0.00"],
    coverages: {},
    benefits: {},
    reasons: [["HIGH_RISK_ACTIVITY", "3.3"]],
    after: allUntouched,
  },
  // A colleague ("other") claims with the insured's power of attorney: referred to verify it (4.3). What stands if
  // confirmed: L1 is a visit the day before the accident: 260.00 − 104.00 = 156.00 excluded (3.6).
  // L2 1,748.00 − 961.40 = 786.60; L3 9,860.00 − 5,423.00 = 4,437.00; L4 14,300.00 − 5,720.00 = 8,580.00;
  // L5 2,415.77 − 1,449.46 = 966.31; L6 900.00 − 540.00 = 360.00. The deductible passes over L1 (nothing left on it)
  // and comes off L2 (07-30): 686.60. 90%: L2 617.94 (68.66); L3 3,993.30 (443.70); L4 7,722.00 (858.00);
  // L5 869.679 → 869.68 (96.63); L6 324.00 (36.00). Σ 13,526.92.
  // Annual limit 50,000.00 − 41,000.00 paid = 9,000.00, used in service-date order: L2 617.94, L3 3,993.30 (left
  // 4,388.76), L4 4,388.76 of 7,722.00 (3,333.24 off), L5 869.68 off, L6 324.00 off → 9,000.00.
  // Hospital cash: 08-14 − 07-30 = 15 days − 3 = 12 × 100.00 = 1,200.00 (20 of 180 days used before).
  // Total 10,200.00. Reasons: the referral first, then the reductions line by line.
  "10-referred-colleague-claims-annual-limit": {
    outcome: "referred",
    payable: "10200.00",
    lines: ["0.00", "617.94", "3993.30", "4388.76", "0.00", "0.00"],
    lineAdjustments: [
      [["social_insurance", "104.00"], ["excluded_by_rule", "156.00"]],
      [["social_insurance", "961.40"], ["per_incident_deductible", "100.00"], ["coinsurance", "68.66"]],
      [["social_insurance", "5423.00"], ["coinsurance", "443.70"]],
      [["social_insurance", "5720.00"], ["coinsurance", "858.00"], ["annual_limit", "3333.24"]],
      [["social_insurance", "1449.46"], ["coinsurance", "96.63"], ["annual_limit", "869.68"]],
      [["social_insurance", "540.00"], ["coinsurance", "36.00"], ["annual_limit", "324.00"]],
    ],
    coverages: { ...allNotApplicable, "accident-medical": ["paid", "9000.00"], "accident-hospital-cash": ["paid", "1200.00"] },
    benefits: { "accident-hospital-cash": { gross: "1500.00", adjustments: [["deductible_days", "300.00"]], payable: "1200.00" } },
    reasons: [["CLAIMANT_AUTHORITY", "4.3"], ["BEFORE_ACCIDENT", "3.6"], ["ANNUAL_LIMIT", "2.3"], ["ANNUAL_LIMIT", "2.3"], ["ANNUAL_LIMIT", "2.3"]],
    after: { ...allUntouched, "accident-medical": { ...untouched, paid: "50000.00" }, "accident-hospital-cash": { ...untouched, daysPaid: 32, paid: "3200.00" } },
  },
  // Fall on the stairs on 2026-01-29; he applied the next day and cover began on 2026-02-01. The claim form gave the
  // follow-up visit (02-03) as the date, the emergency record gives 01-29: outside the period (1.3), though three of
  // the four lines are dated in it. A deny rule: nothing calculated, each line denied in full (186.00, 468.00, 211.00,
  // 137.60), the ledger untouched. Day −3 < 15: EARLY_CLAIM, the red flag of cover bought after the accident.
  "11-denied-accident-before-cover": {
    outcome: "denied",
    payable: "0.00",
    lines: ["0.00", "0.00", "0.00", "0.00"],
    lineAdjustments: [[["denied", "186.00"]], [["denied", "468.00"]], [["denied", "211.00"]], [["denied", "137.60"]]],
    coverages: {},
    benefits: {},
    reasons: [["POLICY_NOT_IN_FORCE", "1.3"]],
    flags: ["EARLY_CLAIM"],
    after: allUntouched,
  },
  // Jumped from his balcony after a quarrel (X80.0, intentional self-harm by jumping from a high place, at home), claimed
  // as a fall: the self-harm exclusion (3.1); a depressive episode (F32.1) is not a lack of legal capacity. Social
  // insurance would not settle it either (could_not_be_used). 23,480.45 billed, nothing calculated, ledger untouched.
  "12-denied-self-harm-jump": {
    outcome: "denied",
    payable: "0.00",
    lines: ["0.00", "0.00", "0.00", "0.00", "0.00"],
    coverages: {},
    benefits: {},
    reasons: [["SELF_HARM", "3.1"]],
    after: allUntouched,
  },
  // Fall down the stairs under methamphetamine: F15.0 (acute intoxication from stimulants) is the drugs exclusion (3.4).
  // W10.8 is not a land transport code, so no traffic determination is asked. Day 202, reported in 2 days: no flag.
  "13-denied-methamphetamine-fall": {
    outcome: "denied",
    payable: "0.00",
    lines: ["0.00", "0.00", "0.00", "0.00"],
    coverages: {},
    benefits: {},
    reasons: [["DRUG_USE", "3.4"]],
    after: allUntouched,
  },
  // Shell fragments in an armed conflict abroad, treated after the evacuation: Y36.2 (war operations, other explosions
  // and fragments) is the war exclusion (3.5), whatever social insurance paid at home.
  "14-denied-war-shelling-abroad": {
    outcome: "denied",
    payable: "0.00",
    lines: ["0.00", "0.00", "0.00", "0.00", "0.00"],
    coverages: {},
    benefits: {},
    reasons: [["WAR_OR_NUCLEAR", "3.5"]],
    after: allUntouched,
  },
  // The contract (5.1): 58.00 a month, due on the 1st, paid to 2026-11-01 (the instalment due then is the first
  // unpaid); 60 days of grace after a due date, the due date not counted: the November instalment's grace runs to
  // 2026-12-31, and the contract is suspended from 2027-01-01. An insured event in the grace period is covered, the
  // premium owed deducted from the death or disability benefit (the medical and cash benefits are not reduced).
  // Slipped on icy metro steps on 2026-11-20: 19 days into the grace of the November instalment, the only one due
  // (the December one falls due on 12-01). Grade 10 assessed on 2027-02-26, day 98: 10% × 500,000.00 = 50,000.00,
  // less the 58.00 owed = 49,942.00. The ledger counts 50,000.00 paid: the premium was settled out of the benefit.
  "15-grace-period-disability-less-premium": {
    outcome: "approved",
    payable: "49942.00",
    lines: [],
    coverages: { ...allNotApplicable, "accidental-disability": ["paid", "49942.00"] },
    benefits: { "accidental-disability": { gross: "50000.00", adjustments: [["unpaid_premium", "58.00"]], payable: "49942.00" } },
    reasons: [],
    after: { ...allUntouched, "accidental-disability": { ...untouched, paid: "50000.00", disabilities: [{ code: "7-10-20", grade: 10 }] } },
  },
  // Knocked down on a zebra crossing on 2026-12-31 and died the same day: the last day of the November instalment's
  // grace (12-01 + 60 days would be 01-30, but the grace that counts is the first unpaid instalment's). Owed: the
  // November and December instalments, 2 × 58.00 = 116.00. 500,000.00 − 116.00 = 499,884.00, to the first order
  // (5.2): 孙丽 50% = 249,942.00, 赵小雨 50% = 249,942.00. V03.1 asks for the traffic determination; it is there.
  "16-grace-last-day-death-two-beneficiaries": {
    outcome: "approved",
    payable: "499884.00",
    lines: [],
    coverages: { ...allNotApplicable, "accidental-death": ["paid", "499884.00"] },
    benefits: { "accidental-death": { gross: "500000.00", adjustments: [["unpaid_premium", "116.00"]], payable: "499884.00" } },
    payees: [["BEN-ACC-1", "0.5", "249942.00"], ["BEN-ACC-2", "0.5", "249942.00"]],
    payeeNotes: [],
    reasons: [],
    after: { ...allUntouched, "accidental-death": { ...untouched, paid: "500000.00", payouts: { "accidental-death": 1 }, ended: true } },
  },
  // Fell on the stairs on 2027-01-01, the day after the grace period ended (2026-12-31), nothing paid since: the
  // contract is suspended from 2027-01-01, the accident is not covered (POLICY_SUSPENDED, 5.1). The grade 9 (20%,
  // 100,000.00) is refused whole; the ledger does not move.
  "17-denied-accident-while-suspended": {
    outcome: "denied",
    payable: "0.00",
    lines: [],
    coverages: { ...allNotApplicable, "accidental-disability": ["refused", "0.00"] },
    benefits: { "accidental-disability": { gross: "100000.00", adjustments: [["coverage_not_applicable", "100000.00"]], payable: "0.00" } },
    reasons: [["POLICY_SUSPENDED", "5.1"]],
    after: allUntouched,
  },
  // The insured and his wife 孙丽 died at the scene of a motorway crash on 2026-09-26, the order unknown: she is deemed
  // to have died first (PRC Insurance Law art. 42), and 5.2 makes a beneficiary's share who died first part of the
  // insured's estate. 500,000.00 (no premium owed: paid to 11-01): 赵小雨 keeps her 50%, 250,000.00; 孙丽's 50%,
  // 250,000.00, is the estate of 赵磊, to his heirs. The claimant is his father (his ID and the household register).
  "18-spouse-died-in-same-crash-share-to-estate": {
    outcome: "approved",
    payable: "500000.00",
    lines: [],
    coverages: { ...allNotApplicable, "accidental-death": ["paid", "500000.00"] },
    benefits: { "accidental-death": { gross: "500000.00", adjustments: [], payable: "500000.00" } },
    payees: [["BEN-ACC-2", "0.5", "250000.00"], ["estate", "0.5", "250000.00"]],
    payeeNotes: [
      "孙丽 and the insured died on 26 September 2026 in the same event and which of them died first cannot be determined: 孙丽 is deemed to have died first and has no right to the benefit (PRC Insurance Law art. 42).",
      "As the policy provides, the share of 孙丽 is paid as the estate of the insured 赵磊, to the heirs.",
    ],
    reasons: [],
    after: { ...allUntouched, "accidental-death": { ...untouched, paid: "500000.00", payouts: { "accidental-death": 1 }, ended: true } },
  },
  // A coach crossed into his lane on 2026-10-03: his wife and daughter died that day, he on 10-05; the second-order
  // beneficiary, his father, had died on 2026-06-03. Every beneficiary died before the insured: nobody of either
  // order has the right, so the whole 500,000.00 is paid as the estate of 赵磊, to his statutory heirs (art. 42); his
  // mother claims as one of them.
  "19-no-beneficiary-left-statutory-heirs": {
    outcome: "approved",
    payable: "500000.00",
    lines: [],
    coverages: { ...allNotApplicable, "accidental-death": ["paid", "500000.00"] },
    benefits: { "accidental-death": { gross: "500000.00", adjustments: [], payable: "500000.00" } },
    payees: [["estate", "1", "500000.00"]],
    payeeNotes: [
      "孙丽 died on 3 October 2026, before the insured (on 5 October 2026), and has no right to the benefit (PRC Insurance Law art. 42).",
      "赵小雨 died on 3 October 2026, before the insured (on 5 October 2026), and has no right to the benefit (PRC Insurance Law art. 42).",
      "赵建华 died on 3 June 2026, before the insured (on 5 October 2026), and has no right to the benefit (PRC Insurance Law art. 42).",
      "No beneficiary is left to receive the death benefit: it is paid as the estate of 赵磊, to the heirs (PRC Insurance Law art. 42).",
    ],
    reasons: [],
    after: { ...allUntouched, "accidental-death": { ...untouched, paid: "500000.00", payouts: { "accidental-death": 1 }, ended: true } },
  },
  // A grade 9 of the thumb (7-9-14) from a fall on 2026-07-14, assessed on day 159; the insured already had a grade 9
  // of the lumbar spine (7-9-3) from a 2019 road accident, before this policy (2.2: rated together, the earlier grade's
  // percentage deducted). Two at grade 9 promote to grade 8: 30% × 500,000.00 = 150,000.00, less the earlier grade
  // 9's 20% = 100,000.00: 50,000.00. Deducting only what this insurer paid (nothing) would have paid 150,000.00.
  // No premium is owed on 07-14. The ledger keeps the new item among the rated disabilities.
  "20-prior-disability-before-cover-deducted": {
    outcome: "approved",
    payable: "50000.00",
    lines: [],
    coverages: { ...allNotApplicable, "accidental-disability": ["paid", "50000.00"] },
    benefits: { "accidental-disability": { gross: "150000.00", adjustments: [["prior_disability", "100000.00"]], payable: "50000.00" } },
    reasons: [],
    after: { ...allUntouched, "accidental-disability": { ...untouched, paid: "50000.00", disabilities: [{ code: "7-9-14", grade: 9 }] } },
  },
};

const example = loadExampleProduct("accident");
const sum = (amounts: readonly string[]) => amounts.reduce((total, amount) => total.plus(amount), new Dec(0));

describe("examples/accident, worked by hand", () => {
  testExampleSuite(example, Object.keys(expected));

  testWorkedCases(example, expected, (decision, want) => {
    expect(decision.lines.map((line) => line.payable)).toEqual(want.lines);
    if (want.lineAdjustments !== undefined) expect(decision.lines.map((line) => line.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount]))).toEqual(want.lineAdjustments);
    expect(Object.fromEntries(decision.coverages.map((coverage) => [coverage.coverageId, [coverage.status, coverage.payable]]))).toEqual(want.coverages);
    expect(
      Object.fromEntries(decision.benefits.map((benefit) => [benefit.coverageId, { gross: benefit.gross, adjustments: benefit.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount]), payable: benefit.payable }])),
    ).toEqual(want.benefits);
    expect(decision.reasons.map((reason) => [reason.code, reason.clauseId])).toEqual(want.reasons);
    expect(decision.flags.map((flag) => flag.reasonCode)).toEqual(want.flags ?? []);
    expect(decision.missingDocuments.map((d) => `${d.documentType}:${d.documentId ?? ""}:${d.problem}`)).toEqual(want.missing ?? []);
    if (want.payees !== undefined) expect(decision.benefits.flatMap((benefit) => benefit.payees ?? []).map((payee) => [payee.beneficiaryId ?? payee.kind, payee.share, payee.amount])).toEqual(want.payees);
    if (want.payeeNotes !== undefined) expect(decision.benefits.flatMap((benefit) => benefit.payeeNotes ?? []).map((note) => note.en)).toEqual(want.payeeNotes);
    for (const [coverageId, after] of Object.entries(want.after)) expect(decision.counters.after.coverages[coverageId]).toMatchObject(after);
    // Balancing: billed − adjustments = payable on every line and benefit; the claim pays the sum of its coverages.
    for (const line of decision.lines) expect(new Dec(line.billed).minus(sum(line.adjustments.map((a) => a.amount))).toFixed(2)).toBe(line.payable);
    for (const benefit of decision.benefits) expect(new Dec(benefit.gross).minus(sum(benefit.adjustments.map((a) => a.amount))).toFixed(2)).toBe(benefit.payable);
    expect(sum(decision.coverages.map((coverage) => coverage.payable)).toFixed(2)).toBe(decision.payable);
  });
});
