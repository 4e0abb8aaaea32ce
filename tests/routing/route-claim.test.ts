import { describe, expect, test } from "vitest";
import { createAdjudicator, DecisionSchema, renderNotice, type Decision, type LedgerInput } from "../../src/index.js";
import { earlierClaim, ledgerWith, medical, medicalClaim, type MedicalClaimSpec } from "../support/medical-claims.js";

const adjudicator = createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: medical.operations });
const decide = (spec: MedicalClaimSpec, accumulators?: unknown, asOf = "2026-08-01") => adjudicator.adjudicate(medicalClaim(spec), { asOf, ...(accumulators !== undefined ? { accumulators: accumulators as never } : {}) });
/** Where the decision went: straight through, or [queue, level, four-eyes]. */
const where = (decision: Decision) => (decision.routing?.straightThrough ? "straight through" : [decision.routing?.queue?.id ?? null, decision.routing?.level ?? null, decision.routing?.fourEyes ?? null]);
const codes = (decision: Decision) => decision.routing?.reasons.map((reason) => reason.code);

// examples/medical/operations.json, routing. Rules in order (the first that holds names the queue):
// high-risk (risk level high) → special investigations, level L2 at least, an investigation with an interview;
// duplicate-invoice (that indicator fired) → special investigations, an investigation;
// stay-review (long stay or an invoice outside the stay) → medical review, a field survey with a ward visit;
// large-claim (billed ≥ 200,000.00) → large claims, level L3 at least; medium-risk (risk level medium) → claims review.
// Straight through: approvals and partial approvals up to 50,000.00 payable; denials never. Authority (payable, or
// billed for a denial): L1 50,000 / denials 10,000; L2 200,000 / 100,000; L3 1,000,000 / 1,000,000; L4 unlimited.
// Four-eyes above 100,000.00; every denial needs L2. No other claims, no opening counters: each claim pays its eligible
// amount (the bill: nothing reimbursed by social insurance) less the 10,000.00 annual deductible.
describe("the medical example's routing, worked by hand", () => {
  test("A: score 0, approved 17,330.80 − 10,000.00 = 7,330.80 ≤ 50,000.00: straight through, no level", async () => {
    const decision = await decide({ id: "CLM-A" });
    expect([decision.outcome, decision.payable]).toEqual(["approved", "7330.80"]);
    expect(decision.routing).toEqual({
      straightThrough: true,
      queue: null,
      level: null,
      fourEyes: false,
      rules: [],
      reasons: [
        {
          code: "STRAIGHT_THROUGH",
          message: {
            en: "Decided by the system alone: no routing rule applies and CNY 7,330.80 is within its authority when the decision is: approved.",
            zh: "由系统自动处理：无分配规则适用，且金额 ¥7,330.80 在系统自动处理权限内（决定为：同意赔付）。",
          },
          params: { amount: "7330.80", "outcome.en": "approved", "outcome.zh": "同意赔付" },
        },
      ],
      tasks: [],
    });
  });

  test("B: the resubmitted bill, score 75 (high): special investigations at L2, an investigation of three red flags and a field survey of the stay", async () => {
    // After A the deductible is used: B pays its 17,330.80 (approved). Rules holding: high-risk (high), duplicate-invoice,
    // stay-review (long stay); the first names the queue. By amount L1 (17,330.80 ≤ 50,000.00); high-risk asks for L2.
    // The investigation (high-risk and duplicate-invoice, one task in special investigations) checks every red flag
    // that fired, then the interview; the field survey (stay-review) checks the stay it names, then the ward visit.
    const first = await decide({ id: "CLM-A" });
    const decision = await decide({ id: "CLM-B", stay: ["2026-07-09", "2026-07-21"], reportedOn: "2026-07-21", submittedOn: "2026-07-25", invoices: [{ number: "INV-B2", date: "2026-07-15", amount: "17330.80", provider: "H-110105-017" }] }, first.accumulatorsAfter);
    expect([decision.outcome, decision.payable, decision.risk?.score, decision.risk?.level]).toEqual(["approved", "17330.80", "75", "high"]);
    expect(where(decision)).toEqual(["special_investigations", "L2", false]);
    expect(decision.routing?.rules).toEqual(["high-risk", "duplicate-invoice", "stay-review"]);
    expect(decision.routing?.reasons.map((reason) => [reason.ruleId ?? null, reason.message.en])).toEqual([
      ["high-risk", "Risk level: high risk."],
      ["duplicate-invoice", "Red flags: Duplicate or near-duplicate invoice."],
      ["stay-review", "Red flags: Stay long for its diagnosis."],
      [null, "Deciding CNY 17,330.80 when the decision is “approved” needs authority level Level 1 adjuster."],
      ["high-risk", "Routing rule high-risk needs authority level Level 2 adjuster or above."],
    ]);
    expect(decision.routing?.tasks.map((task) => [task.kind, task.queue.id, task.rules, task.checks.map((check) => check.id)])).toEqual([
      ["investigation", "special_investigations", ["high-risk", "duplicate-invoice"], ["duplicate-invoice", "long-stay", "late-report", "interview-insured"]],
      ["field_survey", "medical_review", ["stay-review"], ["long-stay", "ward-visit"]],
    ]);
    expect(decision.routing?.tasks[0]?.checks[0]?.message.zh).toBe("通过电子发票查验平台及H-110105-017核实发票 INV-B2，并与理赔申请 CLM-A 的发票 INV-CLM-A 比对。");
  });

  test("C: score 55 (medium), referred for the claimant's authority: claims review at L1", async () => {
    // Risk as worked in tests/risk: 15 + 10 + 10 + 20 = 55, medium → medium-risk (claims review). The claimant is not
    // close family: rule claimant-other-5.3 refers the claim. It stands to pay 48,000.00 − 10,000.00 = 38,000.00 of
    // 48,000.00 billed: a partial approval of 38,000.00, within L1's 50,000.00.
    const earlier = (submittedOn: string, number: string, amount: string) => earlierClaim({ submittedOn, billedInvoices: { [number]: { date: submittedOn, amount, provider: "H-110105-017" } } });
    const ledger = ledgerWith({ "CLM-C1": earlier("2026-04-10", "INV-C1", "1200.00"), "CLM-C2": earlier("2026-05-20", "INV-C2", "860.00"), "CLM-C3": earlier("2026-06-30", "INV-C3", "2300.50") });
    const decision = await decide({ id: "CLM-C", relationship: "other", invoices: [{ number: "INV-C", date: "2026-07-15", amount: "48000.00", provider: "H-110105-017" }] }, ledger);
    expect([decision.outcome, decision.payable, decision.risk?.score]).toEqual(["referred", "38000.00", "55"]);
    expect(where(decision)).toEqual(["claims_review", "L1", false]);
    expect(decision.routing?.reasons.map((reason) => reason.message.en)).toEqual([
      "Risk level: medium risk.",
      "The adjudication referred the claim for review: CLAIMANT_AUTHORITY.",
      "Deciding CNY 38,000.00 when the decision is “partially approved” needs authority level Level 1 adjuster.",
    ]);
  });

  test("D: an early accident, score 25 (low), approved 7,330.80: straight through", async () => {
    const decision = await decide({ id: "CLM-D", type: "accident", incident: "2026-03-10", diagnosis: ["S82.1"], stay: ["2026-03-10", "2026-03-20"], submittedOn: "2026-03-25" }, undefined, "2026-03-30");
    expect([decision.outcome, decision.payable, decision.risk?.score]).toEqual(["approved", "7330.80", "25"]);
    expect(where(decision)).toBe("straight through");
  });

  test("E: an invoice outside the stay, score 20 (low): medical review at L1 with a field survey, though it pays nothing (below the deductible)", async () => {
    // 5,000.00 + 800.00 = 5,800.00 billed, all under the 10,000.00 deductible: approved at 0.00 (within L1).
    const decision = await decide({ id: "CLM-E", invoices: [{ number: "INV-E1", date: "2026-07-15", amount: "5000.00", provider: "H-110105-017" }, { number: "INV-E2", date: "2026-07-02", amount: "800.00", provider: "P-310101-220" }] });
    expect([decision.outcome, decision.payable]).toEqual(["approved", "0.00"]);
    expect(where(decision)).toEqual(["medical_review", "L1", false]);
    expect(decision.routing?.tasks.map((task) => [task.kind, task.checks.map((check) => check.message.en)])).toEqual([
      ["field_survey", ["Ask P-310101-220 why invoice INV-E2 is dated 2 July 2026, outside the stay from 10 July 2026 to 15 July 2026.", "Check at the hospital that the insured was on the ward during the stay"]],
    ]);
  });

  test("a large claim: billed 250,000.00 ≥ 200,000.00, referred by rule large-claim-5.4, paying 240,000.00: large claims at L3, four-eyes", async () => {
    // By amount L3 (240,000.00 > L2's 200,000.00); the large-claim routing rule asks for L3 too; 240,000.00 > 100,000.00.
    const decision = await decide({ id: "CLM-G", incident: "2026-09-01", stay: ["2026-09-01", "2026-09-05"], submittedOn: "2026-09-10", invoices: [{ number: "INV-G", date: "2026-09-05", amount: "250000.00" }] }, undefined, "2026-09-12");
    expect([decision.outcome, decision.payable]).toEqual(["referred", "240000.00"]);
    expect(where(decision)).toEqual(["large_claims", "L3", true]);
    expect(codes(decision)).toEqual(["BILLED_AT_LEAST", "REFERRED_BY_ADJUDICATION", "FOUR_EYES", "AUTHORITY_LEVEL", "RULE_LEVEL"]);
  });

  test("a claim pending documents with no rule holding waits for the claimant: no queue, no level", async () => {
    // No discharge summary: pended (clause 5.2).
    const claim = medicalClaim({ id: "CLM-P" });
    const decision = await adjudicator.adjudicate({ ...claim, documents: (claim.documents ?? []).filter((document) => document.type !== "discharge_summary") }, { asOf: "2026-08-01" });
    expect(decision.outcome).toBe("pending_documents");
    expect(decision.routing).toMatchObject({ straightThrough: false, queue: null, level: null, fourEyes: false, reasons: [{ code: "AWAITING_DOCUMENTS" }] });
  });
});

