import { describe, expect, test } from "vitest";
import { createAdjudicator, DecisionSchema, isCalculationError } from "../../src/index.js";
import { loadExamples } from "../../examples/load-examples.js";

/**
 * Found by the fuzz suite (seed 20260901): a hospital-cash policy whose daily amount has 14 significant digits is
 * valid, but 8 days of it are 16 digits, and the decision returned did not validate against DecisionSchema.
 *
 * examples/hospital-cash case 01 (pneumonia, admitted 2026-04-10, discharged 2026-04-18): 8 days in hospital, the
 * benefit's gross is 8 × the daily amount (3 deductible days come off it as an adjustment).
 *   1,249,999,999,999.99 × 8 =  9,999,999,999,999.92 → 15 significant digits: decided
 *   1,250,000,000,000.00 × 8 = 10,000,000,000,000.00 → 16 significant digits: a CalculationError (too_many_digits)
 */
describe("a computed amount beyond 15 significant digits", () => {
  const product = loadExamples().find((example) => example.product === "hospital-cash");
  if (product === undefined) throw new Error("examples/hospital-cash is missing");
  const entry = product.cases.find((c) => c.file.includes("01-approved-pneumonia"));
  if (entry === undefined) throw new Error("case 01 is missing");
  const withDaily = (dailyAmount: string) => {
    const policy = structuredClone(product.policy) as { coverages: { id: string; dailyAmount?: string }[] };
    for (const coverage of policy.coverages) if (coverage.id === "hospital-cash") coverage.dailyAmount = dailyAmount;
    return createAdjudicator({ policy, rules: product.rules });
  };

  test("at 15 digits the decision is returned and valid", async () => {
    const decision = await withDaily("1249999999999.99").adjudicate(entry.claim, { asOf: entry.asOf });
    expect(decision.benefits[0]?.gross).toBe("9999999999999.92");
    expect(() => DecisionSchema.parse(decision)).not.toThrow();
  });

  test("at 16 digits the claim gets a CalculationError naming the amount and its path, not an invalid decision", async () => {
    let caught: unknown;
    try {
      await withDaily("1250000000000.00").adjudicate(entry.claim, { asOf: entry.asOf });
    } catch (error) {
      caught = error;
    }
    expect(isCalculationError(caught)).toBe(true);
    const issues = (caught as { issues: { code: string; path: unknown[]; message: string }[] }).issues;
    expect(issues[0]).toMatchObject({ code: "too_many_digits", path: ["decision", "benefits", 0, "gross"] });
    expect(issues[0]?.message).toContain("10000000000000.00 has more than 15 significant digits");
  });
});

/**
 * Found by the fuzz suite (seed 20260901, `FUZZ_RUNS=20000`): a premium of 526,315,789,473.69 is valid, but the
 * waiver of its 19 remaining instalments came to 16 digits, and the decision did not validate against DecisionSchema.
 *
 * examples/multi-payout-critical-illness case 01 (carcinoma in situ, 2026-06-01): the annual premium is paid to
 * 2027-01-10 and due until 2045-01-10, so the payout waives 19 instalments.
 *   526,315,789,473.68 × 19 =  9,999,999,999,999.92 → 15 significant digits: decided
 *   526,315,789,473.69 × 19 = 10,000,000,000,000.11 → 16 significant digits: a CalculationError (too_many_digits)
 */
