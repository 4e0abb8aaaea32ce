import { describe, expect, test } from "vitest";
import { createAdjudicator, isValidationError } from "../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

describe("currencies", () => {
  const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });

  test("a claim in another currency is converted at its exchange rate, each amount rounded once", async () => {
    const claim = { ...smallClaim([{ amount: "1500.00" }, { amount: "33.33" }]), currency: "USD", exchangeRate: { rate: "7.1234", source: "PBOC central parity", date: "2026-06-10" } };
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-06-20", accumulators: { coverages: { inpatient: { deductibleUsed: "10000.00" } } } });
    // 1,500.00 × 7.1234 = 10,685.10; 33.33 × 7.1234 = 237.422922 → 237.42 (half-up).
    expect(decision.lines.map((line) => line.billed)).toEqual(["10685.10", "237.42"]);
    expect([decision.currency, decision.billed, decision.payable]).toEqual(["CNY", "10922.52", "10922.52"]);
    expect(decision.currencyConversion).toEqual({ from: "USD", to: "CNY", rate: "7.1234", source: "PBOC central parity", date: "2026-06-10" });
    expect(decision.calculation[0]).toMatchObject({ step: "currency_conversion", inputs: { billedInClaimCurrency: "1533.33" }, result: "10922.52" });
  });

  test.each([
    { name: "without an exchange rate", claim: { ...smallClaim([{ amount: "100.00" }]), currency: "USD" }, path: "claim.currency", message: /give "exchangeRate"/ },
    { name: "with a rate but in the policy's currency", claim: { ...smallClaim([{ amount: "100.00" }]), exchangeRate: { rate: "1" } }, path: "claim.exchangeRate", message: /already in the policy's currency/ },
    { name: "with a zero rate", claim: { ...smallClaim([{ amount: "100.00" }]), currency: "USD", exchangeRate: { rate: "0.0" } }, path: "claim.exchangeRate.rate", message: /above zero/ },
    { name: "yen with decimals", claim: { ...smallClaim([{ amount: "100.50" }]), currency: "JPY", exchangeRate: { rate: "0.0481" } }, path: "claim.lines[0].amount", message: /JPY amounts have at most 0/ },
  ])("a claim in another currency is an error $name", async ({ claim, path, message }) => {
    const error = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" }).catch((caught: unknown) => caught);
    expect(isValidationError(error)).toBe(true);
    const issue = (error as { issues: { path: (string | number)[]; message: string }[] }).issues.find((entry) => entry.path.join(".").replace(/\.(\d+)/g, "[$1]") === path);
    expect(issue?.message).toMatch(message);
  });

  test.each([
    // Minor units come from ISO 4217: JPY has none. 15,001 × 0.7 = 10,500.7 → 10,501; 25 × 0.5 = 12.5 → 13 half-up, 12 half-even.
    { rounding: "half_up" as const, amounts: ["15001", "25"], ratio: ["0.7", "0.5"], expected: ["10501", "13"] },
    { rounding: "half_even" as const, amounts: ["15001", "25"], ratio: ["0.7", "0.5"], expected: ["10501", "12"] },
  ])("a yen policy pays whole yen, rounded $rounding", async ({ rounding, amounts, ratio, expected }) => {
    const paid = [];
    for (const [i, value] of amounts.entries()) {
      const coverage = { ...smallPolicy().coverages[0]!, annualDeductible: "0", perClaimLimit: "5000000", annualLimit: "10000000", ratio: { used: ratio[i]!, not_used: "0.6", could_not_be_used: "1" } };
      const yen = createAdjudicator({ policy: { ...smallPolicy(), currency: { code: "JPY", rounding }, coverages: [coverage] }, rules: smallRules() });
      paid.push((await yen.adjudicate({ ...smallClaim([{ amount: value }]), currency: "JPY" }, { asOf: "2026-06-20" })).payable);
    }
    expect(paid).toEqual(expected);
  });
});
