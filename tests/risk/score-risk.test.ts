import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { createAdjudicator, DecisionSchema, defineFact, renderNotice, type Decision, type FactDefinition, type LedgerInput } from "../../src/index.js";
import { Dec } from "../../src/money/money.js";
import { earlierClaim, ledgerWith, medical, medicalClaim, type MedicalClaimSpec } from "../support/medical-claims.js";

const adjudicator = createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: medical.operations });
const decide = (spec: MedicalClaimSpec, accumulators?: unknown, asOf = "2026-08-01") => adjudicator.adjudicate(medicalClaim(spec), { asOf, ...(accumulators !== undefined ? { accumulators: accumulators as never } : {}) });
const fired = (decision: Decision) => (decision.risk?.indicators ?? []).filter((indicator) => indicator.fired).map((indicator) => [indicator.id, indicator.contribution]);

// examples/medical/operations.json, risk: early claim (first 60 days of cover) 15; 3+ other claims in 365 days 15;
// duplicate or near-duplicate invoice 40; invoice more than 3 days outside the stay 20; stay longer than 1.5 × the
// norm of its diagnosis (K80 7 days, S82 12, …) 25; billed within 5% under 200,000.00 or 50,000.00 10; 3+ other
// claims at the same provider in 365 days 10; reported 11+ days after knowing of the incident 10 (clause 5.1 asks
// for notice within 10 days); a claimant outside the close family 20; a high-severity flag rule 10.
// Levels: low from 0, medium from 30, high from 60. Cover began 2026-03-01.
describe("the medical example's risk score, worked by hand", () => {
  test("A: an ordinary first claim fires nothing: score 0, low", async () => {
    // Incident 07-09 is day 131 of cover (Mar 31 + Apr 30 + May 31 + Jun 30 + 9 = 131 > 60); 5 days in hospital for
    // K80.2 (limit 7 × 1.5 = 10.5); the invoice of 07-15 is within 07-10…07-15; 17,330.80 is far from 47,500.00 and
    // 190,000.00; reported on the day; no history.
    const decision = await decide({ id: "CLM-A" });
    expect(decision.risk).toMatchObject({ score: "0", level: "low", levelName: { zh: "低风险", en: "low risk" } });
    expect(fired(decision)).toEqual([]);
    expect(decision.risk?.indicators.map((indicator) => indicator.id)).toEqual(medical.operations.risk.indicators.map((indicator) => indicator.id));
  });

  test("B: the same bill again under a new number, 12 days in hospital, reported 12 days late: 40 + 25 + 10 = 75, high", async () => {
    // After A: invoice INV-B2 has A's amount 17,330.80, date 07-15 and provider H-110105-017 → near duplicate (40).
    // Stay 07-09 to 07-21 = 12 days > 10.5 (25); the invoice of 07-15 lies within it. Reported 07-21, 12 days after the incident of 07-09 ≥ 11 (10).
    // One other claim (A), at one provider: below the 3 of frequency and repeated provider. The late-report rule's flag
    // is low: the high-flags indicator does not count it.
    const first = await decide({ id: "CLM-A" });
    const decision = await decide(
      { id: "CLM-B", stay: ["2026-07-09", "2026-07-21"], reportedOn: "2026-07-21", submittedOn: "2026-07-25", invoices: [{ number: "INV-B2", date: "2026-07-15", amount: "17330.80", provider: "H-110105-017" }] },
      first.accumulatorsAfter,
    );
    expect(fired(decision)).toEqual([["duplicate-invoice", "40"], ["long-stay", "25"], ["late-report", "10"]]);
    expect(decision.risk).toMatchObject({ score: "75", level: "high" });
    const byId = new Map(decision.risk?.indicators.map((indicator) => [indicator.id, indicator]));
    expect(byId.get("duplicate-invoice")?.evidence.map((item) => item.message.en)).toEqual([
      "Invoice INV-B2 (CNY 17,330.80, 15 July 2026, provider H-110105-017) has the amount, date and provider of invoice INV-CLM-A on claim CLM-A.",
    ]);
    expect(byId.get("long-stay")?.evidence[0]?.message.zh).toBe("住院天数 12 日，诊断 K80.2 的标准住院日为 7 日；超过标准的 1.5 倍（10.5 日）即触发本指标。");
    expect(byId.get("long-stay")?.check?.message.en).toBe("Visit the ward or ask H-110105-017 for the nursing and progress notes: were 12 days in hospital needed for K80.2 (norm 7)?");
    expect(byId.get("frequent-claims")?.evidence[0]?.message.en).toBe("Other claims of the insured in the 365 days up to this one: 1 (the indicator fires at 3).");
  });

  test("C: a fourth claim in the year at the same hospital, by someone outside the family, just under 50,000: 15 + 10 + 10 + 20 = 55, medium", async () => {
    // Three earlier claims (04-10, 05-20, 06-30) with invoices of H-110105-017 of other amounts: frequency 3 ≥ 3 (15),
    // the same provider 3 ≥ 3 (10). Billed 48,000.00 ≥ 50,000.00 × 95% = 47,500.00 and below 50,000.00 (10).
    // The claimant is "other" (20). Nothing is a duplicate: the amounts differ.
    const earlier = (submittedOn: string, number: string, amount: string) => earlierClaim({ submittedOn, billedInvoices: { [number]: { date: submittedOn, amount, provider: "H-110105-017" } } });
    const ledger = ledgerWith({ "CLM-C1": earlier("2026-04-10", "INV-C1", "1200.00"), "CLM-C2": earlier("2026-05-20", "INV-C2", "860.00"), "CLM-C3": earlier("2026-06-30", "INV-C3", "2300.50") });
    const decision = await decide({ id: "CLM-C", relationship: "other", invoices: [{ number: "INV-C", date: "2026-07-15", amount: "48000.00", provider: "H-110105-017" }] }, ledger);
    expect(fired(decision)).toEqual([["frequent-claims", "15"], ["just-under-threshold", "10"], ["repeated-provider", "10"], ["claimant-other", "20"]]);
    expect(decision.risk).toMatchObject({ score: "55", level: "medium" });
    const check = decision.risk?.indicators.find((indicator) => indicator.id === "frequent-claims")?.check;
    expect(check?.message.zh).toBe("合并审阅被保险人此前的理赔申请（CLM-C1、CLM-C2、CLM-C3），核查有无异常规律。");
    expect(decision.risk?.indicators.find((indicator) => indicator.id === "just-under-threshold")?.evidence[0]?.message.en).toBe(
      "The amount billed of CNY 48,000.00 is just under the limit of automatic settlement of CNY 50,000.00 (within 5% of it).",
    );
  });

  test("D: an accident on day 10 of cover: early claim 15 + the high early-claim flag of rule early-claim-5.4, 10 = 25, low", async () => {
    // 2026-03-10 is day 10 (daysSinceInception 9 < 60, and < 15 for the rule's high flag). A fracture (S82.1) with 10
    // days in hospital, within 12 × 1.5 = 18.
    const decision = await decide({ id: "CLM-D", type: "accident", incident: "2026-03-10", diagnosis: ["S82.1"], stay: ["2026-03-10", "2026-03-20"], submittedOn: "2026-03-25" }, undefined, "2026-03-30");
    expect(fired(decision)).toEqual([["early-claim", "15"], ["high-rule-flags", "10"]]);
    expect(decision.risk).toMatchObject({ score: "25", level: "low" });
    expect(decision.risk?.indicators[0]?.evidence[0]?.message.en).toBe("The incident happened on day 10 of cover (cover began on 1 March 2026); the indicator fires in the first 60 days.");
  });

  test("E: a pharmacy invoice a week before admission: outside the stay by more than 3 days, 20, low", async () => {
    // Stay 07-10 to 07-15; the tolerance makes 07-07 the first day counted: 07-02 is outside, 07-15 is not.
    const decision = await decide({
      id: "CLM-E",
      invoices: [
        { number: "INV-E1", date: "2026-07-15", amount: "5000.00", provider: "H-110105-017" },
        { number: "INV-E2", date: "2026-07-02", amount: "800.00", provider: "P-310101-220" },
      ],
    });
    expect(fired(decision)).toEqual([["invoice-outside-stay", "20"]]);
    expect(decision.risk?.score).toBe("20");
    const indicator = decision.risk?.indicators.find((entry) => entry.id === "invoice-outside-stay");
    expect(indicator?.evidence.map((item) => item.message.zh)).toEqual(["发票 INV-E2 开具日期为 2026年7月2日，不在住院期间（2026年7月10日 至 2026年7月15日）内。"]);
    expect(indicator?.check?.message.en).toBe("Ask P-310101-220 why invoice INV-E2 is dated 2 July 2026, outside the stay from 10 July 2026 to 15 July 2026.");
  });
});

