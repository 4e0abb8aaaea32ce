import { beforeAll, describe, expect, test } from "vitest";
import { analyzeDecisions } from "../../src/analytics/index.js";
import { reportSummaryLine } from "../../src/cli/commands/report-command.js";
import { createAdjudicator, type ClaimInput, type Decision } from "../../src/index.js";
import { medical, medicalClaim } from "../support/medical-claims.js";

// A claim decided twice: CLM-R is first sent without its discharge summary (pending documents, payable 0.00), then
// again with it, on the ledger after the first decision: revision 2 approves 17,330.80 − 10,000.00 = 7,330.80.
// CLM-S, another claim, is approved once: 17,330.80 − 10,000.00 = 7,330.80 as well (its own ledger, no other claims).
// For the outcome figures each claim counts once, as its latest revision: 2 claims, both approved, 14,661.60 paid.
// Every decision is still work done: 3 analysed, one of them superseded.
const adjudicator = createAdjudicator({ policy: medical.policy, rules: medical.rules });
let first: Decision;
let second: Decision;
let other: Decision;

beforeAll(async () => {
  const full = medicalClaim({ id: "CLM-R" });
  const withoutSummary: ClaimInput = { ...full, documents: full.documents.filter((document) => document.type !== "discharge_summary") };
  first = await adjudicator.adjudicate(withoutSummary, { asOf: "2026-07-22" });
  second = await adjudicator.adjudicate(full, { asOf: "2026-07-30", accumulators: first.accumulatorsAfter });
  other = await adjudicator.adjudicate(medicalClaim({ id: "CLM-S" }), { asOf: "2026-07-25" });
});

const outcomeFigures = async (decisions: readonly Decision[], options: { revisionWindow?: number } = {}) => {
  const report = await analyzeDecisions(decisions, { asOf: "2026-08-31", ...options });
  return {
    analysed: report.input.analysed,
    superseded: report.input.superseded,
    decisions: report.totals.decisions,
    outcomes: report.totals.outcomes,
    paid: [report.totals.paid.count, report.totals.paid.amount],
    payable: report.totals.payable,
    byOutcome: report.byOutcome.map((group) => [group.key, group.decisions]),
    approvalRate: report.totals.approvalRate,
  };
};

describe("a claim decided twice counts once in the outcome figures, as its latest revision", () => {
  test("the worked decisions: pending, then approved as revision 2", () => {
    expect([first.outcome, first.payable, first.revision.number]).toEqual(["pending_documents", "0.00", 1]);
    expect([second.outcome, second.payable, second.revision.number, second.revision.supersedes?.decisionId]).toEqual(["approved", "7330.80", 2, first.meta.decisionId]);
    expect([other.outcome, other.payable]).toEqual(["approved", "7330.80"]);
  });

  const counted = {
    analysed: 3,
    superseded: 1,
    decisions: 2,
    outcomes: { approved: 2, partially_approved: 0, denied: 0, pending_documents: 0, referred: 0 },
    paid: [2, "14661.60"],
    payable: "14661.60",
    byOutcome: [["approved", 2]],
    approvalRate: "1.0000",
  };

  test("in the order decided", async () => {
    expect(await outcomeFigures([first, other, second])).toEqual(counted);
  });

  test("out of order: the earlier revision read after the later one adds nothing", async () => {
    expect(await outcomeFigures([second, other, first])).toEqual(counted);
  });

  test("the same decision read twice counts once", async () => {
    expect(await outcomeFigures([other, other])).toMatchObject({ analysed: 2, superseded: 1, decisions: 1, paid: [1, "7330.80"] });
  });

  test("the month figures still count every decision made in the month (work done), and the paid median is exact", async () => {
    const report = await analyzeDecisions([first, other, second], { asOf: "2026-08-31" });
    expect(report.byMonth.map((month) => [month.key, month.decisions])).toEqual([["2026-07", 3]]);
    expect(report.totals.paid.median).toEqual({ value: "7330.80", exact: true });
  });

  test("past the revision window the earlier decision is forgotten: both count (documented)", async () => {
    expect(await outcomeFigures([first, other, second], { revisionWindow: 1 })).toMatchObject({ analysed: 3, superseded: 0, decisions: 3 });
  });

  test("the report command's summary says how many decisions a revision replaced", async () => {
    const report = await analyzeDecisions([first, other, second], { asOf: "2026-08-31" });
    expect(reportSummaryLine(report, ["report.html"])).toBe("Report as of 2026-08-31: 3 decisions, 1 replaced by a later revision of their claim, 2 paid for CNY 14,661.60, 66.67% straight through; wrote report.html");
  });
});

// Issue 14 audit: the provider rows counted every decision, so a claim decided twice counted twice at its hospital
// (decisions 2, billed twice) while the outcome figures counted it once. CLM-R at H-1: pending (billed 17,330.80,
// payable 0.00), then revision 2 approved 7,330.80 on the same 17,330.80; CLM-S at H-2 once. In any order, H-1 has
// one claim billed 17,330.80 and paid 7,330.80 (paid against billed 7,330.80 ÷ 17,330.80 = 0.42300… → "0.4230").
describe("providers count a claim once, as its latest revision", () => {
  test.each([
    ["in order", () => [first, second, other]],
    ["the revision first", () => [second, other, first]],
  ])("%s", async (_order, decisions) => {
    const records = decisions().map((decision) => ({ decision, provider: { id: decision.claimId === "CLM-S" ? "H-2" : "H-1" } }));
    const report = await analyzeDecisions(records, { asOf: "2026-08-31" });
    expect(report.providers.byAmount.map((row) => [row.id, row.decisions, row.billed, row.paidAmount, row.paidToBilled, row.denied])).toEqual([
      ["H-1", 1, "17330.80", "7330.80", "0.4230", 0],
      ["H-2", 1, "17330.80", "7330.80", "0.4230", 0],
    ]);
  });
});
