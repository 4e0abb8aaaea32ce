import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { createAdjudicator, type Decision } from "../../src/index.js";
import { caseFileTests, checkDecision } from "../../src/testing/index.js";

/** An example product of examples/<product>/: its adjudicator, its case files (keyed by file name) and a runner. */
export function loadExampleProduct(product: string) {
  const folder = fileURLToPath(new URL(`../../examples/${product}/`, import.meta.url));
  const readJson = (file: string): unknown => JSON.parse(readFileSync(folder + file, "utf8"));
  const adjudicator = createAdjudicator({ policy: readJson("policy.json"), rules: readJson("rules.json") });
  const cases = caseFileTests(`${folder}cases`).map((entry) => ({ ...entry, key: (entry.file ?? "").replace(/^.*\/|\.json$/g, "") }));
  const run = (entry: (typeof cases)[number]): Promise<Decision> =>
    adjudicator.adjudicate(entry.claim, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) });
  return { adjudicator, cases, run };
}

/**
 * What every example suite checks besides its worked figures: each case file has a worked expectation (and each
 * expectation a case file); the suite shows every outcome; every rule that fires quotes its clause and shows the
 * comparison that held; every reason names a clause of the policy. (That every rule fires somewhere is checked for
 * all products at once, in tests/testing/run-cases.test.ts.)
 */
export function testExampleSuite(product: ReturnType<typeof loadExampleProduct>, workedKeys: readonly string[], options: { readonly everyOutcome?: boolean } = {}): void {
  const { adjudicator, cases, run } = product;
  test("every example claim has a worked expectation", () => {
    expect(cases.map((entry) => entry.key).sort()).toEqual([...workedKeys].sort());
  });
  if (options.everyOutcome !== false) {
    test("the suite shows every outcome", async () => {
      const outcomes = new Set((await Promise.all(cases.map(run))).map((decision) => decision.outcome));
      expect(outcomes).toEqual(new Set(["approved", "partially_approved", "denied", "pending_documents", "referred"]));
    });
  }
  test("every rule that fires quotes its clause, and every reason names a clause of the policy", async () => {
    const clauses = adjudicator.policy.clauses.map((clause) => clause.id);
    for (const entry of cases) {
      const decision = await run(entry);
      for (const rule of decision.triggeredRules) {
        expect(rule.clauseText.zh.length).toBeGreaterThan(0);
        expect(rule.evidence.some((item) => item.result === true)).toBe(true);
      }
      for (const reason of decision.reasons) expect(clauses).toContain(reason.clauseId);
    }
  });
}

/**
 * One test per case file: the decision has the worked outcome and payable, passes `check` (the product's own
 * figures: lines, coverages, ledger…), and agrees with what the case file expects (what the demo and the CLI check).
 */
export function testWorkedCases<Worked extends { readonly outcome: Decision["outcome"]; readonly payable: string }>(
  product: ReturnType<typeof loadExampleProduct>,
  worked: Readonly<Record<string, Worked>>,
  check: (decision: Decision, want: Worked, entry: ReturnType<typeof loadExampleProduct>["cases"][number]) => void,
): void {
  test.each(product.cases.map((entry) => ({ name: entry.key, entry })))("$name", async ({ entry }) => {
    const want = worked[entry.key];
    if (want === undefined) throw new Error(`no worked expectation for ${entry.key}`);
    const decision = await product.run(entry);
    expect([decision.outcome, decision.payable]).toEqual([want.outcome, want.payable]);
    check(decision, want, entry);
    expect(checkDecision(decision, entry.expect)).toEqual([]);
  });
}
