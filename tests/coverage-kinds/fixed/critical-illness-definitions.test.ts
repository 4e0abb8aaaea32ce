import { describe, expect, test } from "vitest";
import { createAdjudicator, type ClaimInput, type PolicyInput } from "../../../src/index.js";
import { Dec } from "../../../src/money/money.js";
import { benefitClaim, coveragePolicy, noRules } from "../../support/fixtures.js";

const text = (en: string, zh = en) => ({ en, zh });
type Fixed = Extract<PolicyInput["coverages"][number], { kind: "fixed" }>;
// Critical illness, sum insured 500,000.00, no waiting period. Tiers, most severe first: major 100%, mild 30% (each
// condition once). Their definitions (the 2020 《重大疾病保险的疾病定义使用规范》, as clause 5.2 of the example models it):
// 严重脑中风后遗症 (I60/I61/I63) needs a limb at strength ≤ 2 observed 180 days or more after the diagnosis; 轻度 a limb at
// strength 3 from day 180; 较重急性心肌梗死 (I21) troponin ≥ 15 × the limit, or an LVEF below 50% from day 42; 较轻:
// any other I21.
const criticalIllness = (extra: Partial<Fixed> = {}): Fixed => ({
  id: "ci",
  kind: "fixed",
  clauseId: "C-ci",
  name: text("Critical illness"),
  incidentTypes: ["illness"],
  sumInsured: "500000.00",
  benefits: [
    { id: "major", name: text("Major critical illness", "重大疾病保险金"), deductPaidBy: ["ci"], endsCoverage: true },
    { id: "mild", name: text("Mild critical illness", "轻症疾病保险金"), share: "0.3", maxPayouts: 3, oncePerCondition: true },
  ],
  conditions: [
    { id: "cancer", name: text("Severe malignant tumour", "恶性肿瘤——重度"), codes: ["C"], benefit: "major" },
    { id: "severe-mi", name: text("More severe acute myocardial infarction", "较重急性心肌梗死"), codes: ["I21"], benefit: "major", findings: [{ code: "troponin-15x", name: text("troponin at least 15 times the upper reference limit", "肌钙蛋白达到正常参考值上限的 15 倍及以上") }, { code: "lvef-below-50", name: text("an ejection fraction below 50%", "左室射血分数低于 50%"), fromDay: 42 }] },
    { id: "severe-stroke", name: text("Severe stroke sequelae", "严重脑中风后遗症"), codes: ["I60", "I61", "I63"], benefit: "major", findings: [{ code: "strength-2", name: text("a limb at muscle strength grade 2 or less", "一肢及以上肢体肌力 2 级及以下"), fromDay: 180 }] },
    { id: "mild-mi", name: text("Less severe acute myocardial infarction", "较轻急性心肌梗死"), codes: ["I21"], benefit: "mild" },
    { id: "mild-stroke", name: text("Mild stroke sequelae", "轻度脑中风后遗症"), codes: ["I60", "I61", "I63"], benefit: "mild", findings: [{ code: "strength-3", name: text("a limb at muscle strength grade 3", "一肢及以上肢体肌力 3 级"), fromDay: 180 }] },
    { id: "cis", name: text("Carcinoma in situ", "原位癌"), codes: ["D0"], benefit: "mild" },
  ],
  ...extra,
});
const adjudicatorFor = (coverage: Fixed, policy: Partial<PolicyInput> = {}) => createAdjudicator({ policy: coveragePolicy([coverage], { product: "critical_illness", ...policy }), rules: noRules() });
const adjudicator = adjudicatorFor(criticalIllness());
type Finding = { code: string; observedOn: string };
const diagnosis = (date: string, codes: string[], submittedOn: string, findings: Finding[] = [], extra: Partial<ClaimInput> = {}): ClaimInput =>
  benefitClaim({ incident: { date, type: "illness", diagnosisCodes: codes, description: "diagnosis", findings }, reportedOn: date, submittedOn, ...extra });
