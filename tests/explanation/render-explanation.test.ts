import { describe, expect, test } from "vitest";
import { ADJUSTMENT_KINDS, type Decision } from "../../src/index.js";
import { PRODUCTS } from "../fuzz/fuzz-inputs.js";
import { loadExampleProduct } from "../support/example-product.js";

/**
 * How the explanation says what came off a benefit. The line of a coverage names each amount by its kind ("CNY
 * 1,000,000.00 less CNY 3,860.00 premium due and unpaid"); what the adjustment's own message says beyond that (the due
 * date, the law) follows as its own sentence, unless the reasons listed below say it already. Before, the message
 * was spliced into the line: "CNY 1,000,000.00 less CNY 3,860.00 the premium of CNY 3,860.00 due on 1 March 2027,
 * unpaid in the grace period, is deducted (PRC Insurance Law art. 36)".
 */
const run = async (product: string, key: string): Promise<Decision> => {
  const example = loadExampleProduct(product);
  const entry = example.cases.find((candidate) => candidate.key === key);
  if (entry === undefined) throw new Error(`examples/${product}: no case ${key}`);
  return example.run(entry);
};

describe("a benefit's adjustments in the explanation", () => {
  test.each([
    {
      name: "a premium deducted in the grace period (term-life 02): named in the line, said in full under it; each benefit's payees under its name",
      product: "term-life",
      key: "02-approved-accidental-death-in-grace-period",
      en: [
        "- Death benefit: CNY 996,140.00 (CNY 1,000,000.00 less CNY 3,860.00 premium due and unpaid)",
        "  - The premium of CNY 3,860.00 due on 1 March 2027, unpaid in the grace period, is deducted (PRC Insurance Law art. 36).",
        "- Accidental death benefit: CNY 500,000.00",
        "Death benefit paid to:",
        "- 王芳 (spouse, 60%): CNY 597,684.00",
        "- 李小明 (child, 40%): CNY 398,456.00",
        "Accidental death benefit paid to:",
        "- 王芳 (spouse, 60%): CNY 300,000.00",
        "- 李小明 (child, 40%): CNY 200,000.00",
      ],
      zh: [
        "- 身故保险金：¥996,140.00（¥1,000,000.00 扣除 ¥3,860.00 应交未交保险费）",
        "  - 宽限期内发生保险事故，扣减 2027年3月1日 应交未交的保险费 ¥3,860.00（《保险法》第三十六条）。",
        "- 意外身故保险金：¥500,000.00",
        "身故保险金领取人：",
        "- 王芳（配偶，60%）：¥597,684.00",
        "- 李小明（子女，40%）：¥398,456.00",
        "意外身故保险金领取人：",
        "- 王芳（配偶，60%）：¥300,000.00",
        "- 李小明（子女，40%）：¥200,000.00",
      ],
    },
    {
      name: "days above the maximum (hospital-cash 03): named in the line, said once, among the reductions",
      product: "hospital-cash",
      key: "03-partial-accident-over-30-days",
      en: [
        "- Hospital cash benefit: CNY 6,000.00 (30 days of hospital cash at the daily amount of the ward each day was spent in; CNY 8,200.00 less CNY 600.00 deductible days, less CNY 1,600.00 above the benefit's maximum)",
        "- Accident hospital cash benefit: CNY 3,000.00 (30 days of hospital cash at CNY 100.00 a day; CNY 4,100.00 less CNY 1,100.00 above the benefit's maximum)",
        "Reductions:",
        "- 8 days beyond the maximum of 30 days per stay or 180 days per year are not paid. [2.1 Hospital cash benefit]",
        "- 11 days beyond the maximum of 30 days per stay or 180 days per year are not paid. [2.2 Accident hospital cash benefit]",
      ],
      zh: [
        "- 住院津贴保险金：¥6,000.00（住院津贴 30 日，按每日所住病房的日额给付；¥8,200.00 扣除 ¥600.00 免赔天数，扣除 ¥1,600.00 超出给付上限）",
        "- 意外住院津贴保险金：¥3,000.00（住院津贴 30 日，每日 ¥100.00；¥4,100.00 扣除 ¥1,100.00 超出给付上限）",
        "扣减说明：",
        "- 8 日超过每次住院 30 日或每年 180 日的给付上限。【2.1 住院津贴保险金】",
        "- 11 日超过每次住院 30 日或每年 180 日的给付上限。【2.2 意外住院津贴保险金】",
      ],
    },
    {
      name: "a message that is its kind's own words (accident 20, an earlier disability): the line alone",
      product: "accident",
      key: "20-prior-disability-before-cover-deducted",
      en: ["- Accidental disability benefit: CNY 50,000.00 (Disability grade 8; CNY 150,000.00 less CNY 100,000.00 share of an earlier disability)"],
      zh: ["- 意外伤残保险金：¥50,000.00（8 级伤残；¥150,000.00 扣除 ¥100,000.00 原有伤残对应部分）"],
    },
  ])("$name", async ({ product, key, en, zh }) => {
    const decision = await run(product, key);
    expect(decision.explanation.en).toContain(en.join("\n"));
    expect(decision.explanation.zh).toContain(zh.join("\n"));
  });

  // Every example claim with a benefit its coverage does not refuse: each adjustment is named by its kind, and its own
  // message, when it says more than its kind's words, is in the explanation exactly once (under the coverage's line,
  // or among the reasons), in both languages.
  const decided = PRODUCTS.flatMap((product) => product.cases.map((entry) => ({ product: product.product, key: (entry.file ?? "").replace(/^.*\/|\.json$/g, "") })));
  test.each(decided)("$product $key: every adjustment of a benefit is said once", async ({ product, key }) => {
    const decision = await run(product, key);
    if (decision.outcome === "denied" || decision.outcome === "pending_documents") return;
    for (const benefit of decision.benefits) {
      // A refused coverage's line says why it pays nothing, in its reasons' words.
      if (decision.coverages.find((coverage) => coverage.coverageId === benefit.coverageId)?.status === "refused") continue;
      for (const adjustment of benefit.adjustments) {
        for (const locale of ["en", "zh"] as const) {
          const text = decision.explanation[locale];
          expect(text).toContain(` ${ADJUSTMENT_KINDS[adjustment.kind].label[locale]}`);
          const message = adjustment.message[locale];
          if (message === ADJUSTMENT_KINDS[adjustment.kind].message[locale]) continue;
          expect(text.split(message).length - 1, `${locale}: ${message}`).toBe(1);
        }
      }
    }
  });
});
