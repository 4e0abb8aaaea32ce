import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test as propertyTest } from "@fast-check/vitest";
import { afterAll, describe, expect, test } from "vitest";
import { ADJUSTMENT_KIND_NAMES, createAdjudicator, FACT_CATALOGUE, isCalculationError, isValidationError, OPERATORS, type Decision } from "../../src/index.js";
import { removeCli, runCli } from "../cli/cli-harness.js";
import { mutate, mutationArbitrary, PRODUCTS } from "../fuzz/fuzz-inputs.js";
import { textContext, textOutputs, textProblems } from "./text-checks.js";

/**
 * Issue 9: no text a reader sees may carry a `{placeholder}`, a "day(s)", an English word inside Chinese (codes, ids
 * and currencies excepted), mixed money formats or "of 0.00" for a claim without a bill. Every text output of every
 * example case is checked (the explanation, both notices in both languages as text and Markdown, the FHIR texts,
 * the CLI's text output), and so are the decisions of fuzzed example claims.
 */
const NAMES = [...FACT_CATALOGUE.map((fact) => fact.name), ...OPERATORS.map((operator) => operator.name), ...ADJUSTMENT_KIND_NAMES];
const products = PRODUCTS.map((product) => ({ ...product, adjudicator: createAdjudicator({ policy: product.policy, rules: product.rules }) }));
const cases = products.flatMap((product) => product.cases.map((entry) => ({ product, entry })));
const optionsOf = (entry: (typeof cases)[number]["entry"]) => ({ asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) });

function problemsOf(decision: Decision, claim: unknown, product: (typeof products)[number]): string[] {
  const context = textContext([decision], [claim, product.policy, product.rules], NAMES);
  return textOutputs(decision, claim).flatMap((output) => textProblems(output, context).map((problem) => `${output.name}: ${problem}`));
}

describe("every text output of every example case", () => {
  test.each(cases.map(({ product, entry }) => ({ file: entry.file, product, entry })))("$file", async ({ product, entry }) => {
    const decision = await product.adjudicator.adjudicate(entry.claim, optionsOf(entry));
    expect(problemsOf(decision, entry.claim, product)).toEqual([]);
  });
});

describe("the CLI's text output for every example case", () => {
  const dir = mkdtempSync(join(tmpdir(), "texts-"));
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await removeCli();
  });
  test.each(products.flatMap((product) => (["zh", "en"] as const).map((locale) => ({ name: `${product.product} --locale ${locale}`, product, locale }))))("$name", async ({ product, locale }) => {
    const policy = join(dir, `${product.product}-policy.json`);
    const rules = join(dir, `${product.product}-rules.json`);
    writeFileSync(policy, JSON.stringify(product.policy));
    writeFileSync(rules, JSON.stringify(product.rules));
    const files = product.cases.map((entry, i) => {
      const file = join(dir, `${product.product}-${i}.json`);
      writeFileSync(file, JSON.stringify({ claim: entry.claim, asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators } : {}) }));
      return file;
    });
    const run = await runCli(["adjudicate", "--policy", policy, "--rules", rules, ...files, "--locale", locale]);
    expect(run.code).toBe(0);
    const decisions = await Promise.all(product.cases.map((entry) => product.adjudicator.adjudicate(entry.claim, optionsOf(entry))));
    const context = textContext(decisions, [...product.cases.map((entry) => entry.claim), product.policy, product.rules], NAMES);
    expect(textProblems({ name: `cli ${locale}`, language: locale, text: run.stdout }, context)).toEqual([]);
  }, 60_000);
});

describe("every text output of fuzzed example claims", () => {
  const files = cases.map(({ entry }) => entry.file);
  propertyTest.prop([fc.constantFrom(...files), fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 })], { seed: 20_261_201, numRuns: 300 })(
    "no placeholder, no lazy plural, no English inside Chinese",
    async (file, mutations) => {
      const { product, entry } = cases[files.indexOf(file)] as (typeof cases)[number];
      const claim = mutate(entry.claim, mutations);
      let decision: Decision;
      try {
        decision = await product.adjudicator.adjudicate(claim, optionsOf(entry));
      } catch (error) {
        if (isValidationError(error) || isCalculationError(error)) return;
        throw error;
      }
      expect(problemsOf(decision, claim, product)).toEqual([]);
    },
    120_000,
  );
});