describe("thresholds just below, at and just above", () => {
  const bill = (id: string, amount: string, spec: Partial<MedicalClaimSpec> = {}, asOf = "2026-08-01", ledger?: LedgerInput) => decide({ id, invoices: [{ number: `INV-${id}`, date: spec.stay?.[1] ?? "2026-07-15", amount }], ...spec }, ledger, asOf);

  test("straight through up to 50,000.00 payable: 50,000.00 goes through, 50,000.01 goes to claims review at L2", async () => {
    // Billed 60,000.00 − 10,000.00 deductible = 50,000.00.
    const at = await bill("CLM-1", "60000.00");
    const above = await bill("CLM-2", "60000.01");
    expect([at.payable, where(at)]).toEqual(["50000.00", "straight through"]);
    expect([above.payable, where(above)]).toEqual(["50000.01", ["claims_review", "L2", false]]);
    expect(above.routing?.reasons.map((reason) => reason.message.zh)).toEqual([
      "应赔金额 ¥50,000.01 超过系统可自动处理的上限 ¥50,000.00（决定为：同意赔付）。",
      "决定为“同意赔付”、金额 ¥50,000.01，须具备二级核赔权限。",
      "无分配规则适用，案件进入理赔审核。",
    ]);
  });

  test("four-eyes above 100,000.00: at 100,000.00 one person, at 100,000.01 two", async () => {
    const at = await bill("CLM-1", "110000.00");
    const above = await bill("CLM-2", "110000.01");
    expect([at.payable, where(at)]).toEqual(["100000.00", ["claims_review", "L2", false]]);
    expect([above.payable, where(above)]).toEqual(["100000.01", ["claims_review", "L2", true]]);
  });

  test("a denial always needs L2; by the amount billed, 100,000.00 stays at L2 and 100,000.01 needs L3 (and four-eyes)", async () => {
    // An illness on 2026-03-20 is in the 30-day waiting period: denied. L1 may deny up to 10,000.00: at 10,000.00 the
    // amount asks for L1, and the denial rule raises it to L2.
    const waiting = { incident: "2026-03-20", stay: ["2026-03-20", "2026-03-24"] as const, submittedOn: "2026-03-30" };
    const small = await bill("CLM-1", "10000.00", waiting, "2026-04-01");
    expect([small.outcome, where(small)]).toEqual(["denied", ["claims_review", "L2", false]]);
    expect(small.routing?.reasons.map((reason) => reason.message.en)).toEqual([
      "The system does not decide alone when the decision is: denied.",
      "Deciding CNY 10,000.00 when the decision is “denied” needs authority level Level 1 adjuster.",
      "A denial needs authority level Level 2 adjuster or above.",
      "No routing rule applies: the claim goes to Claims review.",
    ]);
    expect(where(await bill("CLM-2", "100000.00", waiting, "2026-04-01"))).toEqual(["claims_review", "L2", false]);
    expect(where(await bill("CLM-3", "100000.01", waiting, "2026-04-01"))).toEqual(["claims_review", "L3", true]);
  });

  test("large claims from 200,000.00 billed: 199,999.99 is not, 200,000.00 is", async () => {
    const below = await bill("CLM-1", "199999.99");
    const at = await bill("CLM-2", "200000.00");
    expect(below.routing?.rules).toEqual([]);
    expect(at.routing?.rules).toEqual(["large-claim"]);
    expect(where(at)).toEqual(["large_claims", "L3", true]);
  });
});

