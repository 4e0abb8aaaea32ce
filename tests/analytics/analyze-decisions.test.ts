import { fc, test as propTest } from "@fast-check/vitest";
import { beforeAll, describe, expect, test } from "vitest";
import { analyzeDecisions, type DecisionAnalytics, type DecisionRecord } from "../../src/analytics/index.js";
import type { Decision } from "../../src/index.js";
import { Dec } from "../../src/money/money.js";
import { medicalDecisions } from "./medical-decisions.js";

// The twenty medical example decisions (outcomes and payables as the case files say), worked by hand:
// approved 01 7202.80, 02 3000.00, 03 6390.64, 10 4200.00, 16 3000.00, 20 0.00 (below the deductible);
// partially approved 04 3500.00, 09 13280.30, 17 31150.00, 18 5045.17; denied 05 06 11 12 13 14;
// pending documents 07 19; referred 08 (146000.00 provisional) 15 (1560.00 provisional).
let decisions: ReadonlyMap<string, Decision>;
let all: Decision[];
let report: DecisionAnalytics;
const decision = (number: string): Decision => {
  const found = decisions.get(number);
  if (found === undefined) throw new Error(`no case ${number}`);
  return found;
};

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

beforeAll(async () => {
  decisions = await medicalDecisions();
  all = [...decisions.values()].map(deepFreeze);
  report = await analyzeDecisions(all, { asOf: "2027-03-31" });
}, 60_000);

describe("counts and amounts", () => {
  test("totals: 20 decisions, 16 determined, 9 paid 76768.91; 获赔率 9/16", () => {
    expect(report.input).toMatchObject({ analysed: 20, unreadable: 0, afterAsOf: 0, otherCurrency: 0, firstDecidedOn: "2026-03-18", lastDecidedOn: "2027-03-18" });
    expect(report.totals).toMatchObject({
      decisions: 20,
      outcomes: { approved: 6, partially_approved: 4, denied: 6, pending_documents: 2, referred: 2 },
      billed: "632874.44",
      payable: "224328.91",
      determined: 16,
      approvalRate: "0.5625",
    });
    // 3000.00 3000.00 3500.00 4200.00 [5045.17] 6390.64 7202.80 13280.30 31150.00: the 5th of 9; p90 the 9th.
    expect(report.totals.paid).toEqual({ count: 9, amount: "76768.91", average: "8529.88", median: { value: "5045.17", exact: true }, p90: { value: "31150.00", exact: true } });
    // 76768.91 paid of 264754.14 billed on the ten approved and partially approved claims.
    expect(report.totals.paidToBilled).toBe("0.2900");
  });

  test("by outcome, in the order of the outcomes; a denial pays nothing and has no median", () => {
    expect(report.byOutcome.map((row) => [row.key, row.decisions, row.billed, row.payable, row.paid.count, row.paid.median?.value ?? null])).toEqual([
      ["approved", 6, "118132.26", "23793.44", 5, "4200.00"],
      ["partially_approved", 4, "146621.88", "52975.47", 4, "5045.17"],
      ["denied", 6, "83400.00", "0.00", 0, null],
      ["pending_documents", 2, "44820.30", "0.00", 0, null],
      ["referred", 2, "239900.00", "147560.00", 0, null],
    ]);
    expect(report.byOutcome[0]?.label).toEqual({ zh: "同意赔付", en: "Approved" });
  });

  test("by product: the rule set without a product on the record, the product's name with one", async () => {
    expect(report.byProduct.map((row) => [row.key, row.label.zh, row.decisions])).toEqual([["RS-MED-ANKANG", "规则集 RS-MED-ANKANG", 20]]);
    const records: DecisionRecord[] = all.map((item, i) => ({ decision: item, product: i < 5 ? "medical_reimbursement" : { id: "ankang", name: { zh: "安康医疗", en: "Ankang medical" } } }));
    const byProduct = (await analyzeDecisions(records, { asOf: "2027-03-31" })).byProduct;
    expect(byProduct.map((row) => [row.key, row.label.zh, row.label.en, row.decisions])).toEqual([
      ["ankang", "安康医疗", "Ankang medical", 15],
      ["medical_reimbursement", "医疗费用报销", "Medical reimbursement", 5],
    ]);
  });

  test("by coverage: the decisions it concerned, by its status", () => {
    expect(report.byCoverage).toHaveLength(1);
    expect(report.byCoverage[0]).toMatchObject({ key: "RS-MED-ANKANG/inpatient-medical", coverageId: "inpatient-medical", label: { en: "General medical benefit" }, decisions: 12, statuses: { paid: 11, nothing_payable: 1, refused: 0, referred: 0 } });
    expect(report.byCoverage[0]?.paid.amount).toBe("76768.91");
  });

  test("by month: every month from the first decision to the last, empty ones included, with the change", () => {
    expect(report.byMonth.map((row) => row.key)).toEqual(["2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03"]);
    const december = report.byMonth.find((row) => row.key === "2026-12");
    expect(december).toMatchObject({ label: { zh: "2026年12月", en: "December 2026" }, decisions: 2, paid: { count: 1, amount: "31150.00" }, straightThroughRate: "0.5000" });
    // November paid 13280.30 (case 09): +17869.70, +134.56%.
    expect(december?.change).toEqual({ decisions: 0, paidCount: 0, paidAmount: "+17869.70", paidAmountRate: "+1.3456", approvalRate: "+0.0000" });
    expect(report.byMonth.find((row) => row.key === "2027-01")).toMatchObject({ decisions: 0, paid: { count: 0, amount: "0.00" }, approvalRate: null });
    expect(report.byMonth[0]?.change).toBeNull();
    // Referred cases 15 (September) and 08 (November) are past their determination deadline on 2027-03-31.
    expect(report.byMonth.filter((row) => row.determinationBreaches > 0).map((row) => row.key)).toEqual(["2026-09", "2026-11"]);
  });
});

