import { describe, expect, test } from "vitest";
import type { Decision } from "../../src/index.js";
import { Dec } from "../../src/money/money.js";
import { loadExampleProduct, testExampleSuite, testWorkedCases } from "../support/example-product.js";

// examples/huiminbao: a city-sponsored 惠民保 (2026-01-01 … 2026-12-31) for 蒋丽, who declared a coronary heart
// disease (I25) at enrolment. Clause 2.1 pays what the insured still bears after basic medical insurance, critical-
// illness insurance (大病保险), medical assistance and other insurers; 2.6: those payments are deducted and do not count
// towards the deductibles. Each line's part inside the catalogue is what is left after the public schemes less its
// self-pay (so 乙类先行自付 is inside); its part outside is its self-pay (自费).
// - 2.2 inside the catalogue: 15,000.00 a year, then 70% of the first 50,000.00 of the year and 80% above;
// - 2.3 outside the catalogue: its own 15,000.00 a year, then 70%;
// - 2.4 declared pre-existing condition: 35% inside, 30% outside, for the lines that treat it;
// - 2.5 1,500,000.00 a year. Each deductible is consumed in (service date, line id) order; rounding half-up per line.
interface Expected {
  readonly outcome: Decision["outcome"];
  readonly payable: string;
  readonly lines: readonly string[];
  readonly reasons: readonly string[];
  /** The adjustments of each line, kind and amount, in order. */
  readonly adjustments?: Readonly<Record<string, readonly (readonly [string, string])[]>>;
  /** The part deductibles taken on the claim: inside, outside. */
  readonly partDeductibles?: readonly [string, string];
}

const expected: Record<string, Expected> = {
  // Lung cancer (C34.1), not the declared condition. L1 180,000.00 − 90,000.00 basic − 20,000.00 大病 = 70,000.00:
  // outside 30,000.00 (self-pay), inside 40,000.00. L2 120,000.00 − 30,000.00 − 10,000.00 = 80,000.00: outside
  // 20,000.00, inside 60,000.00 (with its 6,000.00 乙类先行自付).
  // Inside: 15,000.00 deductible from L1 → L1 25,000.00 at 70% = 17,500.00 (25,000.00 of the 50,000.00 band used);
  // L2 60,000.00: 25,000.00 at 70% = 17,500.00 + 35,000.00 at 80% = 28,000.00 → 45,500.00.
  // Outside: 15,000.00 deductible from L1 → L1 15,000.00 at 70% = 10,500.00; L2 20,000.00 at 70% = 14,000.00.
  // L1 17,500.00 + 10,500.00 = 28,000.00; L2 45,500.00 + 14,000.00 = 59,500.00; payable 87,500.00.
  "01-cancer-bands-and-catalogue-parts": {
    outcome: "approved",
    payable: "87500.00",
    lines: ["28000.00", "59500.00"],
    reasons: [],
    adjustments: {
      L1: [["social_insurance", "90000.00"], ["critical_illness_insurance", "20000.00"], ["deductible", "15000.00"], ["deductible", "15000.00"], ["coinsurance", "7500.00"], ["coinsurance", "4500.00"]],
      L2: [["social_insurance", "30000.00"], ["critical_illness_insurance", "10000.00"], ["coinsurance", "14500.00"], ["coinsurance", "6000.00"]],
    },
    partDeductibles: ["15000.00", "15000.00"],
  },
  // Coronary stenting for I25.1, the declared I25: 60,000.00 − 30,000.00 basic = 30,000.00, outside 10,000.00 (the
  // self-pay stent), inside 20,000.00. Inside: 20,000.00 − 15,000.00 = 5,000.00 at 35% = 1,750.00. Outside: all
  // 10,000.00 deductible (5,000.00 of it left). Payable 1,750.00.
  "02-pre-existing-condition-lower-ratio": { outcome: "approved", payable: "1750.00", lines: ["1750.00"], reasons: [], partDeductibles: ["15000.00", "10000.00"] },
  // Gallstones: L1 18,000.00 − 12,600.00 = 5,400.00 (outside 1,200.00, inside 4,200.00); L2 800.00 − 560.00 = 240.00
  // inside. Inside 4,440.00 and outside 1,200.00 both below their 15,000.00: 0.00, approved under the terms.
  "03-below-both-deductibles": { outcome: "approved", payable: "0.00", lines: ["0.00", "0.00"], reasons: [], partDeductibles: ["4440.00", "1200.00"] },
  // The incident on 2027-01-05 is after the period (clause 1.3).
  "04-denied-after-expiry": { outcome: "denied", payable: "0.00", lines: ["0.00"], reasons: ["POLICY_NOT_IN_FORCE"] },
};

const example = loadExampleProduct("huiminbao");
const byKey = (key: string) => example.cases.find((entry) => entry.key === key)!;

