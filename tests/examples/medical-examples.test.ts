import { describe, expect, test } from "vitest";
import { createAdjudicator, type Decision } from "../../src/index.js";
import { loadExamples } from "../../examples/load-examples.js";

// examples/medical: annual deductible 10,000.00 (clause 2.2); ratio 100% when settled through social
// insurance or when it could not be used, 60% when not used (2.3); annual limit 3,000,000.00 (2.4);
// self-pay portions are covered; the deductible is consumed in (service date, line id) order.
interface Expected {
  readonly outcome: Decision["outcome"];
  readonly payable: string;
  /** Payable per line, in the claim's line order. */
  readonly lines: readonly string[];
  readonly reasons?: readonly string[];
  readonly flags?: readonly string[];
  readonly missing?: readonly string[];
  readonly after?: { readonly deductibleUsed: string; readonly paid: string };
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
};

const [medical] = loadExamples().filter((example) => example.product === "medical");
if (medical === undefined) throw new Error("examples/medical is missing");
const adjudicator = createAdjudicator({ policy: medical.policy, rules: medical.rules });
const run = (entry: (typeof medical.cases)[number]) =>
  adjudicator.adjudicate(entry.claim, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) });

describe("examples/medical, worked by hand", () => {
  test("every example claim has a worked expectation, and the suite covers every outcome", () => {
    const files = medical.cases.map((entry) => entry.file.replace(/^medical\/cases\/|\.json$/g, ""));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    expect(new Set(Object.values(expected).map((e) => e.outcome))).toEqual(new Set(["approved", "partially_approved", "denied", "pending_documents", "referred"]));
  });

  test.each(medical.cases.map((entry) => ({ name: entry.file, entry })))("$name", async ({ entry }) => {
    const want = expected[entry.file.replace(/^medical\/cases\/|\.json$/g, "")];
    if (want === undefined) throw new Error(`no worked expectation for ${entry.file}`);
    const decision = await run(entry);
    expect(decision.outcome).toBe(want.outcome);
    expect(decision.payable).toBe(want.payable);
    expect(decision.lines.map((line) => line.payable)).toEqual(want.lines);
    if (want.reasons !== undefined) expect(decision.reasons.map((reason) => reason.code)).toEqual(want.reasons);
    expect(decision.flags.map((flag) => flag.reasonCode)).toEqual(want.flags ?? []);
    expect(decision.missingDocuments.map((d) => `${d.documentType}:${d.documentId ?? ""}:${d.problem}`)).toEqual(want.missing ?? []);
    if (want.after !== undefined) expect(decision.accumulatorsAfter.coverages["inpatient-medical"]).toMatchObject(want.after);
    // The case file the demo prints agrees with the hand-worked figures.
    expect({ outcome: decision.outcome, payable: decision.payable }).toEqual({ outcome: entry.expect.outcome, payable: entry.expect.payable });
  });

  test("every denial and reduction names the clause whose wording it quotes", async () => {
    for (const entry of medical.cases) {
      const decision = await run(entry);
      for (const rule of decision.triggeredRules) {
        expect(rule.clauseText.zh.length).toBeGreaterThan(0);
        expect(rule.evidence.some((item) => item.result === true)).toBe(true);
      }
      for (const reason of decision.reasons) expect(adjudicator.policy.clauses.map((c) => c.id)).toContain(reason.clauseId);
    }
  });
});