describe("reasons and rules", () => {
  test("a reason counts once per decision: ANNUAL_LIMIT on three lines of case 04 is one decision", () => {
    const row = (code: string) => report.reasons.find((reason) => reason.code === code);
    expect(row("ANNUAL_LIMIT")).toMatchObject({ clauseId: "2.4", decisions: 1, partiallyApproved: 1, share: "0.0500" });
    expect(row("PRE_EXISTING_CONDITION")).toMatchObject({ clauseId: "4.1", label: { zh: "4.1 责任免除：既往症" }, decisions: 2, denied: 2, share: "0.1000" });
    expect(report.reasons[0]?.decisions).toBe(2);
  });

  test("rule hit rates: decisions and hits (item rules once per line)", () => {
    const row = (ruleId: string) => report.rules.find((rule) => rule.ruleId === ruleId);
    expect(row("third-party-proof-2.3")).toMatchObject({ eventType: "require_document", decisions: 2, hits: 2, hitRate: "0.1000", denied: 0 });
    expect(row("non-medical-items-4.4")).toMatchObject({ eventType: "exclude_item", decisions: 1, hits: 2, hitRate: "0.0500" });
    expect(row("waiting-period-3.1")).toMatchObject({ eventType: "deny", decisions: 1, denied: 1 });
  });

  test("the rule that refuses most: the deny rule with the most denials", async () => {
    const twice = await analyzeDecisions([...all, decision("05"), decision("05")], { asOf: "2027-03-31" });
    expect(twice.headline.topRefusingRule).toMatchObject({ ruleId: "waiting-period-3.1", denied: 3, label: { zh: "3.1 等待期", en: "3.1 Waiting period" } });
    // A tie is broken by rule id, so the headline never depends on the order of the decisions.
    expect(report.headline.topRefusingRule?.ruleId).toBe("cosmetic-4.2");
  });
});