const base = {
  queues: [
    { id: "review", name: { zh: "审核", en: "Review" } },
    { id: "siu", name: { zh: "特殊调查", en: "Special investigations" } },
  ],
  defaultQueue: "review",
  straightThrough: { maxAmount: { approved: "5000.00" } },
  authority: { levels: [{ id: "L1", name: { zh: "一级", en: "Level 1" }, maxAmount: { approved: "20000.00" } }] },
};
const ops = (routing: Record<string, unknown>, risk?: unknown) => ({ id: "OPS-T", version: "1", currency: "CNY", ...(risk !== undefined ? { risk } : {}), routing: { ...base, ...routing } });

describe("authority beyond every level, and conditions", () => {
  test("an amount no level may decide goes to the highest level, saying so", async () => {
    const only = createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: ops({}) });
    const decision = await only.adjudicate(medicalClaim({ id: "CLM-1", invoices: [{ number: "INV-1", date: "2026-07-15", amount: "40000.00" }] }), { asOf: "2026-08-01" });
    expect(where(decision)).toEqual(["review", "L1", false]);
    expect(decision.routing?.reasons.map((reason) => reason.message.en)).toContain("No authority level may decide CNY 30,000.00 when the decision is “approved”; the highest, Level 1, decides.");
  });

  test("rules on outcomes, amounts, codes, flag severities and products; every condition of a rule must hold", async () => {
    const routed = createAdjudicator({
      policy: medical.policy,
      rules: medical.rules,
      operations: ops({
        rules: [
          { id: "late-and-large", when: { reasonCodes: ["LATE_REPORT"], payableAtLeast: "5000.00" }, queue: "siu" },
          { id: "low-flags", when: { flagSeverities: ["low"], products: ["medical_reimbursement"] }, queue: "review" },
        ],
      }),
    });
    // Reported 12 days late: the late-report-5.1 flag (low). Payable 7,330.80 ≥ 5,000.00.
    const late = await routed.adjudicate(medicalClaim({ id: "CLM-1", reportedOn: "2026-07-21", submittedOn: "2026-07-22" }), { asOf: "2026-08-01" });
    expect(late.routing?.rules).toEqual(["late-and-large", "low-flags"]);
    expect(late.routing?.queue?.id).toBe("siu");
    expect(late.routing?.reasons.slice(0, 4).map((reason) => reason.message.en)).toEqual([
      "The amount payable, CNY 7,330.80, is at least CNY 5,000.00.",
      "The decision gives LATE_REPORT.",
      "The rules raised a flag of low severity: Reported more than 10 days after the incident.",
      "The product is medical_reimbursement.",
    ]);
    // Paying 4,999.99 (billed 14,999.99): the first rule no longer holds, the second does.
    const small = await routed.adjudicate(medicalClaim({ id: "CLM-2", reportedOn: "2026-07-21", submittedOn: "2026-07-22", invoices: [{ number: "INV-2", date: "2026-07-15", amount: "14999.99" }] }), { asOf: "2026-08-01" });
    expect(small.routing?.rules).toEqual(["low-flags"]);
  });
});

