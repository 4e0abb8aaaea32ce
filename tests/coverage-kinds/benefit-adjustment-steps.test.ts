import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createAdjudicator, type Decision } from "../../src/index.js";
import { Dec } from "../../src/money/money.js";
import { loadExamples } from "../../examples/load-examples.js";
import { loadExampleProduct } from "../support/example-product.js";

// A benefit's calculation steps say its amount as the benefit's words compute it: the first step its gross (share ×
// sum insured, the delay tier, the grade), then one step per adjustment ("less CNY 400,000.00 already paid under the
// policy"), each with its clause, the last one the payable. Before, the one step said "1 × sum insured" and gave the
// payable after the deductions (100,000.00 of a 500,000.00 sum insured), and no step named what was taken off.

type Step = Decision["calculation"][number];
const shown = (step: Step) => [step.step, step.result, step.clauseId, step.description.en, step.description.zh];

/** The steps of the coverage a benefit belongs to, without the claim's total. */
const stepsOf = (decision: Decision, coverageId: string) => decision.calculation.filter((step) => step.coverageId === coverageId && step.step !== "claim_payable");

describe("a benefit's adjustments are steps of the calculation", () => {
  test.each([
    {
      product: "accident",
      key: "03-death-deducts-disability-paid",
      coverage: "accidental-death",
      steps: [
        ["fixed_benefit", "500000.00", "2.1", "Accidental death benefit: 1 × sum insured", "意外身故保险金：保险金额 × 1"],
        ["benefit_adjustment", "100000.00", "2.1", "Accidental death benefit: less CNY 400,000.00 already paid under the policy", "意外身故保险金：扣除 ¥400,000.00 本合同已给付"],
      ],
    },
    {
      product: "accident",
      key: "20-prior-disability-before-cover-deducted",
      coverage: "accidental-disability",
      steps: [
        ["disability_schedule", "150000.00", "2.2", "Disability grade 8 (promoted one grade)", "伤残等级 8 级（晋升一级）"],
        ["benefit_adjustment", "50000.00", "2.2", "Disability grade 8: less CNY 100,000.00 share of an earlier disability", "8 级伤残：扣除 ¥100,000.00 原有伤残对应部分"],
      ],
    },
    {
      product: "term-life",
      key: "02-approved-accidental-death-in-grace-period",
      coverage: "death-benefit",
      steps: [
        ["fixed_benefit", "1000000.00", "2.1", "Death benefit: 1 × sum insured", "身故保险金：保险金额 × 1"],
        ["benefit_adjustment", "996140.00", "3.2", "Death benefit: less CNY 3,860.00 premium due and unpaid", "身故保险金：扣除 ¥3,860.00 应交未交保险费"],
      ],
    },
    {
      product: "flight-delay",
      key: "03-partial-limit-reached",
      coverage: "flight-delay",
      steps: [
        ["parametric", "1000.00", "2.1", "Flight departure delay 12h35: tier of 12 hours", "航班起飞延误 12h35：12 小时档"],
        ["benefit_adjustment", "300.00", "2.1", "Flight delay benefit: less CNY 700.00 above the benefit's maximum", "航班延误保险金：扣除 ¥700.00 超出给付上限"],
      ],
    },
    {
      // Hospital cash counts its days without the deductible days: the days' step is what they are worth, no step of its own for them.
      product: "accident",
      key: "01-wrist-fracture-medical-and-cash",
      coverage: "accident-hospital-cash",
      steps: [["per_diem", "300.00", "2.4", "3 days of hospital cash at CNY 100.00 a day", "住院津贴 3 日，每日 ¥100.00"]],
    },
  ])("$product $key: $coverage", async ({ product, key, coverage, steps }) => {
    const example = loadExampleProduct(product);
    const entry = example.cases.find((item) => item.key === key);
    if (entry === undefined) throw new Error(`no case ${key} in examples/${product}`);
    const decision = await example.run(entry);
    expect(stepsOf(decision, coverage).map(shown)).toEqual(steps);
    expect(decision.benefits.find((benefit) => benefit.coverageId === coverage)?.payable).toBe(steps.at(-1)?.[1]);
  });

  test("hospital cash cut by a shared limit: the days' worth, then the limit's step with its clause", async () => {
    const example = loadExampleProduct("hospital-cash");
    const entry = example.cases.find((item) => item.key === "01-approved-pneumonia");
    if (entry === undefined) throw new Error("no case 01-approved-pneumonia in examples/hospital-cash");
    const policy = {
      ...JSON.parse(readFileSync(new URL("../../examples/hospital-cash/policy.json", import.meta.url), "utf8")),
      sharedLimits: [{ id: "cash-total", clauseId: "2.2", name: { en: "hospital cash limit", zh: "住院津贴共用限额" }, coverages: ["hospital-cash", "accident-hospital-cash"], amount: "600.00" }],
    };
    const adjudicator = createAdjudicator({ policy, rules: example.adjudicator.ruleSet });
    const decision = await adjudicator.adjudicate(entry.claim, { asOf: entry.asOf });
    expect(stepsOf(decision, "hospital-cash").map(shown)).toEqual([
      ["per_diem_ward", "1000.00", "2.1", "General ward: 8 days in hospital, 5 days paid at CNY 200.00 a day, CNY 1,000.00", "普通病房：住院 8 日，给付 5 日，每日 ¥200.00，计 ¥1,000.00"],
      ["per_diem_by_ward", "1000.00", "2.1", "5 days of hospital cash at the daily amount of the ward each day was spent in", "住院津贴 5 日，按每日所住病房的日额给付"],
      ["benefit_adjustment", "600.00", "2.2", "Hospital cash benefit: less CNY 400.00 above a shared limit", "住院津贴保险金：扣除 ¥400.00 超出共用限额"],
    ]);
    expect(stepsOf(decision, "hospital-cash").at(-1)?.inputs).toEqual({ adjustment: "shared_limit", amountBefore: "1000.00", amount: "400.00" });
    expect(decision.payable).toBe("600.00");
  });
});