describe("automation, queues, cycle times, clocks", () => {
  test("straight through without routing: determined and no person needed, 16 of 20; referred 2 of 20", () => {
    expect(report.automation).toMatchObject({ source: "outcome", withRouting: 0, straightThrough: 16, straightThroughRate: "0.8000", referred: 2, referralRate: "0.1000", pendingDocuments: 2, levels: [] });
    expect(report.automation.queues).toEqual([
      { queue: "referred:CLAIMANT_AUTHORITY", label: { zh: "转人工审核：5.3 申请人（CLAIMANT_AUTHORITY）", en: "Referred for review: 5.3 Who may claim (CLAIMANT_AUTHORITY)" }, routed: 1, open: 1, openPayable: "1560.00", waiting: { count: 1, median: 187, p90: 187, max: 187 } },
      { queue: "referred:LARGE_CLAIM", label: { zh: "转人工审核：5.4 理赔审核与调查（LARGE_CLAIM）", en: "Referred for review: 5.4 Claim review and investigation (LARGE_CLAIM)" }, routed: 1, open: 1, openPayable: "146000.00", waiting: { count: 1, median: 142, p90: 142, max: 142 } },
    ]);
  });

  test("with routing on the decisions: routing decides, queues and levels come from it", async () => {
    const reason = { code: "RISK_SCORE", message: { zh: "风险评分 75 达到 60。", en: "The risk score 75 is at least 60." } };
    const siu = { straightThrough: false, queue: { id: "siu", name: { zh: "特殊调查", en: "Special investigations" } }, level: "L2", fourEyes: false, rules: ["high-risk"], reasons: [reason], tasks: [] };
    const straight = { straightThrough: true, queue: null, level: null, fourEyes: false, rules: [], reasons: [reason], tasks: [] };
    const routed = all.map((item, i) => ({ ...item, routing: i < 3 ? siu : straight }) as Decision);
    const withRouting = await analyzeDecisions(routed, { asOf: "2027-03-31" });
    expect(withRouting.automation).toMatchObject({ source: "routing", withRouting: 20, straightThrough: 17, straightThroughRate: "0.8500", referred: 3, referralRate: "0.1500", levels: [{ level: "L2", decisions: 3 }] });
    expect(withRouting.automation.queues.map((queue) => [queue.queue, queue.label.zh, queue.routed])).toEqual([["siu", "特殊调查", 3]]);
  });

  test("routing in another shape: reported with its path, and read as absent", async () => {
    const odd = await analyzeDecisions([{ ...decision("01"), routing: { queue: "x" } } as unknown as Decision], { asOf: "2027-03-31" });
    expect(odd.automation.source).toBe("outcome");
    expect(odd.input.problems).toEqual([expect.objectContaining({ code: "extension_unreadable", claimId: decision("01").claimId, path: "decision.routing.straightThrough" })]);
  });

  test("cycle times: exact medians and p90 in days", () => {
    // Submission to decision over the 16 determined: 2 2 2 3 3 3 3 3 [3] 4 4 4 6 7 [7] 7.
    expect(report.cycleTimes).toEqual([
      { id: "incident_to_report", label: { zh: "出险至报案", en: "Incident to report" }, count: 20, median: 1, p90: 2, max: 14 },
      { id: "submission_to_decision", label: { zh: "提交申请至核定", en: "Submission to decision" }, count: 16, median: 3, p90: 7, max: 7 },
      { id: "documents_to_decision", label: { zh: "资料齐全至核定", en: "Complete documents to decision" }, count: 16, median: 3, p90: 7, max: 7 },
      { id: "decision_to_payment", label: { zh: "核定至支付", en: "Decision to payment" }, count: 0, median: null, p90: null, max: null },
    ]);
  });

  test("statutory clocks on asOf: 16 determinations on time, the 2 referrals overdue; payments without a date are not recorded", () => {
    const row = (id: string) => report.deadlines.byDeadline.find((deadline) => deadline.id === id);
    // Case 08: complete 2026-11-06, due 2026-12-07 (the 30th day, 12-06, is a Sunday: Civil Code art. 203), 114 days over; case 15: due 2026-10-20, 162 days over.
    expect(row("determination")).toMatchObject({ applicable: 20, metOnTime: 16, metLate: 0, overdue: 2, open: 2, breaches: 2, daysOver: { count: 2, median: 114, p90: 162, max: 162 } });
    expect(row("payment")).toMatchObject({ applicable: 14, notRecorded: 10, open: 4, breaches: 0 });
    expect(report.deadlines.determinationOnTimeRate).toBe("1.0000");
    expect(report.deadlines.determinationPeriods).toEqual([{ length: 30, unit: "calendar_days" }]);
    expect(report.headline.determinationBreaches).toBe(2);
  });

  test("events: a person's determination closes the queue and the clock; the payment date gives decision to payment", async () => {
    const records: DecisionRecord[] = all.map((item) => {
      if (item === decision("08")) return { decision: item, events: { determinedOn: "2026-12-10" } }; // 3 days late (due 2026-12-07)
      if (item === decision("15")) return { decision: item, events: { determinedOn: "2026-10-01" } }; // on time
      if (item === decision("02")) return { decision: item, events: { paidOn: "2026-06-01" } }; // 4 days after 2026-05-28
      if (item === decision("17")) return { decision: item, events: { paidOn: "2026-12-20" } }; // 12 days, 2 late
      return { decision: item };
    });
    const later = await analyzeDecisions(records, { asOf: "2027-03-31" });
    const row = (id: string) => later.deadlines.byDeadline.find((deadline) => deadline.id === id);
    expect(row("determination")).toMatchObject({ metOnTime: 17, metLate: 1, overdue: 0, breaches: 1, daysOver: { count: 1, median: 3, p90: 3, max: 3 } });
    expect(row("payment")).toMatchObject({ metOnTime: 1, metLate: 1, notRecorded: 8, breaches: 1 });
    expect(later.cycleTimes.find((time) => time.id === "decision_to_payment")).toMatchObject({ count: 2, median: 4, p90: 12 });
    expect(later.automation.queues.map((queue) => [queue.queue, queue.routed, queue.open])).toEqual([
      ["referred:CLAIMANT_AUTHORITY", 1, 0],
      ["referred:LARGE_CLAIM", 1, 0],
    ]);
    expect(later.deadlines.determinationOnTimeRate).toBe("0.9444");
  });

  test("claims waiting for documents: days since the request, bands, the documents missing", () => {
    // Case 07 asked on 2026-10-22 (160 days before 2027-03-31), case 19 on 2026-12-21 (100 days).
    expect(report.pendingDocuments).toMatchObject({ waiting: 2, waitingDays: { count: 2, median: 100, p90: 160, max: 160 } });
    expect(report.pendingDocuments.bands).toEqual([
      { upTo: 7, count: 0 },
      { upTo: 14, count: 0 },
      { upTo: 30, count: 0 },
      { upTo: 60, count: 0 },
      { upTo: null, count: 2 },
    ]);
    expect(report.pendingDocuments.missingDocuments.map((row) => row.documentType)).toEqual(["accident_report", "discharge_summary", "invoice", "other_insurer_settlement", "relationship_proof", "si_exclusion_proof"]);
  });
});