const balanced = (decision: { benefits: readonly { gross: string; payable: string; adjustments: readonly { amount: string }[] }[] }) => {
  for (const benefit of decision.benefits) expect(new Dec(benefit.gross).minus(benefit.adjustments.reduce((sum, adjustment) => sum.plus(adjustment.amount), new Dec(0))).toFixed(2)).toBe(benefit.payable);
};

describe("critical illness is not paid on the ICD-10 code alone (wrong money: 500,000.00 on I63 at day 19)", () => {
  test("I63 diagnosed 06-01, claimed 06-20: referred until the deficit can be shown on 11-28, nothing paid", async () => {
    const decision = await adjudicator.adjudicate(diagnosis("2026-06-01", ["I63.4"], "2026-06-20"), { asOf: "2026-06-22" });
    expect([decision.outcome, decision.payable]).toEqual(["referred", "0.00"]);
    expect(decision.reasons.map((reason) => reason.code)).toEqual(["STATE_NOT_YET_ASSESSABLE"]);
    expect(decision.reasons[0]?.message).toEqual({
      en: "Severe stroke sequelae can be assessed from 28 November 2026: its definition needs a limb at muscle strength grade 2 or less (observed 180 days or more after the diagnosis), and the claim's evidence reaches 20 June 2026 (diagnosis on 1 June 2026).",
      zh: "严重脑中风后遗症须自 2026年11月28日 起方可评定：疾病定义须具备一肢及以上肢体肌力 2 级及以下（确诊 180 日后检查所见），本次申请资料仅及 2026年6月20日（确诊日 2026年6月1日）。",
    });
    expect(decision.benefits[0]?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])).toEqual([["pending_documents", "500000.00"]]);
    // Nothing recorded: the payout waits.
    expect(decision.counters.after.coverages["ci"]).toMatchObject({ paid: "0.00", payouts: {}, ended: false });
    balanced(decision);
  });

  // Diagnosis 06-01: day 180 is 11-28. A finding counts from that day, not the day before.
  test.each([
    { name: "strength 2 observed on day 179 (11-27), evidence to 11-27: still pending", findings: [{ code: "strength-2", observedOn: "2026-11-27" }], submittedOn: "2026-11-27", outcome: "referred", payable: "0.00", reasons: ["STATE_NOT_YET_ASSESSABLE"] },
    { name: "strength 2 observed on day 180 (11-28): severe, 500,000.00", findings: [{ code: "strength-2", observedOn: "2026-11-28" }], submittedOn: "2026-11-30", outcome: "approved", payable: "500000.00", reasons: [] },
    { name: "strength 2 observed on day 181: severe", findings: [{ code: "strength-2", observedOn: "2026-11-29" }], submittedOn: "2026-11-30", outcome: "approved", payable: "500000.00", reasons: [] },
    // Strength 2 on day 179 only, evidence past day 180: the severe definition is not met; none of the mild either.
    { name: "strength 2 only on day 179, evidence to day 182: neither definition met", findings: [{ code: "strength-2", observedOn: "2026-11-27" }], submittedOn: "2026-11-30", outcome: "denied", payable: "0.00", reasons: ["DEFINITION_NOT_MET", "DEFINITION_NOT_MET"] },
    // Strength 3 from day 180: mild stroke sequelae, 500,000.00 × 0.3.
    { name: "strength 3 on day 180: mild, 150,000.00", findings: [{ code: "strength-3", observedOn: "2026-11-28" }], submittedOn: "2026-11-30", outcome: "approved", payable: "150000.00", reasons: [] },
  ])("$name", async ({ findings, submittedOn, outcome, payable, reasons }) => {
    const decision = await adjudicator.adjudicate(diagnosis("2026-06-01", ["I63.4"], submittedOn, findings), { asOf: "2026-12-01" });
    expect([decision.outcome, decision.payable, decision.reasons.map((reason) => reason.code)]).toEqual([outcome, payable, reasons]);
  });

  test("a definition not met says what it needs", async () => {
    const decision = await adjudicator.adjudicate(diagnosis("2026-06-01", ["I63.4"], "2026-11-30"), { asOf: "2026-12-01" });
    expect(decision.reasons.map((reason) => reason.message.en)).toEqual([
      "Severe stroke sequelae: the definition is not met; it needs a limb at muscle strength grade 2 or less (observed 180 days or more after the diagnosis), which the claim does not record.",
      "Mild stroke sequelae: the definition is not met; it needs a limb at muscle strength grade 3 (observed 180 days or more after the diagnosis), which the claim does not record.",
    ]);
  });

  // I21 on 03-01: the LVEF marker counts from day 42, 04-12.
  test.each([
    { name: "troponin ≥ 15 ×: severe MI, 500,000.00", findings: [{ code: "troponin-15x", observedOn: "2026-03-01" }], submittedOn: "2026-03-10", outcome: "approved", payable: "500000.00", tier: "major" },
    { name: "no marker, evidence to day 41 (04-11): the LVEF cannot be measured yet, referred", findings: [], submittedOn: "2026-04-11", outcome: "referred", payable: "0.00", tier: "major" },
    { name: "no marker, evidence to day 42 (04-12): less severe MI, 150,000.00", findings: [], submittedOn: "2026-04-12", outcome: "approved", payable: "150000.00", tier: "mild" },
    { name: "LVEF below 50% measured on day 41: too early, less severe", findings: [{ code: "lvef-below-50", observedOn: "2026-04-11" }], submittedOn: "2026-04-20", outcome: "approved", payable: "150000.00", tier: "mild" },
    { name: "LVEF below 50% measured on day 42: severe", findings: [{ code: "lvef-below-50", observedOn: "2026-04-12" }], submittedOn: "2026-04-20", outcome: "approved", payable: "500000.00", tier: "major" },
  ])("$name", async ({ findings, submittedOn, outcome, payable, tier }) => {
    const decision = await adjudicator.adjudicate(diagnosis("2026-03-01", ["I21.4"], submittedOn, findings), { asOf: "2026-04-30" });
    expect([decision.outcome, decision.payable, decision.benefits[0]?.benefitId]).toEqual([outcome, payable, tier]);
  });

  test("a finding of a document issued later reaches the claim's evidence date: facts daysSinceDiagnosis and latestDocumentIssuedOn", async () => {
    const withFacts = createAdjudicator({
      policy: coveragePolicy([criticalIllness()], { product: "critical_illness" }),
      rules: {
        id: "RS",
        version: "1",
        rules: [
          {
            id: "early-stroke",
            clauseId: "C-ci",
            conditions: { all: [{ fact: "diagnosisCodes", operator: "startsWithAny", value: ["I63"] }, { fact: "daysSinceDiagnosis", operator: "lessThan", value: 180 }, { fact: "latestDocumentIssuedOn", operator: "dateBefore", value: "2026-11-28" }] },
            event: { type: "flag", severity: "low", reasonCode: "STROKE_TOO_EARLY", message: text("Stroke claimed {daysSinceDiagnosis} days after the diagnosis.", "脑中风于确诊后 {daysSinceDiagnosis} 日申请。") },
          },
        ],
      },
    });
    const claim = diagnosis("2026-06-01", ["I63.4"], "2026-06-20", [], { documents: [{ type: "neurological_examination", id: "NE-1", issuedOn: "2026-06-15", original: true }] });
    const decision = await withFacts.adjudicate(claim, { asOf: "2026-06-22" });
    expect(decision.flags.map((flag) => flag.message.en)).toEqual(["Stroke claimed 19 days after the diagnosis."]);
  });
});

