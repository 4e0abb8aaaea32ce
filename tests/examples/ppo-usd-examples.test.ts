import { describe, expect, test } from "vitest";
import { loadHistories } from "../../examples/load-histories.js";
import { createAdjudicator, type Decision, type Ledger } from "../../src/index.js";
import { loadExampleProduct, testExampleSuite, testWorkedCases } from "../support/example-product.js";

// examples/ppo-usd: an international PPO-style plan in USD for Emily Carter, plan year 2026. In-network providers
// charge the agreed rate and write off the rest (2.1: CO-45, which she never owes, so not a reduction). Annual
// deductible 1,500.00 (2.2), from which office visits are exempt: a 30.00 copay per visit and the rest in full (2.3);
// after the deductible the plan pays 80%, she pays 20% coinsurance (2.4); what she bears of deductible, copays and
// coinsurance is capped at 5,000.00 a year, then the plan pays in full (2.5). Deductible in (service date, line id)
// order; rounding half-up per line.
//
// 1. Office visit with an X-ray (2026-02-09): L1 visit 180.00 billed, 120.00 agreed (60.00 written off): 120.00 − 30.00
//    copay = 90.00, no deductible. L2 X-ray 95.00, 60.00 agreed (35.00 written off): not a visit, so the deductible
//    takes all 60.00. Payable 90.00; she bore 30.00 + 60.00 = 90.00; 1,440.00 of the deductible left.
// 2. Cholecystectomy (2026-04-15/16): L1 26,000.00 → 15,500.00 agreed, L2 4,000.00 → 2,500.00; allowed 18,000.00. The
//    deductible's 1,440.00 from L1 → 14,060.00 × 80% = 11,248.00 (coinsurance 2,812.00); L2 2,500.00 × 80% = 2,000.00
//    (coinsurance 500.00). Payable 13,248.00. She has borne 90.00 + 1,440.00 + 3,312.00 = 4,842.00; 158.00 left.
// 3. Ankle fracture (2026-09-04): 9,000.00 → 5,000.00 agreed; 20% would be 1,000.00 but only 158.00 of the maximum
//    is left: she bears 158.00, the plan pays 5,000.00 − 158.00 = 4,842.00. Her year's out-of-pocket is 5,000.00.
// 4. A rhinoplasty for appearance (Z41.1) is excluded (4.1).
const example = loadExampleProduct("ppo-usd");

interface Expected {
  readonly outcome: Decision["outcome"];
  readonly payable: string;
  readonly lines: readonly string[];
  readonly reasons: readonly string[];
  readonly adjustments?: Readonly<Record<string, readonly (readonly [string, string, string])[]>>;
}

const expected: Record<string, Expected> = {
  "01-office-visit-copay-only": {
    outcome: "approved",
    payable: "90.00",
    lines: ["90.00", "0.00"],
    reasons: [],
    adjustments: { L1: [["negotiated_discount", "CO-45", "60.00"], ["copay", "PR-3", "30.00"]], L2: [["negotiated_discount", "CO-45", "35.00"], ["deductible", "PR-1", "60.00"]] },
  },
  "02-surgery-deductible-and-coinsurance": {
    outcome: "approved",
    payable: "13248.00",
    lines: ["11248.00", "2000.00"],
    reasons: [],
    adjustments: {
      L1: [["negotiated_discount", "CO-45", "10500.00"], ["deductible", "PR-1", "1440.00"], ["coinsurance", "PR-2", "2812.00"]],
      L2: [["negotiated_discount", "CO-45", "1500.00"], ["coinsurance", "PR-2", "500.00"]],
    },
  },
  "03-fracture-out-of-pocket-maximum-reached": { outcome: "approved", payable: "4842.00", lines: ["4842.00"], reasons: [], adjustments: { L1: [["negotiated_discount", "CO-45", "4000.00"], ["coinsurance", "PR-2", "158.00"]] } },
  "04-denied-cosmetic": { outcome: "denied", payable: "0.00", lines: ["0.00"], reasons: ["COSMETIC_TREATMENT"] },
};