describe("flags, duplicates, providers", () => {
  test("flags by severity and rule", () => {
    expect(report.flags).toEqual({
      decisionsFlagged: 2,
      flags: 2,
      bySeverity: { low: 1, medium: 0, high: 1 },
      byRule: [
        { ruleId: "early-claim-5.4", reasonCode: "EARLY_CLAIM", severity: "high", label: { zh: "5.4 理赔审核与调查", en: "5.4 Claim review and investigation" }, decisions: 1 },
        { ruleId: "late-report-5.1", reasonCode: "LATE_REPORT", severity: "low", label: { zh: "5.1 保险事故通知", en: "5.1 Notice of an insured event" }, decisions: 1 },
      ],
    });
  });

  test("a resubmitted claim (same policy, incident date, billed and provider) is a possible duplicate, paid twice", async () => {
    const copy = { ...decision("02"), claimId: "CLM-2026-0601-0099" };
    const records: DecisionRecord[] = [...all.map((item) => ({ decision: item, provider: { id: "H-1" } })), { decision: copy, provider: { id: "H-1" } }, { decision: { ...decision("02"), claimId: "CLM-OTHER-PROVIDER" }, provider: { id: "H-2" } }];
    const found = await analyzeDecisions(records, { asOf: "2027-03-31" });
    expect(found.duplicates).toMatchObject({ caughtByRules: 0, caughtByRisk: 0, possible: 1, paidTwice: 1, paidTwiceAmount: "3000.00", examples: [{ claimId: "CLM-2026-0601-0099", duplicateOf: decision("02").claimId, billed: "28000.00", provider: "H-1" }] });
    expect(found.providers.byFlags[0]).toMatchObject({ id: "H-1", possibleDuplicates: 1, flags: 2 });
  });

  test("a duplicate caught by a rule or by the risk score is counted as caught", async () => {
    const flagged = { ...decision("10"), flags: [{ ...(decision("10").flags[0] as Decision["flags"][number]), reasonCode: "DUPLICATE_INVOICE" }] };
    const indicator = (id: string, kind: string, contribution: string) => ({ id, kind, name: { zh: id, en: id }, fired: contribution !== "0", points: "40", contribution, evidence: [{ code: "X", message: { zh: "依据", en: "evidence" } }] });
    const scored = { ...decision("01"), risk: { score: "72", level: "high", indicators: [indicator("dup", "duplicate_invoice", "40"), indicator("early_claim", "soon_after_inception", "0")] } } as Decision;
    const caught = await analyzeDecisions([flagged, scored], { asOf: "2027-03-31" });
    expect(caught.duplicates).toMatchObject({ caughtByRules: 1, caughtByRisk: 1, possible: 0 });
    expect(caught.risk).toEqual({ available: true, scored: 1, averageScore: "72", byLevel: [{ level: "high", decisions: 1 }], indicators: [{ id: "dup", label: { zh: "dup", en: "dup" }, decisions: 1, totalContribution: "40" }] });
  });

  test("providers: not available without them; ranked by amount paid and by flags with them", async () => {
    expect(report.providers).toEqual({ available: false, withProvider: 0, byAmount: [], byFlags: [] });
    const named = new Map([["01", "A"], ["09", "A"], ["10", "A"], ["17", "B"]]);
    const records: DecisionRecord[] = [...decisions.entries()].map(([number, item]) => {
      const id = named.get(number);
      return id === undefined ? { decision: item } : { decision: item, provider: { id, name: id === "A" ? { zh: "甲医院", en: "Hospital A" } : "Hospital B" } };
    });
    const providers = (await analyzeDecisions(records, { asOf: "2027-03-31" })).providers;
    expect(providers.withProvider).toBe(4);
    // B paid 31150.00; A 7202.80 + 13280.30 + 4200.00 = 24683.10 and carries both flags (cases 09 and 10).
    expect(providers.byAmount.map((row) => [row.id, row.label.en, row.paidAmount, row.decisions])).toEqual([
      ["B", "Hospital B", "31150.00", 1],
      ["A", "Hospital A", "24683.10", 3],
    ]);
    expect(providers.byFlags.map((row) => [row.id, row.label.zh, row.flags, row.decisionsFlagged])).toEqual([["A", "甲医院", 2, 2]]);
  });

  test("sampling: the share of decisions the QA sample picked, by segment, as the core records it", async () => {
    // Four decisions: two in segment "large" (rate 25%, the first sampled), one in "small" (2%), one in no segment.
    const recorded = [
      { sampled: true, segment: "large", segmentName: { zh: "大额", en: "Large" }, rate: "0.25", draw: "0.067401", product: "medical_reimbursement" },
      { sampled: false, segment: "large", segmentName: { zh: "大额", en: "Large" }, rate: "0.25", draw: "0.683717", product: "medical_reimbursement" },
      { sampled: false, segment: "small", rate: "0.02", draw: "0.225414", product: "medical_reimbursement" },
      { sampled: false, rate: "0", draw: "0.243335", product: "accident" },
    ];
    const sampled = all.slice(0, 4).map((item, i) => ({ ...item, sampling: recorded[i] }) as Decision);
    expect((await analyzeDecisions(sampled, { asOf: "2027-03-31" })).sampling).toEqual({
      available: true,
      considered: 4,
      sampled: 1,
      sampledRate: "0.2500",
      bySegment: [
        { segment: "large", label: { zh: "大额", en: "Large" }, rate: "0.25", considered: 2, sampled: 1, sampledRate: "0.5000" },
        { segment: "", label: { zh: "未落入任何分层", en: "In no segment" }, rate: "0", considered: 1, sampled: 0, sampledRate: "0.0000" },
        { segment: "small", label: { zh: "small", en: "small" }, rate: "0.02", considered: 1, sampled: 0, sampledRate: "0.0000" },
      ],
    });
  });

  test("a sampling in another shape is reported once as unreadable and left out", async () => {
    const odd = all.slice(0, 1).map((item) => ({ ...item, sampling: { sampled: "yes" } }) as unknown as Decision);
    const result = await analyzeDecisions(odd, { asOf: "2027-03-31" });
    expect(result.sampling.available).toBe(false);
    expect(result.input.problems.map((problem) => [problem.code, problem.path])).toEqual([["extension_unreadable", "decision.sampling.sampled"]]);
  });

  test("no sampling, no risk: not available", () => {
    expect(report.sampling.available).toBe(false);
    expect(report.risk.available).toBe(false);
  });
});