/** An adjudicator whose operations have only this indicator. */
function withIndicator(indicator: Record<string, unknown>, facts?: readonly FactDefinition[]) {
  const one = createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: { id: "OPS-T", version: "1", currency: "CNY", risk: { indicators: [{ id: "x", points: 10, ...indicator }] } }, ...(facts !== undefined ? { facts } : {}) });
  return async (spec: MedicalClaimSpec, accumulators?: LedgerInput, asOf = "2026-08-01") => {
    const decision = await one.adjudicate(medicalClaim(spec), { asOf, ...(accumulators !== undefined ? { accumulators } : {}) });
    return decision.risk?.indicators[0]?.fired;
  };
}

describe("each indicator just below, at and just above its threshold", () => {
  test("soon after inception, within 60 days: day 59 and day 60 fire, day 61 does not", async () => {
    const early = withIndicator({ kind: "soon_after_inception", withinDays: 60 });
    // 2026-04-29 is daysSinceInception 59, day 60.
    const at = (incident: string) => early({ id: "CLM-1", type: "accident", diagnosis: ["S82.1"], incident, stay: [incident, incident], submittedOn: "2026-05-10" }, undefined, "2026-05-10");
    expect([await at("2026-04-28"), await at("2026-04-29"), await at("2026-04-30")]).toEqual([true, true, false]);
  });

  test("claim frequency, at least 3 in 365 days: 2 do not fire, 3 do; a claim 365 days back is outside the window, 364 inside", async () => {
    const frequent = withIndicator({ kind: "claim_frequency", atLeast: 3, windowDays: 365 });
    const records = (dates: readonly string[]) => ledgerWith(Object.fromEntries(dates.map((date, i) => [`CLM-H${i}`, earlierClaim({ submittedOn: date })])));
    const claim = { id: "CLM-1", submittedOn: "2026-07-20" };
    expect(await frequent(claim, records(["2026-05-01", "2026-06-01"]))).toBe(false);
    expect(await frequent(claim, records(["2026-05-01", "2026-06-01", "2026-07-01"]))).toBe(true);
    // 2025-07-20 is 365 days before 2026-07-20; 2025-07-21 is 364.
    expect(await frequent(claim, records(["2025-07-20", "2026-05-01", "2026-06-01"]))).toBe(false);
    expect(await frequent(claim, records(["2025-07-21", "2026-05-01", "2026-06-01"]))).toBe(true);
    // A claim submitted after this one is not before it; another insured's claims are not the insured's.
    expect(await frequent(claim, records(["2026-05-01", "2026-06-01", "2026-07-21"]))).toBe(false);
  });

  test("duplicate invoice: the same number, or the same amount, date and provider; a cent, a day or another provider apart is not", async () => {
    const duplicate = withIndicator({ kind: "duplicate_invoice", dateToleranceDays: 0 });
    const tolerant = withIndicator({ kind: "duplicate_invoice", dateToleranceDays: 1 });
    const earlier = (number: string, billed: { date: string; amount: string; provider?: string }, outcome: Decision["outcome"] | "voided" = "approved") =>
      ledgerWith({ "CLM-0": earlierClaim({ submittedOn: "2026-06-01", outcome, billedInvoices: { [number]: billed } }) });
    const claim = { id: "CLM-1", invoices: [{ number: "INV-1", date: "2026-07-15", amount: "17330.80", provider: "H-1" }] };
    expect(await duplicate(claim, earlier("INV-1", { date: "2026-01-01", amount: "1.00" }))).toBe(true);
    expect(await duplicate(claim, earlier("INV-1", { date: "2026-01-01", amount: "1.00" }, "denied"))).toBe(true);
    expect(await duplicate(claim, earlier("INV-1", { date: "2026-01-01", amount: "1.00" }, "voided"))).toBe(false);
    expect(await duplicate(claim, earlier("INV-9", { date: "2026-07-15", amount: "17330.80", provider: "H-1" }))).toBe(true);
    expect(await duplicate(claim, earlier("INV-9", { date: "2026-07-15", amount: "17330.8", provider: "H-1" }))).toBe(true);
    expect(await duplicate(claim, earlier("INV-9", { date: "2026-07-15", amount: "17330.79", provider: "H-1" }))).toBe(false);
    expect(await duplicate(claim, earlier("INV-9", { date: "2026-07-15", amount: "17330.81", provider: "H-1" }))).toBe(false);
    expect(await duplicate(claim, earlier("INV-9", { date: "2026-07-14", amount: "17330.80", provider: "H-1" }))).toBe(false);
    expect(await tolerant(claim, earlier("INV-9", { date: "2026-07-14", amount: "17330.80", provider: "H-1" }))).toBe(true);
    expect(await tolerant(claim, earlier("INV-9", { date: "2026-07-13", amount: "17330.80", provider: "H-1" }))).toBe(false);
    expect(await duplicate(claim, earlier("INV-9", { date: "2026-07-15", amount: "17330.80", provider: "H-2" }))).toBe(false);
    expect(await duplicate(claim, earlier("INV-9", { date: "2026-07-15", amount: "17330.80" }))).toBe(false);
    // Two invoices of one claim under different numbers, same amount, date and provider.
    expect(await duplicate({ id: "CLM-1", invoices: [{ number: "INV-1", date: "2026-07-15", amount: "900.00", provider: "H-1" }, { number: "INV-2", date: "2026-07-15", amount: "900.00", provider: "H-1" }] })).toBe(true);
    // A record kept before invoices' details were: its paid invoices still count by number.
    expect(await duplicate(claim, ledgerWith({ "CLM-0": earlierClaim({ submittedOn: "2026-06-01", invoices: { "INV-1": "100.00" } }) }))).toBe(true);
  });

  test("invoice outside the stay, 3 days' tolerance: 3 days after discharge does not fire, 4 does, and so before admission", async () => {
    const outside = withIndicator({ kind: "invoice_outside_stay", toleranceDays: 3 });
    const dated = (date: string) => outside({ id: "CLM-1", invoices: [{ number: "INV-1", date, amount: "100.00" }] });
    expect([await dated("2026-07-06"), await dated("2026-07-07"), await dated("2026-07-18"), await dated("2026-07-19")]).toEqual([true, false, false, true]);
    expect(await outside({ id: "CLM-1", stay: null, invoices: [{ number: "INV-1", date: "2026-01-01", amount: "100.00" }] })).toBe(false);
  });

  test("long stay, 1.5 × the norm: 6 days of norm allow 9, the 10th fires; the most specific prefix and the longest norm of the diagnoses count", async () => {
    const long = withIndicator({ kind: "long_stay", factor: 1.5, norms: [{ diagnosis: "K80", days: 6 }, { diagnosis: "K80.2", days: 4 }, { diagnosis: "J18", days: 9 }] });
    const stay = (days: number, diagnosis: readonly string[] = ["K80.1"]) => long({ id: "CLM-1", diagnosis, stay: ["2026-07-01", `2026-07-${String(1 + days).padStart(2, "0")}`], invoices: [{ number: "INV-1", date: "2026-07-01", amount: "100.00" }] });
    expect([await stay(8), await stay(9), await stay(10)]).toEqual([false, false, true]);
    // K80.2 has its own norm of 4: 6 allowed, 7 fire.
    expect([await stay(6, ["K80.2"]), await stay(7, ["K80.2"])]).toEqual([false, true]);
    // With pneumonia as well, the longer norm (9 → 13.5) counts.
    expect([await stay(13, ["K80.2", "J18.9"]), await stay(14, ["K80.2", "J18.9"])]).toEqual([false, true]);
    // No norm for the diagnosis: nothing to compare.
    expect(await stay(30, ["N20.1"])).toBe(false);
  });

  test("amount just under 50,000.00, within 5%: 47,499.99 no, 47,500.00 and 49,999.99 yes, 50,000.00 no", async () => {
    const near = withIndicator({ kind: "amount_near_threshold", within: "0.05", thresholds: [{ id: "t", amount: "50000.00", name: { zh: "自动理赔金额上限", en: "automatic limit" } }] });
    const billed = (amount: string) => near({ id: "CLM-1", invoices: [{ number: "INV-1", date: "2026-07-15", amount }] });
    expect([await billed("47499.99"), await billed("47500.00"), await billed("49999.99"), await billed("50000.00")]).toEqual([false, true, true, false]);
  });

  test("repeated provider, at least 3 other claims there: 2 no, 3 yes; other providers do not count", async () => {
    const repeated = withIndicator({ kind: "repeated_provider", atLeast: 3 });
    const at = (providers: readonly string[]) =>
      ledgerWith(Object.fromEntries(providers.map((provider, i) => [`CLM-H${i}`, earlierClaim({ submittedOn: `2026-0${i + 4}-01`, billedInvoices: { [`INV-H${i}`]: { date: `2026-0${i + 4}-01`, amount: `${i + 1}00.00`, provider } } })])));
    const claim = { id: "CLM-1", invoices: [{ number: "INV-1", date: "2026-07-15", amount: "100.00", provider: "H-1" }] };
    expect(await repeated(claim, at(["H-1", "H-1", "H-2"]))).toBe(false);
    expect(await repeated(claim, at(["H-1", "H-1", "H-1"]))).toBe(true);
    expect(await repeated({ id: "CLM-1", invoices: [{ number: "INV-1", date: "2026-07-15", amount: "100.00" }] }, at(["H-1", "H-1", "H-1"]))).toBe(false);
  });

  test("late report, at least 11 days: 10 no, 11 yes, counted from when the claimant knew of it", async () => {
    const late = withIndicator({ kind: "late_report", atLeast: 11 });
    expect([await late({ id: "CLM-1", reportedOn: "2026-07-19" }), await late({ id: "CLM-1", reportedOn: "2026-07-20" })]).toEqual([false, true]);
    expect(await late({ id: "CLM-1", knownOn: "2026-07-12", reportedOn: "2026-07-20" })).toBe(false);
  });

  test("claimant not the insured, counting only representatives outside the family", async () => {
    const other = withIndicator({ kind: "claimant_not_insured", relationships: ["other"] });
    const anyone = withIndicator({ kind: "claimant_not_insured" });
    expect([await other({ id: "CLM-1" }), await other({ id: "CLM-1", relationship: "spouse" }), await other({ id: "CLM-1", relationship: "other" })]).toEqual([false, false, true]);
    expect(await anyone({ id: "CLM-1", relationship: "spouse" })).toBe(true);
  });

  test("an external model's score, read as a fact the integrator registers: 0.69 no, 0.7 yes, no score no", async () => {
    const scores: Record<string, number | undefined> = { "CLM-1": 0.69, "CLM-2": 0.7, "CLM-3": undefined };
    const modelScore = defineFact({ name: "fraudModelScore", type: "number", scope: "claim", description: { en: "The fraud model's score, 0 to 1.", zh: "反欺诈模型评分（0 至 1）。" }, derive: ({ claim }) => scores[claim.id] });
    const model = withIndicator({ kind: "external_score", fact: "fraudModelScore", atLeast: 0.7 }, [modelScore]);
    expect([await model({ id: "CLM-1" }), await model({ id: "CLM-2" }), await model({ id: "CLM-3" })]).toEqual([false, true, false]);
  });
});

