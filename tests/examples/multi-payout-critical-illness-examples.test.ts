import { describe, expect, test } from "vitest";
import type { Decision } from "../../src/index.js";
import { loadExampleProduct, testExampleSuite, testWorkedCases } from "../support/example-product.js";

// examples/multi-payout-critical-illness: Kangning Multi-Payout Critical Illness Insurance, from 2026-01-10 (1.3),
// insured 陈静; 90 days of waiting (1.4). One coverage `ci`, sum insured 500,000.00:
// - major (2.1): 100%, each group once (A cancer, B more severe MI, C severe stroke sequelae), three payouts at most,
//   at least 365 days between two diagnoses it pays; severe stroke sequelae need a limb at strength grade 2 or less
//   observed 180 days or more after the diagnosis (3.1).
// - mild (2.2): 30% = 150,000.00, each condition once.
// - both waive the premiums falling due after the diagnosis (2.3): 12,500.00 a year due each 10 January to 2045
//   (3.2), the 2026 premium paid, so 2027-01-10 … 2045-01-10 = 19 instalments = 237,500.00.
// Days: 2026-06-01 is day 142 of cover. Stroke diagnosed 2026-06-01: day 180 after it is 2026-11-28; 2027-03-01 is
// 273 days after the diagnosis, 2027-06-10 is 374. Cases 04 and 05 start from the ledger after case 03 (major paid
// for group C on 2026-06-01, premiums waived from 2027-01-10).
interface Expected {
  readonly outcome: Decision["outcome"];
  readonly payable: string;
  readonly reasons: readonly string[];
  readonly benefit: readonly [string, string, readonly (readonly [string, string])[]];
  /** The waiver the decision states: from, instalments, total. */
  readonly waiver?: readonly [string, number, string];
}

const expected: Record<string, Expected> = {
  // D05.1 on day 142, past the waiting period: mild 30% = 150,000.00; the waiver from 2027-01-10, 19 × 12,500.00.
  "01-approved-mild-waives-premiums": { outcome: "approved", payable: "150000.00", reasons: [], benefit: ["mild", "150000.00", []], waiver: ["2027-01-10", 19, "237500.00"] },
  // I63 claimed on 2026-06-20 (day 19 after the diagnosis): the deficit counts only from 2026-11-28; referred, the
  // 500,000.00 held (pending), nothing paid, no waiver yet.
  "02-referred-stroke-before-day-180": { outcome: "referred", payable: "0.00", reasons: ["STATE_NOT_YET_ASSESSABLE"], benefit: ["major", "0.00", [["pending_documents", "500000.00"]]] },
  // The examination of 2026-11-30 (day 182) finds the deficit: group C, 500,000.00; the waiver as in case 01.
  "03-approved-stroke-deficit-at-day-182": { outcome: "approved", payable: "500000.00", reasons: [], benefit: ["major", "500000.00", []], waiver: ["2027-01-10", 19, "237500.00"] },
  // Lung cancer (group A, not paid yet) on 2027-03-01, 273 < 365 days after the stroke: refused. The 2027 premium
  // was waived: no grace period deduction (without the waiver it would be 12,500.00 less).
  "04-denied-cancer-within-365-days": { outcome: "denied", payable: "0.00", reasons: ["INTERVAL_NOT_REACHED"], benefit: ["major", "0.00", [["benefit_maximum", "500000.00"]]] },
  // 2027-06-10, 374 days after: group A pays 500,000.00. Without the waiver the contract would be suspended since
  // 2027-03-12 (the 2027 premium unpaid past its grace); waived, it is in force. Nothing left to waive again.
  "05-approved-cancer-after-365-days": { outcome: "approved", payable: "500000.00", reasons: [], benefit: ["major", "500000.00", []] },
};

const example = loadExampleProduct("multi-payout-critical-illness");

describe("examples/multi-payout-critical-illness, worked by hand", () => {
  testExampleSuite(example, Object.keys(expected), { everyOutcome: false });

  testWorkedCases(example, expected, (decision, want) => {
    expect(decision.reasons.map((reason) => reason.code)).toEqual(want.reasons);
    expect(decision.benefits.map((benefit) => [benefit.benefitId, benefit.payable, benefit.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])])).toEqual([want.benefit]);
    const waiver = decision.premiumWaiver;
    expect(waiver === undefined ? undefined : [waiver.from, waiver.instalments, waiver.total]).toEqual(want.waiver);
  });

  test("the waiver is in the claimant's notice, from which date and which premiums", async () => {
    const entry = example.cases.find((candidate) => candidate.key === "01-approved-mild-waives-premiums");
    const decision = await example.run(entry as (typeof example.cases)[number]);
    expect(decision.explanation.zh).toContain("自 2027年1月10日 至 2045年1月10日 应交的各期保险费予以豁免：共 19 期，每期 ¥12,500.00，合计 ¥237,500.00，视为已交。【2.3 被保险人豁免保险费】");
    expect(decision.premiumWaiver?.clauseId).toBe("2.3");
  });
});
