import { describe, expect, test } from "vitest";
import { createAdjudicator, renderNotice } from "../../src/index.js";
import { toFhirClaimResponse } from "../../src/fhir/index.js";
import { formatCount } from "../../src/text/render-template.js";
import { showValue } from "../../src/text/show-value.js";
import { loadExamples } from "../../examples/load-examples.js";
import { textProblems, type TextContext } from "./text-checks.js";

const none: TextContext = { allowed: new Set(["accident-medical", "L1"]), ids: new Set(["accident-medical", "L1"]), freeText: ["Emergency X-ray, CT and tests"] };
const problems = (text: string, language: "zh" | "en" = "zh", name = "explanation") => textProblems({ name, language, text }, none);

/** The checker of every-text-output.test.ts finds each defect of issue 9 as a reader would have met it. */
describe("the text checker", () => {
  test.each([
    ["The benefit's limit of {limit:money} is reached", "en", "placeholder {limit:money}"],
    ["{days} 日超过给付上限", "zh", "placeholder {days}"],
    ["3 day(s) of hospital cash", "en", '"day(s)"'],
    ["航班departure延误 3 小时", "zh", 'English "departure"'],
    ["- invoice 32010026-0021459（需原件）", "zh", 'English "invoice"'],
    ["结论: approved; 自动化决策: true", "zh", 'English "approved"'],
    ["Payable CNY 8613.28 of CNY 18,347.14 billed", "en", "amount 8613.28 without thousands separators"],
    ["Approved: CNY 200.00 payable of CNY 0.00 billed.", "en", '"of CNY 0.00" (nothing billed)'],
    ["同意赔付：应赔金额 ¥200.00（申请金额 ¥0.00）。", "zh", "(nothing billed)"],
    // A ratio step said the claim's code for how social insurance took part, in quotes.
    ['Reimbursement ratio for social insurance "not_used"', "en", 'code "not_used"'],
    ["- Accident hospital cash: CNY 100.00 (earlier_payments)", "en", 'code "earlier_payments"'],
  ] as const)("%s", (text, language, expected) => {
    expect(problems(text, language).join("\n")).toContain(expected);
  });

  test.each([
    ["理赔申请 CLM-ACC-2026-0327-0011：同意赔付。应赔金额 ¥8,613.28", "zh"],
    ["费用明细 L1（Emergency X-ray, CT and tests）：accident-medical 赔付 CNY 12,000.00", "zh"],
    ["3 days of hospital cash at CNY 100.00 a day; paid once", "en"],
    // A standard's code is not an English word (it was flagged as English "JR/T").
    ["伤残项目 4-10-4 被列明 2 次；同一条文只评定一次（JR/T 0083-2013 第 3.4 条）。", "zh"],
    ["Reimbursement ratio for expenses not settled through social insurance", "en"],
  ] as const)("passes %s", (text, language) => {
    expect(problems(text, language)).toEqual([]);
  });

  test("a code is the adjuster's to read (the trace as recorded), and an id the input chose is not a code", () => {
    expect(problems("ratio socialInsurance=not_used", "en", "adjuster notice en text")).toEqual([]);
    expect(textProblems({ name: "explanation.en", language: "en", text: "Claim claim_2026_01 is approved." }, { ...none, ids: new Set(["claim_2026_01"]) })).toEqual([]);
  });
});

describe("counts in words, never day(s)", () => {
  test.each([
    ["1", "days", "en", "1 day"],
    ["2", "days", "en", "2 days"],
    ["1", "times", "en", "once"],
    ["2", "times", "en", "twice"],
    ["3", "times", "en", "3 times"],
    ["3", "days", "zh", "3 日"],
    ["3", "times", "zh", "3 次"],
  ] as const)("%s %s (%s) → %s", (count, unit, locale, expected) => {
    expect(formatCount(count, unit, locale)).toBe(expected);
  });
});

/**
 * The texts of issue 9, as the example cases show them now.
 * accident case 01 (wrist fracture): hospital cash for 6 days less 3 deductible days at ¥100 a day pays 3 days,
 * ¥300.00 of a gross ¥600.00; the accident medical benefit has no annual deductible (only ¥100 per incident), so
 * no "deductible ¥0.00" is shown.
 */
describe("the example texts the issue quoted", () => {
  const products = loadExamples();
  const decide = async (product: string, file: string) => {
    const example = products.find((entry) => entry.product === product);
    const entry = example?.cases.find((c) => c.file.includes(file));
    if (example === undefined || entry === undefined) throw new Error(`${product}/${file} is missing`);
    return { decision: await createAdjudicator({ policy: example.policy, rules: example.rules }).adjudicate(entry.claim, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) }), claim: entry.claim };
  };

  test("hospital cash in words, without day(s), a capitalised 'Deductible days' or a deductible of 0.00", async () => {
    const { decision } = await decide("accident", "01-wrist-fracture");
    expect(decision.explanation.en).toContain("- Accident medical benefit: CNY 8,313.28 (per-incident deductible CNY 100.00; ratio 90%)");
    expect(decision.explanation.en).toContain("- Accident hospital cash: CNY 300.00 (3 days of hospital cash at CNY 100.00 a day; CNY 600.00 less CNY 300.00 deductible days)");
    expect(decision.explanation.zh).toContain("- 意外住院津贴：¥300.00（住院津贴 3 日，每日 ¥100.00；¥600.00 扣除 ¥300.00 免赔天数）");
  });

  test("a missing original in Chinese names the document in Chinese, not its type code", async () => {
    const { decision } = await decide("accident", "07-pending-original-documents");
    expect(decision.explanation.zh).toContain("- 医疗费用发票原件，用于核实实际发生的费用（编号 32010026-0021459；需原件，仅收到复印件）");
    expect(decision.explanation.zh).not.toContain("invoice");
  });

  test("the adjuster view in Chinese: outcome, yes and no, headers and clocks in Chinese", async () => {
    const { decision } = await decide("accident", "01-wrist-fracture");
    const view = renderNotice(decision, { locale: "zh-CN", audience: "adjuster" });
    expect(view).toContain("结论: 同意赔付; 应赔 ¥8,613.28 / 申请 ¥18,347.14; 自动化决策: 是, 重大影响: 否");
    expect(view).not.toMatch(/\b(approved|true|false|limitation|no_fixed_period)\b/);
  });

  test("FHIR: a claim without a bill is not set against CNY 0.00 billed, and Chinese money is in ¥", async () => {
    const { decision, claim } = await decide("flight-delay", "01-approved-three-hour-tier");
    expect(toFhirClaimResponse(decision, claim as never, { language: "en" }).disposition).toBe("Approved: CNY 200.00 payable.");
    expect(toFhirClaimResponse(decision, claim as never, { language: "zh" }).disposition).toBe("同意赔付：应赔金额 ¥200.00。");
  });
});

describe("long lists in evidence", () => {
  const codes = Array.from({ length: 72 }, (_, i) => `X${60 + i}`);
  test.each([
    [codes, "en", '["X60","X61","X62","X63","X64","X65","X66","X67", … and 64 more]'],
    [codes, "zh", '["X60","X61","X62","X63","X64","X65","X66","X67", … 等共 72 项]'],
    [codes.slice(0, 10), "en", JSON.stringify(codes.slice(0, 10))],
    [codes.slice(0, 11), "en", '["X60","X61","X62","X63","X64","X65","X66","X67", … and 3 more]'],
  ] as const)("%j (%s)", (value, locale, expected) => {
    expect(showValue(value, locale)).toBe(expected);
  });
});