describe("the decision carries the score; the adjuster reads it, the claimant does not", () => {
  test("the decision is valid against DecisionSchema and names its operations configuration", async () => {
    const decision = await decide({ id: "CLM-A" });
    expect(DecisionSchema.safeParse(decision).success).toBe(true);
    expect(decision.meta).toMatchObject({ operationsId: "OPS-HEALTH-CLAIMS", operationsVersion: "2026.1", operationsHash: expect.stringMatching(/^sha256:/) });
  });

  test("without an operations configuration a decision has no risk and no operations in its meta; with one, only they (risk, routing, sampling, and so the id) differ", async () => {
    const plain = createAdjudicator({ policy: medical.policy, rules: medical.rules });
    const without = await plain.adjudicate(medicalClaim({ id: "CLM-A" }), { asOf: "2026-08-01" });
    const withOps = await decide({ id: "CLM-A" });
    expect(without.risk).toBeUndefined();
    expect(Object.keys(without.meta)).not.toContain("operationsHash");
    expect(withOps.meta.decisionId).not.toBe(without.meta.decisionId);
    // Everything else is the same; the ledger's record names the decision by its id.
    const strip = ({ risk: _risk, routing: _routing, sampling: _sampling, meta: _meta, accumulatorsAfter, ...rest }: Decision) => ({ ...rest, records: Object.values(accumulatorsAfter.claims).map(({ decisionId: _id, ...record }) => record) });
    expect(strip(withOps)).toEqual(strip(without));
  });

  test("the adjuster's view shows the score, every indicator and its evidence, in zh and en", async () => {
    const first = await decide({ id: "CLM-A" });
    const decision = await decide({ id: "CLM-B", stay: ["2026-07-09", "2026-07-21"], reportedOn: "2026-07-21", submittedOn: "2026-07-25", invoices: [{ number: "INV-B2", date: "2026-07-15", amount: "17330.80", provider: "H-110105-017" }] }, first.accumulatorsAfter);
    const zh = renderNotice(decision, { locale: "zh-CN", audience: "adjuster" });
    const en = renderNotice(decision, { locale: "en", audience: "adjuster" });
    expect(zh).toContain("风险评分 75（高风险），为各触发指标分值之和。");
    expect(zh).toContain("重复或疑似重复发票");
    expect(en).toContain("Score 75 (high risk), the sum of the contributions of the indicators that fired.");
    expect(en).toMatch(/Stay long for its diagnosis\s+yes\s+25\s+25\s+Days in hospital: 12 for K80\.2/);
  });

  test("the claimant's notice and the explanation say nothing of it", async () => {
    const first = await decide({ id: "CLM-A" });
    const decision = await decide({ id: "CLM-B", stay: ["2026-07-09", "2026-07-21"], reportedOn: "2026-07-21", submittedOn: "2026-07-25", invoices: [{ number: "INV-B2", date: "2026-07-15", amount: "17330.80", provider: "H-110105-017" }] }, first.accumulatorsAfter);
    const { risk: _risk, ...unscored } = decision;
    for (const locale of ["zh-CN", "en"] as const) {
      const notice = renderNotice(decision, { locale, audience: "claimant" });
      expect(notice).toBe(renderNotice(unscored as Decision, { locale, audience: "claimant" }));
      expect(notice).not.toMatch(/风险|risk|duplicate|重复/i);
    }
    expect(decision.explanation.en).not.toMatch(/risk/i);
    expect(decision.explanation.zh).not.toMatch(/风险/);
  });
});