describe("examples/ppo-usd, worked by hand", () => {
  testExampleSuite(example, Object.keys(expected), { everyOutcome: false });
  testWorkedCases(example, expected, (decision, want) => {
    expect(decision.currency).toBe("USD");
    expect(decision.lines.map((line) => line.payable)).toEqual(want.lines);
    expect(decision.reasons.map((reason) => reason.code)).toEqual(want.reasons);
    for (const [lineId, adjustments] of Object.entries(want.adjustments ?? {})) {
      expect(decision.lines.find((line) => line.lineId === lineId)?.adjustments.map((a) => [a.kind, `${a.group}-${a.carc}`, a.amount])).toEqual(adjustments);
    }
  });
});

const [history] = loadHistories().filter((entry) => entry.product === "ppo-usd");
if (history === undefined) throw new Error("examples/ppo-usd/history is missing");
const adjudicator = createAdjudicator({ policy: history.policy, rules: history.rules });

async function run(): Promise<Decision[]> {
  const decisions: Decision[] = [];
  let ledger: Ledger | undefined;
  for (const step of history!.steps) {
    const decision = await adjudicator.adjudicate(step.claim, { asOf: step.asOf, ...(ledger === undefined ? {} : { accumulators: ledger }) });
    decisions.push(decision);
    ledger = decision.accumulatorsAfter;
  }
  return decisions;
}

describe("examples/ppo-usd/history: a plan year to the out-of-pocket maximum", () => {
  test("each claim on the ledger the one before left, to the cent", async () => {
    const decisions = await run();
    expect(decisions.map((decision) => [decision.outcome, decision.payable])).toEqual([["approved", "90.00"], ["approved", "13248.00"], ["approved", "4842.00"]]);
    expect(decisions.map((decision) => decision.counters.after.coverages["medical"])).toMatchObject([
      { deductibleUsed: "60.00", outOfPocketUsed: "90.00", paid: "90.00" },
      { deductibleUsed: "1500.00", outOfPocketUsed: "4842.00", paid: "13338.00" },
      { deductibleUsed: "1500.00", outOfPocketUsed: "5000.00", paid: "18180.00" },
    ]);
  });

  test("the maximum's step says what was left and what the plan gave back", async () => {
    const third = (await run())[2] as Decision;
    const step = third.calculation.find((entry) => entry.step === "out_of_pocket_maximum");
    expect([step?.inputs["usedBefore"], step?.inputs["left"], step?.inputs["sharesOnThisClaim"], step?.result]).toEqual(["4842.00", "158.00", "1000.00", "842.00"]);
    expect(third.explanation.en).toContain("out-of-pocket maximum left USD 0.00");
  });

  test("an in-network write-off is not a reduction: the office visit is approved, not partially approved", async () => {
    const [first] = await run();
    expect(first?.outcome).toBe("approved");
    expect(first?.billed).toBe("275.00");
  });

  test.each([
    // Boundary on the maximum before claim 3's 1,000.00 of coinsurance: 3,999.99 used → she bears all 1,000.00;
    // 4,000.00 → 1,000.00, exactly to the maximum; 4,000.01 → 999.99, the plan pays 4,000.01.
    { used: "3999.99", payable: "4000.00" },
    { used: "4000.00", payable: "4000.00" },
    { used: "4000.01", payable: "4000.01" },
    { used: "5000.00", payable: "5000.00" },
  ])("out-of-pocket used $used before the fracture: the plan pays $payable", async ({ used, payable }) => {
    const step = history!.steps[2]!;
    const decision = await adjudicator.adjudicate(step.claim, { asOf: step.asOf, accumulators: { coverages: { medical: { deductibleUsed: "1500.00", outOfPocketUsed: used, paid: "0.00" } } } });
    expect(decision.payable).toBe(payable);
  });

  test("boundary on the deductible for the office visit: exempt whatever is left of it", async () => {
    const step = history!.steps[0]!;
    for (const used of ["0.00", "1499.99", "1500.00"]) {
      const decision = await adjudicator.adjudicate(step.claim, { asOf: step.asOf, accumulators: { coverages: { medical: { deductibleUsed: used, paid: "0.00" } } } });
      // L1 always 90.00; L2 the X-ray: 60.00 all deductible, 0.01 left of it → (60.00 − 0.01) × 80% = 47.99, met → 48.00.
      expect(decision.lines.map((line) => line.payable)).toEqual(["90.00", used === "0.00" ? "0.00" : used === "1499.99" ? "47.99" : "48.00"]);
    }
  });
});