describe("examples/huiminbao, worked by hand", () => {
  testExampleSuite(example, Object.keys(expected), { everyOutcome: false });
  testWorkedCases(example, expected, (decision, want) => {
    expect(decision.lines.map((line) => line.payable)).toEqual(want.lines);
    expect(decision.reasons.map((reason) => reason.code)).toEqual(want.reasons);
    for (const [lineId, adjustments] of Object.entries(want.adjustments ?? {})) {
      expect(decision.lines.find((line) => line.lineId === lineId)?.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])).toEqual(adjustments);
    }
    if (want.partDeductibles !== undefined) expect(decision.calculation.filter((step) => step.step === "part_deductible").map((step) => step.result)).toEqual(want.partDeductibles);
  });

  test("the ledger keeps each part's deductible and the band used inside the catalogue", async () => {
    const decision = await example.run(byKey("01-cancer-bands-and-catalogue-parts"));
    expect(decision.counters.after.coverages["hospital-expenses"]).toMatchObject({
      paid: "87500.00",
      partDeductiblesUsed: { in_catalogue: "15000.00", out_of_catalogue: "15000.00" },
      ratioBandsUsed: { in_catalogue: "85000.00" },
    });
  });

  test("a second claim of the year starts where the first left the band: all of it at 80%", async () => {
    // After claim 01, 85,000.00 of the year is past the inside deductible: a further inside amount of 10,000.00 is above
    // the 50,000.00 band, 10,000.00 × 80% = 8,000.00 (the deductibles are met).
    const first = await example.run(byKey("01-cancer-bands-and-catalogue-parts"));
    const claim = structuredClone(byKey("03-below-both-deductibles").claim) as { id: string; lines: { amount: string; socialInsurancePaid: string; selfPay: string }[] };
    claim.id = "CLM-HMB-2026-0620-0031-B";
    claim.lines = [{ ...claim.lines[0]!, amount: "20000.00", socialInsurancePaid: "10000.00", selfPay: "0.00" }];
    const second = await example.adjudicator.adjudicate(claim, { asOf: "2026-06-25", accumulators: first.accumulatorsAfter });
    expect(second.payable).toBe("8000.00");
    // Each part's deductible of 0.00 says that claim 01 met it: 15,000.00 inside, 15,000.00 outside.
    const terms = second.coverages.find((coverage) => coverage.coverageId === "hospital-expenses")?.terms;
    expect(terms?.filter((term) => term.kind.endsWith("catalogue_deductible"))).toEqual([
      { kind: "in_catalogue_deductible", value: "0.00", metBefore: "15000.00" },
      { kind: "out_of_catalogue_deductible", value: "0.00", metBefore: "15000.00" },
    ]);
    expect(second.explanation.en).toContain("deductible inside the medical-insurance catalogue CNY 0.00, CNY 15,000.00 of it already met by earlier claims this policy year; deductible outside the medical-insurance catalogue CNY 0.00, CNY 15,000.00 of it already met by earlier claims this policy year");
    expect(second.explanation.zh).toContain("医保目录内免赔额 ¥0.00，本保单年度此前申请已扣 ¥15,000.00；医保目录外免赔额 ¥0.00，本保单年度此前申请已扣 ¥15,000.00");
  });

  test.each([
    // Boundary on the band: 40,000.00 of it used, so 10,000.00 is left at 70%; an inside amount just below, at and
    // just above it. The band's 80% shows from the first cent above: 0.01 × 80% = 0.008.
    { inside: "9999.99", payable: "6999.99", why: "9,999.99 × 70% = 6,999.993" },
    { inside: "10000.00", payable: "7000.00", why: "10,000.00 × 70%" },
    { inside: "10000.01", payable: "7000.01", why: "7,000.00 + 0.01 × 80% = 7,000.008" },
    { inside: "10100.00", payable: "7080.00", why: "7,000.00 + 100.00 × 80%" },
  ])("inside amount $inside with 40,000.00 of the band used: $payable ($why)", async ({ inside, payable }) => {
    const claim = structuredClone(byKey("03-below-both-deductibles").claim) as { lines: { amount: string; socialInsurancePaid: string; selfPay: string }[] };
    claim.lines = [{ ...claim.lines[0]!, amount: new Dec(inside).plus(10000).toFixed(2), socialInsurancePaid: "10000.00", selfPay: "0.00" }];
    const accumulators = { coverages: { "hospital-expenses": { paid: "0.00", partDeductiblesUsed: { in_catalogue: "15000.00", out_of_catalogue: "15000.00" }, ratioBandsUsed: { in_catalogue: "40000.00" } } } };
    const decision = await example.adjudicator.adjudicate(claim, { asOf: "2026-06-25", accumulators: accumulators as never });
    expect(decision.payable).toBe(payable);
  });
});