describe("the decision and the notices", () => {
  test("valid against DecisionSchema; the adjuster's view gives the queue, the level, the reasons and what to check", async () => {
    const first = await decide({ id: "CLM-A" });
    const decision = await decide({ id: "CLM-B", stay: ["2026-07-09", "2026-07-21"], reportedOn: "2026-07-21", submittedOn: "2026-07-25", invoices: [{ number: "INV-B2", date: "2026-07-15", amount: "17330.80", provider: "H-110105-017" }] }, first.accumulatorsAfter);
    expect(DecisionSchema.safeParse(decision).success).toBe(true);
    const zh = renderNotice(decision, { locale: "zh-CN", audience: "adjuster" });
    const en = renderNotice(decision, { locale: "en", audience: "adjuster" });
    expect(zh).toContain("分配至：特殊调查；所需核赔权限：二级核赔（L2）；双人复核：否。");
    expect(zh).toContain("已发起调查（特殊调查），须核查：");
    expect(zh).toContain("已发起现场勘查（医疗审核），须核查：");
    expect(en).toContain("Queue: Special investigations; authority level needed: Level 2 adjuster (L2); four-eyes review: no.");
    expect(en).toContain("Investigation requested, in Special investigations. To check:\n\n1. Verify invoice INV-B2 through the e-invoice check");
    const claimant = renderNotice(decision, { locale: "zh-CN", audience: "claimant" });
    expect(claimant).not.toMatch(/特殊调查|核赔权限|调查/);
  });
});