describe("each mild illness once (每种轻症以一次为限)", () => {
  test("the same carcinoma in situ a year later is refused; the ledger records it by condition", async () => {
    const adjudicator = adjudicatorFor(criticalIllness(), { period: { effective: "2026-01-01", expiry: "2030-12-31", clauseId: "PERIOD" } });
    const first = await adjudicator.adjudicate(diagnosis("2026-05-01", ["D06.0"], "2026-05-10"), { asOf: "2026-05-12" });
    expect([first.payable, first.counters.after.coverages["ci"]?.conditionsPaid]).toEqual(["150000.00", { mild: ["cis"] }]);
    // Another organ's carcinoma in situ (D05.1) is the same condition, 原位癌.
    const again = await adjudicator.adjudicate({ ...diagnosis("2027-05-03", ["D05.1"], "2027-05-10"), id: "C-2" }, { asOf: "2027-05-12", accumulators: first.accumulatorsAfter });
    expect([again.outcome, again.payable, again.reasons.map((reason) => reason.code)]).toEqual(["denied", "0.00", ["CONDITION_ALREADY_PAID"]]);
  });
});

describe("sex and age in a definition (女性特定疾病, 少儿特定疾病)", () => {
  const coverage: Fixed = {
    id: "extra",
    kind: "fixed",
    clauseId: "C-extra",
    name: text("Specified illness extra"),
    incidentTypes: ["illness"],
    sumInsured: "100000.00",
    benefits: [{ id: "extra", name: text("Specified illness extra", "特定疾病额外保险金"), oncePerCondition: true, maxPayouts: 2 }],
    conditions: [
      { id: "breast-cancer", name: text("Breast cancer", "乳腺癌"), codes: ["C50"], benefit: "extra", sex: "female" },
      { id: "child-leukaemia", name: text("Childhood leukaemia", "少儿白血病"), codes: ["C91", "C92"], benefit: "extra", maxAge: 17 },
    ],
  };
  const insured = (sex: "female" | "male", birthDate: string) => ({ insured: { id: "I-1", name: "李明", sex, birthDate } });
  test.each([
    { name: "breast cancer, a woman", who: insured("female", "1990-04-01"), code: "C50.4", payable: "100000.00", reasons: [] },
    { name: "breast cancer, a man: not covered", who: insured("male", "1990-04-01"), code: "C50.4", payable: "0.00", reasons: ["SEX_NOT_COVERED"] },
    // Born 2009-03-02: 17 on 2026-03-01, 18 on 2026-03-02.
    { name: "leukaemia the day before the 18th birthday: 17, covered", who: insured("male", "2008-03-02"), code: "C92.0", date: "2026-03-01", payable: "100000.00", reasons: [] },
    { name: "leukaemia on the 18th birthday: 18, not covered", who: insured("male", "2008-03-02"), code: "C92.0", date: "2026-03-02", payable: "0.00", reasons: ["AGE_NOT_COVERED"] },
  ])("$name", async ({ who, code, date, payable, reasons }) => {
    const decision = await adjudicatorFor(coverage, who).adjudicate(diagnosis(date ?? "2026-05-01", [code], "2026-05-10"), { asOf: "2026-05-12" });
    expect([decision.payable, decision.reasons.map((reason) => reason.code)]).toEqual([payable, reasons]);
  });

  test("the reasons say why, in both languages", async () => {
    const decision = await adjudicatorFor(coverage, insured("male", "2008-03-02")).adjudicate(diagnosis("2026-03-02", ["C92.0"], "2026-05-10"), { asOf: "2026-05-12" });
    expect(decision.reasons[0]?.message).toEqual({ en: "Childhood leukaemia is covered for insureds aged up to 17 at the diagnosis; the insured was 18.", zh: "少儿白血病仅承保确诊时年龄为 17 周岁及以下 的被保险人，被保险人确诊时为 18 周岁。" });
  });

  test("a policy without the insured's sex: referred for a person to establish it", async () => {
    const decision = await adjudicatorFor(coverage).adjudicate(diagnosis("2026-05-01", ["C50.4"], "2026-05-10"), { asOf: "2026-05-12" });
    expect([decision.outcome, decision.reasons.map((reason) => reason.code)]).toEqual(["referred", ["INSURED_DETAIL_MISSING"]]);
  });

  test("facts insuredAge and insuredSex", async () => {
    const rules = {
      id: "RS",
      version: "1",
      rules: [
        {
          id: "minor-review",
          clauseId: "C-extra",
          conditions: { all: [{ fact: "insuredAge", operator: "lessThan", value: 18 }, { fact: "insuredSex", operator: "equal", value: "male" }] },
          event: { type: "refer" as const, reasonCode: "MINOR_REVIEW", message: text("Insured aged {insuredAge}.", "被保险人 {insuredAge} 周岁。") },
        },
      ],
    };
    const withRule = createAdjudicator({ policy: coveragePolicy([coverage], { product: "critical_illness", ...insured("male", "2008-03-02") }), rules });
    const decision = await withRule.adjudicate(diagnosis("2026-03-01", ["C92.0"], "2026-05-10"), { asOf: "2026-05-12" });
    expect(decision.reasons.map((reason) => reason.message.en)).toEqual(["Insured aged 17."]);
  });
});