describe("the operations configuration is checked at createAdjudicator, every problem at once", () => {
  const create = (operations: unknown, facts?: readonly FactDefinition[]) => () => createAdjudicator({ policy: medical.policy, rules: medical.rules, operations, ...(facts !== undefined ? { facts } : {}) });
  const issues = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as { issues: { path: readonly (string | number)[]; message: string }[] }).issues.map((issue) => [issue.path.join("."), issue.message]);
    }
    throw new Error("no ValidationError");
  };

  test("schema problems: each with its JSON path", () => {
    const found = issues(create({ id: "OPS", version: "1", currency: "CNY", risk: { indicators: [{ id: "a", kind: "late_reprot", points: 5 }, { id: "b", kind: "late_report", points: -1, atLeast: 0 }] } }));
    expect(found.map(([path]) => path)).toEqual(["operations.risk.indicators.0.kind", "operations.risk.indicators.1.points", "operations.risk.indicators.1.atLeast"]);
  });

  test("problems against the policy and the facts: all listed, with what to do", () => {
    const text = defineFact({ name: "modelBand", type: "string", scope: "claim", description: { en: "A band.", zh: "分档。" }, derive: () => "a" });
    const score = defineFact({ name: "fraudScore", type: "number", scope: "claim", description: { en: "A score.", zh: "评分。" }, derive: () => 0.5 });
    const found = issues(
      create(
        {
          id: "OPS",
          version: "1",
          currency: "USD",
          risk: {
            indicators: [
              { id: "model", kind: "external_score", fact: "fraudScroe", atLeast: 0.7, points: 10 },
              { id: "model", kind: "external_score", fact: "modelBand", atLeast: 0.7, points: 10 },
              { id: "near", kind: "amount_near_threshold", within: "0", points: 5, thresholds: [{ id: "t", amount: "100.001", name: { zh: "线", en: "line" } }] },
            ],
            levels: [
              { id: "low", from: 10, name: { zh: "低", en: "low" } },
              { id: "high", from: 5, name: { zh: "高", en: "high" } },
            ],
          },
        },
        [text, score],
      ),
    );
    expect(found).toEqual([
      ["operations.currency", "the operations configuration's amounts are in USD, the policy pays in CNY: use a configuration in CNY"],
      ["operations.risk.indicators.1.id", 'indicator "model" is used twice (first at [0]); give each its own id'],
      ["operations.risk.indicators.0.fact", 'fact "fraudScroe" is not known to this adjudicator: register the model\'s score with createAdjudicator({ facts }) (a claim fact of type number). Did you mean "fraudScore"?'],
      ["operations.risk.indicators.1.fact", 'fact "modelBand" is of type string; an external score must be a claim fact of type number'],
      ["operations.risk.indicators.2.thresholds.0.amount", "100.001 has 3 decimals; CNY amounts have at most 2"],
      ["operations.risk.indicators.2.within", 'within is 0: give the margin under each threshold as a fraction above 0, e.g. "0.05" for 5%'],
      ["operations.risk.levels.0.from", "the first risk level starts at 10: start it at 0, so every score has a level"],
      ["operations.risk.levels.1.from", 'level "high" starts at 5, not above "low" (10): list the levels from the lowest score up'],
    ]);
  });
});

