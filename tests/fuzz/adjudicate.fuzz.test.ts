import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createAdjudicator, DecisionSchema, isCalculationError, isValidationError, type Decision } from "../../src/index.js";
import { validateRuleSet } from "../../src/lint/index.js";
import { toMoney } from "../../src/money/money.js";
import { deepFreeze, mutate, mutationArbitrary, PRODUCTS } from "./fuzz-inputs.js";

/**
 * The fuzz suite of issue 9: mutated example claims (every case of every product in examples/) and hostile rule
 * sets, through the public API. Seeded, so a failure replays; CI runs a few thousand cases, `npm run fuzz` 100,000
 * (FUZZ_RUNS sets how many).
 */
const RUNS = Number(process.env["FUZZ_RUNS"] ?? 2000);
const SEED = Number(process.env["FUZZ_SEED"] ?? 20_260_901);
/** Generous: a shared CI machine runs 2,000 cases in about 20 s. */
const TIMEOUT = Math.max(120_000, RUNS * 100);

const products = PRODUCTS.map((product) => ({ ...product, adjudicator: createAdjudicator({ policy: product.policy, rules: product.rules }) }));
const cases = products.flatMap((product) => product.cases.map((entry) => ({ product, entry })));
// Counterexamples name a case by its file and a product by its name: the documents themselves are long.
const caseFiles = cases.map(({ entry }) => entry.file);
const productNames = products.map((product) => product.product);

/** Every money figure of a decision a reader sees, with where it is. */
function amountsOf(decision: Decision): [string, string][] {
  return [
    ["billed", decision.billed],
    ["payable", decision.payable],
    ...decision.lines.flatMap((line, i): [string, string][] => [
      [`lines[${i}].billed`, line.billed],
      [`lines[${i}].eligible`, line.eligible],
      [`lines[${i}].payable`, line.payable],
      ...line.adjustments.map((adjustment, j): [string, string] => [`lines[${i}].adjustments[${j}]`, adjustment.amount]),
    ]),
    ...decision.benefits.flatMap((benefit, i): [string, string][] => [
      [`benefits[${i}].gross`, benefit.gross],
      [`benefits[${i}].payable`, benefit.payable],
      ...benefit.adjustments.map((adjustment, j): [string, string] => [`benefits[${i}].adjustments[${j}]`, adjustment.amount]),
    ]),
    ...decision.coverages.map((coverage, i): [string, string] => [`coverages[${i}].payable`, coverage.payable]),
  ];
}

/** What every decision keeps: valid against DecisionSchema, amounts in minor units, 0 ≤ payable ≤ billed, the balance identities. */
function checkDecision(decision: Decision, minorUnits: number): void {
  expect(() => DecisionSchema.parse(decision)).not.toThrow();
  const minor = minorUnits === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${minorUnits}}$`);
  for (const [where, amount] of amountsOf(decision)) expect(`${where} ${amount}`).toMatch(new RegExp(`^${where.replace(/[[\].]/g, "\\$&")} ${minor.source.slice(1)}`));
  const sum = (amounts: readonly string[]) => amounts.reduce((total, amount) => total.plus(amount), toMoney("0"));
  for (const line of decision.lines) {
    expect(toMoney(line.payable).greaterThanOrEqualTo(0) && toMoney(line.payable).lessThanOrEqualTo(line.billed)).toBe(true);
    expect(toMoney(line.billed).minus(sum(line.adjustments.map((adjustment) => adjustment.amount))).equals(line.payable)).toBe(true);
  }
  for (const benefit of decision.benefits) expect(toMoney(benefit.gross).minus(sum(benefit.adjustments.map((adjustment) => adjustment.amount))).equals(benefit.payable)).toBe(true);
  expect(sum(decision.lines.map((line) => line.billed)).equals(decision.billed)).toBe(true);
  expect(sum([...decision.lines.map((line) => line.payable), ...decision.benefits.map((benefit) => benefit.payable)]).equals(decision.payable)).toBe(true);
  expect(toMoney(decision.payable).greaterThanOrEqualTo(0)).toBe(true);
  // A lump sum (a benefit) pays what the policy says, whatever was billed; what bill lines pay never exceeds the bill.
  if (decision.benefits.length === 0) expect(toMoney(decision.payable).lessThanOrEqualTo(decision.billed)).toBe(true);
  if (decision.outcome === "denied" || decision.outcome === "pending_documents") expect(toMoney(decision.payable).isZero()).toBe(true);
}

/**
 * Runs `action`; a ValidationError is an answer, and so is a CalculationError for an amount beyond the 15 digits a
 * decision carries (a policy's huge daily amount times many days); anything else thrown fails the case.
 */
async function answered<T>(action: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await action();
  } catch (error) {
    if (isValidationError(error)) {
      expect(error.issues.length).toBeGreaterThan(0);
      for (const issue of error.issues) expect(issue.message).not.toMatch(/DecimalError|\[object Object\]|native code/);
      return undefined;
    }
    if (isCalculationError(error) && error.issues.every((issue) => issue.code === "too_many_digits")) return undefined;
    throw error;
  }
}

describe("fuzzed claims through adjudicate", () => {
  test.prop([fc.constantFrom(...caseFiles), fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), fc.boolean()], { seed: SEED, numRuns: RUNS })(
    "a typed answer, and a decision that keeps every invariant",
    async (file, mutations, mutateOptions) => {
      const { product, entry } = cases[caseFiles.indexOf(file)] as (typeof cases)[number];
      const claim = deepFreeze(mutate(entry.claim, mutations));
      const given = { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators } : {}) };
      const options = deepFreeze(mutateOptions ? mutate(given, mutations.slice(0, 1)) : structuredClone(given));
      const before = JSON.stringify([claim, options]);
      const decision = await answered(() => product.adjudicator.adjudicate(claim, options as never));
      expect(JSON.stringify([claim, options])).toBe(before);
      if (decision === undefined) return;
      checkDecision(decision, product.adjudicator.policy.currency.minorUnits);
      // The ledger it leaves is accepted by the next claim: the same claim again changes nothing it paid.
      const again = await answered(() => product.adjudicator.adjudicate(claim, { asOf: decision.meta.asOf, accumulators: decision.accumulatorsAfter }));
      if (again !== undefined) checkDecision(again, product.adjudicator.policy.currency.minorUnits);
    },
    TIMEOUT,
  );
});

describe("hostile rule sets and policies through createAdjudicator and validateRuleSet", () => {
  test.prop([fc.constantFrom(...productNames), fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), fc.constantFrom("rules", "policy")], { seed: SEED, numRuns: Math.ceil(RUNS / 4) })(
    "a ValidationError or an adjudicator that decides every example claim",
    async (name, mutations, target) => {
      const product = products[productNames.indexOf(name)] as (typeof products)[number];
      const rules = deepFreeze(target === "rules" ? mutate(product.rules, mutations) : structuredClone(product.rules));
      const policy = deepFreeze(target === "policy" ? mutate(product.policy, mutations) : structuredClone(product.policy));
      const report = validateRuleSet(rules, { policy });
      expect(Array.isArray(report.issues)).toBe(true);
      const adjudicator = await answered(() => createAdjudicator({ policy, rules }));
      if (adjudicator === undefined) return;
      for (const entry of product.cases.slice(0, 3)) {
        const decision = await answered(() => adjudicator.adjudicate(entry.claim, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) }));
        if (decision !== undefined) checkDecision(decision, adjudicator.policy.currency.minorUnits);
      }
    },
    TIMEOUT,
  );
});