describe("a survival period (生存期)", () => {
  const withSurvival = adjudicatorFor(
    criticalIllness({ benefits: [{ id: "major", name: text("Major critical illness"), survivalDays: 30, endsCoverage: true }], conditions: [{ id: "cancer", name: text("Severe malignant tumour"), codes: ["C"], benefit: "major" }] }),
  );
  // Diagnosis 03-01: the 30 days end on 03-31.
  test.each([
    { name: "died on day 29: not paid", death: "2026-03-30", submittedOn: "2026-04-05", outcome: "denied", payable: "0.00", reasons: ["SURVIVAL_PERIOD_NOT_MET"] },
    { name: "died on day 30: paid", death: "2026-03-31", submittedOn: "2026-04-05", outcome: "approved", payable: "500000.00", reasons: [] },
    { name: "alive, evidence to day 29: referred until day 30", submittedOn: "2026-03-30", outcome: "referred", payable: "0.00", reasons: ["SURVIVAL_PERIOD_NOT_REACHED"] },
    { name: "alive, evidence to day 30: paid", submittedOn: "2026-03-31", outcome: "approved", payable: "500000.00", reasons: [] },
  ])("$name", async ({ death, submittedOn, outcome, payable, reasons }) => {
    const claim = benefitClaim({ incident: { date: "2026-03-01", type: "illness", diagnosisCodes: ["C34.1"], description: "lung cancer", ...(death !== undefined ? { death: { date: death } } : {}) }, reportedOn: "2026-03-01", submittedOn });
    const decision = await withSurvival.adjudicate(claim, { asOf: "2026-04-06" });
    expect([decision.outcome, decision.payable, decision.reasons.map((reason) => reason.code)]).toEqual([outcome, payable, reasons]);
  });
});

describe("the policy checks a definitions table", () => {
  test("a tier without when that no condition names, a condition naming an unknown tier, ages the wrong way round", () => {
    const bad = criticalIllness({
      benefits: [{ id: "major", name: text("Major") }, { id: "mild", name: text("Mild"), share: "0.3", intervalAfter: ["minor"] }],
      conditions: [{ id: "x", name: text("X"), codes: ["C"], benefit: "severe", minAge: 18, maxAge: 5 }],
    });
    expect(() => adjudicatorFor(bad)).toThrow(
      expect.objectContaining({
        issues: expect.arrayContaining([
          expect.objectContaining({ path: ["policy", "coverages", 0, "benefits", 0, "when"] }),
          expect.objectContaining({ path: ["policy", "coverages", 0, "benefits", 1, "intervalAfter", 0] }),
          expect.objectContaining({ path: ["policy", "coverages", 0, "conditions", 0, "benefit"] }),
          expect.objectContaining({ path: ["policy", "coverages", 0, "conditions", 0, "maxAge"] }),
        ]),
      }),
    );
  });
});