describe("asOf, currency, inputs", () => {
  test("the headline of December 2026: decisions after asOf are left out and reported", async () => {
    const december = await analyzeDecisions(all, { asOf: "2026-12-31" });
    expect(december.input).toMatchObject({ analysed: 18, afterAsOf: 2 });
    expect(december.input.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ["after_as_of", "decision.meta.asOf"],
      ["after_as_of", "decision.meta.asOf"],
    ]);
    expect(december.headline).toMatchObject({ month: "2026-12", paidThisMonth: { count: 1, amount: "31150.00" }, straightThroughRate: "0.7778", determinationBreaches: 2 });
  });

  test("a decision in another currency is left out", async () => {
    const usd = { ...decision("01"), currency: "USD" };
    const mixed = await analyzeDecisions([decision("02"), usd], { asOf: "2027-03-31" });
    expect(mixed).toMatchObject({ currency: "CNY", input: { analysed: 1, otherCurrency: 1 } });
  });

  test("no decisions: zeros and nulls, no currency", async () => {
    const empty = await analyzeDecisions([], { asOf: "2027-03-31" });
    expect(empty).toMatchObject({ currency: null, totals: { decisions: 0, paid: { count: 0, amount: "0.00", average: null, median: null } }, byMonth: [], headline: { paidThisMonth: { count: 0, amount: "0.00" }, straightThroughRate: null, topRefusingRule: null } });
  });

  test("asOf is required and checked", async () => {
    await expect(analyzeDecisions([], { asOf: "2027-02-30" })).rejects.toThrow(/options\.asOf/);
  });

  test("an async iterable gives the same report, and progress counts every input", async () => {
    async function* stream() {
      yield* all;
    }
    const seen: number[] = [];
    const streamed = await analyzeDecisions(stream(), { asOf: "2027-03-31", onProgress: (read) => seen.push(read) });
    expect(streamed).toEqual(report);
    expect(seen.at(-1)).toBe(20);
  });
});

describe("properties", () => {
  propTest.prop([fc.shuffledSubarray([...Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0"))])], { numRuns: 25 })(
    "any subset in any order: outcome rows add up to the totals, paid is the sum of positive payables, order does not matter",
    async (numbers) => {
      const chosen = numbers.map(decision);
      const result = await analyzeDecisions(chosen, { asOf: "2027-03-31" });
      expect(result.byOutcome.reduce((sum, row) => sum + row.decisions, 0)).toBe(chosen.length);
      expect(result.byOutcome.reduce((sum, row) => sum.plus(row.payable), new Dec(0)).toFixed(2)).toBe(result.totals.payable);
      const paid = chosen.filter((item) => (item.outcome === "approved" || item.outcome === "partially_approved") && new Dec(item.payable).greaterThan(0));
      expect(result.totals.paid.count).toBe(paid.length);
      expect(result.totals.paid.amount).toBe(paid.reduce((sum, item) => sum.plus(item.payable), new Dec(0)).toFixed(2));
      expect(result.byMonth.reduce((sum, row) => sum + row.decisions, 0)).toBe(chosen.length);
      const reversed = await analyzeDecisions([...chosen].reverse(), { asOf: "2027-03-31" });
      expect(reversed).toEqual(result);
    },
  );
});
