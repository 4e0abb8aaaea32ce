import { describe, expect, test } from "vitest";
import type { Decision } from "../../../src/index.js";
import { termName } from "../../../src/coverage-kinds/reimbursement/reimbursement-steps.js";
import { loadExampleProduct } from "../../support/example-product.js";

// What a reimbursement's steps say, as a reader of the calculation sees them. Before: "Sub-limit
// rehabilitation-per-session: 200.00 per unit for rehabilitation" / "分项限额 rehabilitation-per-session：rehabilitation
// 每单位 200.00" (the policy's codes, English inside Chinese, an amount without its currency), "Copay office-visit: 30.00
// per visit for outpatient", "Out-of-pocket maximum 5000.00", and `Reimbursement ratio for social insurance "not_used"`.
// Then a plan with one rate for every settlement (ppo-usd's 80%) said "for expenses not settled through social
// insurance", and said it twice: once more for the office visit the plan pays in full after its copay.

type Step = Decision["calculation"][number];
const words = (step: Step) => [step.step, step.description.en, step.description.zh];

async function stepsOf(product: string, key: string, kinds: readonly string[]): Promise<string[][]> {
  const example = loadExampleProduct(product);
  const entry = example.cases.find((item) => item.key === key);
  if (entry === undefined) throw new Error(`no case ${key} in examples/${product}`);
  const decision = await example.run(entry);
  return decision.calculation.filter((step) => kinds.includes(step.step)).map(words);
}

describe("the words of a reimbursement's steps", () => {
  test("sub-limits by their names, amounts with their currency (medical case 17)", async () => {
    expect(await stepsOf("medical", "17-partial-fee-schedule-and-rehabilitation-session", ["sub_limit", "ratio"])).toEqual([
      ["ratio", "Reimbursement ratio for expenses settled through social insurance", "按社保结算情况（已经社保结算）适用赔付比例"],
      ["sub_limit", "Sub-limit for rehabilitation: CNY 200.00 per unit", "康复治疗费分项限额：每单位 ¥200.00"],
      ["sub_limit", "Sub-limit for rehabilitation: CNY 3,000.00 per year", "康复治疗费分项限额：每保单年度 ¥3,000.00"],
    ]);
  });

  test("a copay by its name, the out-of-pocket maximum with its currency (ppo-usd case 01)", async () => {
    expect(await stepsOf("ppo-usd", "01-office-visit-copay-only", ["copay", "ratio", "copay_paid_in_full", "out_of_pocket_maximum"])).toEqual([
      ["copay", "Copay for office visits: USD 30.00 per visit", "门诊就诊定额自付：每次就诊 US$30.00"],
      ["copay_paid_in_full", "Paid in full after the copay for office visits", "门诊就诊定额自付后全额赔付"],
      ["ratio", "Reimbursement ratio for expenses however they were settled", "按社保结算情况（不论是否经社保结算）适用赔付比例"],
      ["out_of_pocket_maximum", "Out-of-pocket maximum USD 5,000.00: what you would bear above it is paid in full", "年度自付上限 US$5,000.00：超出部分由本保障全额赔付"],
    ]);
  });

  // Before: the accident medical benefit, which has a deductible of CNY 100 per accident and none a year, also gave
  // "Annual deductible applied" / "扣除年度免赔额" with 0.00.
  test("a coverage without an annual deductible has no annual deductible step (accident case 01)", async () => {
    expect(await stepsOf("accident", "01-wrist-fracture-medical-and-cash", ["deductible", "per_incident_deductible"])).toEqual([
      ["per_incident_deductible", "Per-incident deductible applied, once for the incident's claims", "扣除每次事故免赔额（同一事故各次申请合计一次）"],
    ]);
  });

  test("a coverage with one keeps it (medical case 17)", async () => {
    expect(await stepsOf("medical", "17-partial-fee-schedule-and-rehabilitation-session", ["deductible"])).toEqual([["deductible", "Annual deductible applied", "扣除年度免赔额"]]);
  });

  test.each([
    [{ id: "office-visit", categories: ["outpatient"] }, { en: "office-visit (outpatient)", zh: "office-visit（outpatient）" }],
    [{ id: "rehab", categories: ["rehabilitation", "physiotherapy"] }, { en: "rehab (rehabilitation, physiotherapy)", zh: "rehab（rehabilitation、physiotherapy）" }],
    [{ id: "rehab", name: { en: "rehabilitation", zh: "康复治疗费" }, categories: ["rehabilitation"] }, { en: "rehabilitation", zh: "康复治疗费" }],
  ])("a term without a name is called by its id and categories: %j", (term, expected) => {
    expect(termName(term)).toEqual(expected);
  });
});