describe("a premium waiver beyond 15 significant digits", () => {
  const product = loadExamples().find((example) => example.product === "multi-payout-critical-illness");
  if (product === undefined) throw new Error("examples/multi-payout-critical-illness is missing");
  const entry = product.cases.find((c) => c.file.includes("01-approved-mild-waives-premiums"));
  if (entry === undefined) throw new Error("case 01 is missing");
  const withPremium = (amount: string) => {
    const policy = structuredClone(product.policy) as { contract: { premium: { amount: string } } };
    policy.contract.premium.amount = amount;
    return createAdjudicator({ policy, rules: product.rules });
  };

  test("at 15 digits the waiver is stated and the decision is valid", async () => {
    const decision = await withPremium("526315789473.68").adjudicate(entry.claim, { asOf: entry.asOf });
    expect(decision.premiumWaiver).toMatchObject({ instalments: 19, instalment: "526315789473.68", total: "9999999999999.92" });
    expect(() => DecisionSchema.parse(decision)).not.toThrow();
  });

  test("at 16 digits the claim gets a CalculationError at premiumWaiver.total, not an invalid decision", async () => {
    const caught = await withPremium("526315789473.69")
      .adjudicate(entry.claim, { asOf: entry.asOf })
      .then(() => undefined, (error: unknown) => error);
    expect(isCalculationError(caught)).toBe(true);
    const error = caught as { message: string; issues: { code: string; path: unknown[]; message: string }[] };
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: "too_many_digits", path: ["decision", "premiumWaiver", "total"] });
    expect(error.issues[0]?.message).toContain("10000000000000.11 has more than 15 significant digits");
    // Said as what it is: no balance was broken.
    expect(error.message).toMatch(/^The decision has amounts too large to carry/);
  });
});

/**
 * A coverage's counters after a claim add it to the earlier claims: each claim may fit in 15 digits and the total
 * not. examples/hospital-cash case 01 pays 5 days (8 in hospital, 3 deductible); the second claim is the same stay
 * two months later, on the first claim's ledger.
 *   daily 999,999,999,999.99:   4,999,999,999,999.95 × 2 =  9,999,999,999,999.90 → decided, valid
 *   daily 1,000,000,000,000.00: 5,000,000,000,000.00 × 2 = 10,000,000,000,000.00 → too_many_digits at counters.after
 */
describe("a coverage's paid total beyond 15 significant digits", () => {
  const product = loadExamples().find((example) => example.product === "hospital-cash");
  if (product === undefined) throw new Error("examples/hospital-cash is missing");
  const entry = product.cases.find((c) => c.file.includes("01-approved-pneumonia"));
  if (entry === undefined) throw new Error("case 01 is missing");
  const later = JSON.parse(JSON.stringify(entry.claim).replaceAll("2026-04-", "2026-06-")) as { id: string; incident: { id?: string } };
  later.id = `${later.id}-2`;
  later.incident.id = "INC-HC-LATER";
  const twoClaims = async (dailyAmount: string) => {
    const policy = structuredClone(product.policy) as { coverages: { id: string; dailyAmount?: string }[] };
    for (const coverage of policy.coverages) if (coverage.id === "hospital-cash") coverage.dailyAmount = dailyAmount;
    const adjudicator = createAdjudicator({ policy, rules: product.rules });
    const first = await adjudicator.adjudicate(entry.claim, { asOf: entry.asOf });
    return { first, second: adjudicator.adjudicate(later, { asOf: "2026-07-30", accumulators: first.accumulatorsAfter }) };
  };

  test("a total of 15 digits is carried", async () => {
    const { first, second } = await twoClaims("999999999999.99");
    expect(first.payable).toBe("4999999999999.95");
    const decision = await second;
    expect(decision.payable).toBe("4999999999999.95");
    expect(decision.counters.after.coverages["hospital-cash"]?.paid).toBe("9999999999999.90");
    expect(() => DecisionSchema.parse(decision)).not.toThrow();
  });

  test("a total of 16 digits is a CalculationError naming the counter, not an invalid decision", async () => {
    const { first, second } = await twoClaims("1000000000000.00");
    expect(first.payable).toBe("5000000000000.00");
    const caught = await second.then(() => undefined, (error: unknown) => error);
    expect(isCalculationError(caught)).toBe(true);
    const issues = (caught as { issues: { code: string; path: unknown[]; message: string }[] }).issues;
    expect(issues).toEqual([
      {
        code: "too_many_digits",
        path: ["decision", "counters", "after", "coverages", "hospital-cash", "paid"],
        message: "10000000000000.00 has more than 15 significant digits, more than a decision (or FHIR) carries: what the coverage has paid, with this claim, is too large to carry",
      },
    ]);
  });
});