describe("the routing configuration is checked at createAdjudicator, every problem at once", () => {
  test("unknown queues, levels, risk levels and indicators; risk conditions without a score; levels out of order; amounts", () => {
    const run = () =>
      createAdjudicator({
        policy: medical.policy,
        rules: medical.rules,
        operations: ops({
          queues: [...base.queues, { id: "siu", name: { zh: "重复", en: "Again" } }],
          defaultQueue: "nowhere",
          rules: [
            { id: "r1", when: { scoreAtLeast: 60 }, queue: "fraud", level: "L9" },
            { id: "r1", when: { payableAtLeast: "10.001" }, queue: "review", investigation: { checks: [{ id: "c", text: { zh: "查", en: "check" } }, { id: "c", text: { zh: "查", en: "check" } }] } },
          ],
          authority: {
            levels: [
              { id: "L1", name: { zh: "一级", en: "Level 1" }, maxAmount: { approved: "20000.00", denied: "5000.00" } },
              { id: "L2", name: { zh: "二级", en: "Level 2" }, maxAmount: { approved: "10000.00" } },
            ],
            denialsRequire: "L3",
          },
        }),
      });
    let issues: [string, string][] = [];
    try {
      run();
    } catch (error) {
      issues = (error as { issues: { path: (string | number)[]; message: string }[] }).issues.map((issue) => [issue.path.join("."), issue.message]);
    }
    expect(issues).toEqual([
      ["operations.routing.queues.2.id", 'queue "siu" is used twice (first at [1]); give each its own id'],
      ["operations.routing.rules.1.id", 'routing rule "r1" is used twice (first at [0]); give each its own id'],
      ["operations.routing.defaultQueue", 'queue "nowhere" is not among the queues (review, siu, siu)'],
      ["operations.routing.rules.0.queue", 'queue "fraud" is not among the queues (review, siu, siu)'],
      ["operations.routing.rules.0.level", 'authority level "L9" is not among the authority levels (L1, L2)'],
      ["operations.routing.rules.0.when", 'routing rule "r1" reads the risk score, but the operations configuration has no "risk": add it, or route on other conditions'],
      ["operations.routing.rules.1.when.payableAtLeast", "10.001 has 3 decimals; CNY amounts have at most 2"],
      ["operations.routing.rules.1.investigation.checks.1.id", 'check "c" is used twice (first at [0]); give each its own id'],
      ["operations.routing.authority.levels.1.maxAmount.approved", 'level "L2" may decide 10000.00 approved claims, less than "L1" below it (20000.00): list the levels from the lowest authority up, each with at least the authority of the one before'],
      ["operations.routing.authority.levels.1.maxAmount.denied", 'level "L2" may decide no denied claims, less than "L1" below it (5000.00): list the levels from the lowest authority up, each with at least the authority of the one before'],
      ["operations.routing.authority.denialsRequire", 'authority level "L3" is not among the authority levels (L1, L2)'],
    ]);
  });

  test("a rule with no condition is a schema problem at its path", () => {
    expect(() => createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: ops({ rules: [{ id: "r", when: {}, queue: "review" }] }) })).toThrow(
      /operations\.routing\.rules\[0\]\.when: give at least one condition/,
    );
  });
});