describe("properties", () => {
  const specs: readonly MedicalClaimSpec[] = [
    { id: "CLM-P1" },
    { id: "CLM-P2", stay: ["2026-07-01", "2026-07-15"], reportedOn: "2026-07-25", submittedOn: "2026-07-26", relationship: "other" },
    { id: "CLM-P3", type: "accident", incident: "2026-03-05", diagnosis: ["S82.1"], stay: ["2026-03-05", "2026-03-30"], submittedOn: "2026-04-02", invoices: [{ number: "INV-P3", date: "2026-02-20", amount: "49000.00", provider: "H-1" }] },
  ];
  const points = fc.array(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }).map((value) => Number(value.toFixed(2)))), { minLength: 10, maxLength: 10 });

  propTest.prop([points, fc.constantFrom(...specs)], { numRuns: 40 })("the score is the sum of the contributions; an indicator contributes its points when it fires, else 0", async (weights, spec) => {
    const indicators = (medical.operations.risk.indicators as readonly Record<string, unknown>[]).map((indicator, i) => ({ ...indicator, points: weights[i] ?? 0 }));
    const scored = createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: { ...medical.operations, risk: { ...medical.operations.risk, indicators } } });
    const decision = await scored.adjudicate(medicalClaim(spec), { asOf: "2026-08-01" });
    const risk = decision.risk;
    if (risk === undefined) throw new Error("no risk");
    const sum = risk.indicators.reduce((total, indicator) => total.plus(indicator.contribution), new Dec(0));
    expect(new Dec(risk.score).equals(sum)).toBe(true);
    risk.indicators.forEach((indicator, i) => {
      expect(indicator.points).toBe(new Dec(String(weights[i] ?? 0)).toString());
      expect(indicator.contribution).toBe(indicator.fired ? indicator.points : "0");
    });
  });

  test("the same claim and history give the same score, byte for byte, and the inputs are not changed", async () => {
    const claim = Object.freeze(medicalClaim({ id: "CLM-A" }));
    const json = JSON.stringify(claim);
    const [one, two] = await Promise.all([adjudicator.adjudicate(claim, { asOf: "2026-08-01" }), adjudicator.adjudicate(claim, { asOf: "2026-08-01" })]);
    expect(JSON.stringify(one)).toBe(JSON.stringify(two));
    expect(JSON.stringify(claim)).toBe(json);
  });
});
