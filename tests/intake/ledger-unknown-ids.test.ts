import { describe, expect, test } from "vitest";
import { createAdjudicator, isValidationError, toDotPath } from "../../src/index.js";
import { loadExampleProduct } from "../support/example-product.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

// Issue 9: ledger entries for sub-limit or tier ids the coverage does not have were accepted and carried forward.
async function issues(adjudicate: () => Promise<unknown>): Promise<string[]> {
  const error = await adjudicate().then(() => undefined, (thrown: unknown) => thrown);
  if (!isValidationError(error)) throw new Error(`expected a ValidationError, got ${String(error)}`);
  return error.issues.map((issue) => `${toDotPath(issue.path)}: ${issue.message}`);
}

describe("counters and ledger entries under an id the coverage does not have are refused", () => {
  const coverage = smallPolicy().coverages[0]!;
  const policy = smallPolicy({ coverages: [{ ...coverage, subLimits: [{ id: "rehab-year", clauseId: "2.1", categories: ["rehabilitation"], amount: "3000.00", per: "year" }] }] as never });
  const medical = createAdjudicator({ policy, rules: smallRules() });
  const claim = smallClaim([{ amount: "100.00" }]);

  test("a sub-limit in counters", async () => {
    const accumulators = { coverages: { inpatient: { subLimitsUsed: { "rehab-year": "100.00", "rehab-yaer": "200.00" } } } };
    expect(await issues(() => medical.adjudicate(claim, { asOf: "2026-06-20", accumulators }))).toEqual([
      'options.accumulators.coverages.inpatient.subLimitsUsed["rehab-yaer"]: coverage "inpatient" has no sub-limit "rehab-yaer" (its sub-limits: rehab-year)',
    ]);
  });

  test("a sub-limit of a coverage without sub-limits, in a ledger's opening counters and in a claim record", async () => {
    const plain = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
    const decided = await plain.adjudicate(claim, { asOf: "2026-06-20" });
    const record = Object.values(decided.accumulatorsAfter.claims)[0]!;
    const ledger = {
      ...decided.accumulatorsAfter,
      opening: [{ coverages: { inpatient: { subLimitsUsed: { constructor: "1.00" } } } }],
      claims: { "C-OLD": { ...record, coverages: { inpatient: { subLimitsUsed: { physio: "5.00" } } } } },
    };
    expect(await issues(() => plain.adjudicate({ ...claim, id: "C-NEW" }, { asOf: "2026-06-20", accumulators: ledger }))).toEqual([
      'options.accumulators.opening[0].coverages.inpatient.subLimitsUsed.constructor: coverage "inpatient" has no sub-limit "constructor" (it has no sub-limits)',
      'options.accumulators.claims["C-OLD"].coverages.inpatient.subLimitsUsed.physio: coverage "inpatient" has no sub-limit "physio" (it has no sub-limits)',
    ]);
  });

  test("a benefit tier's payouts and conditions", async () => {
    const { adjudicator, cases } = loadExampleProduct("critical-illness");
    const entry = cases.find((candidate) => candidate.key === "03-major-mi-deducts-mild")!;
    const accumulators = { coverages: { "critical-illness": { paid: "150000.00", payouts: { mild: 1, milder: 1 }, conditionsPaid: { severe: ["x"] } } } };
    expect(await issues(() => adjudicator.adjudicate(entry.claim, { asOf: entry.asOf, accumulators }))).toEqual([
      'options.accumulators.coverages["critical-illness"].payouts.milder: coverage "critical-illness" has no benefit tier "milder" (its benefit tiers: major, mild)',
      'options.accumulators.coverages["critical-illness"].conditionsPaid.severe: coverage "critical-illness" has no benefit tier "severe" (its benefit tiers: major, mild)',
    ]);
  });

  test("the ids the coverage has are accepted", async () => {
    const decision = await medical.adjudicate(claim, { asOf: "2026-06-20", accumulators: { coverages: { inpatient: { subLimitsUsed: { "rehab-year": "100.00" } } } } });
    expect(decision.counters.before.coverages["inpatient"]).toMatchObject({ subLimitsUsed: { "rehab-year": "100.00" } });
  });
});