/** Every example product (a folder of examples/ with a policy, a rule set and case files). */
const products = loadExamples().map((example) => example.product);

/** The products whose claims pay benefits (not bill lines): the check below must find some. */
const decisionsWithBenefits = new Set(["accident", "critical-illness", "flight-delay", "flight-delay-hourly", "hospital-cash", "multi-payout-critical-illness", "term-life"]);

/** What hospital cash leaves out of its days rather than taking off their worth. */
const DAY_KINDS = new Set(["deductible_days", "days_already_paid", "benefit_maximum"]);

describe.each(products)("examples/%s: every benefit's steps add up to it", (product) => {
  test("the steps start at what the benefit's words compute, take off each adjustment with its clause, and end at its payable", async () => {
    const example = loadExampleProduct(product);
    let checked = 0;
    for (const entry of example.cases) {
      const decision = await example.run(entry);
      for (const benefit of decision.benefits) {
        const steps = stepsOf(decision, benefit.coverageId);
        if (steps.length === 0) continue;
        checked++;
        const label = `${entry.key} ${benefit.coverageId}`;
        const taken = benefit.kind === "per_diem" ? benefit.adjustments.filter((adjustment) => !DAY_KINDS.has(adjustment.kind)) : benefit.adjustments;
        const adjustmentSteps = steps.filter((step) => step.step === "benefit_adjustment");
        expect(adjustmentSteps.map((step) => [step.inputs["adjustment"], step.inputs["amount"], step.clauseId]), label).toEqual(taken.map((adjustment) => [adjustment.kind, adjustment.amount, adjustment.clauseId]));
        const first = steps.findIndex((step) => step.step === "benefit_adjustment");
        const start = first === -1 ? (steps.at(-1) as Step) : (steps[first - 1] as Step);
        if (benefit.kind !== "per_diem") expect(start.result, label).toBe(benefit.gross);
        const places = benefit.payable.split(".")[1]?.length ?? 0;
        let left = new Dec(start.result);
        for (const step of adjustmentSteps) {
          expect(step.inputs["amountBefore"], label).toBe(left.toFixed(places));
          left = left.minus(step.inputs["amount"] as string);
          expect(step.result, label).toBe(left.toFixed(places));
        }
        expect(steps.at(-1)?.result, label).toBe(benefit.payable);
      }
    }
    if (decisionsWithBenefits.has(product)) expect(checked).toBeGreaterThan(0);
  });
});
