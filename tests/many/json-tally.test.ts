import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { createAdjudicationSummary } from "../../src/cli/adjudication-summary.js";
import { createAdjudicator, type Decision } from "../../src/index.js";
import { adjudicateBatch } from "../../src/many/adjudicate-batch.js";
import { adjudicateManyAs, createAdjudicatorPool } from "../../src/many/adjudicator-pool.js";
import type { DecisionTally } from "../../src/many/adjudication-result.js";
import type { ClaimToAdjudicate } from "../../src/many/index.js";
import { caseFileTests } from "../../src/testing/index.js";

const folder = fileURLToPath(new URL("../../examples/medical/", import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(folder + file, "utf8"));
const config = { policy: readJson("policy.json"), rules: readJson("rules.json") };
const adjudicator = createAdjudicator(config);
const examples: ClaimToAdjudicate[] = caseFileTests(`${folder}cases`).map((entry) => ({
  claim: entry.claim,
  options: { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) },
}));
const invalid: ClaimToAdjudicate = { claim: { ...(examples[0]?.claim as object), policyId: "P-OTHER" }, options: examples[0]?.options as ClaimToAdjudicate["options"] };

// "json-tally" is what the CLI's `adjudicate --json` asks of the workers: the JSON text, and beside it the outcome,
// currency and payable the run's summary counts, so that the CLI's thread never parses a decision again.
describe('the "json-tally" format', () => {
  test("each decision's JSON text is byte for byte the text of \"json\", and its tally the decision's outcome, currency and payable", async () => {
    const batch = [...examples, invalid];
    const [tallied, json, objects] = await Promise.all([adjudicateBatch(adjudicator, batch, "json-tally"), adjudicateBatch(adjudicator, batch, "json"), adjudicateBatch(adjudicator, batch, "object")]);
    expect(tallied.map((result) => (result.ok ? result.decision : result.error))).toEqual(json.map((result) => (result.ok ? result.decision : result.error)));
    expect(tallied.at(-1)).toMatchObject({ ok: false, error: { name: "ValidationError" } });
    for (const [i, result] of objects.entries()) {
      if (!result.ok) continue;
      const decision = result.decision as Decision;
      expect(tallied[i]?.tally).toEqual({ outcome: decision.outcome, currency: decision.currency, payable: decision.payable });
    }
    expect(json.every((result) => result.tally === undefined)).toBe(true);
  });

  test("a run's summary from the tallies is the summary from the whole decisions", async () => {
    const fromTallies = createAdjudicationSummary();
    const fromDecisions = createAdjudicationSummary();
    const pool = createAdjudicatorPool(config, { workers: 0 });
    for await (const result of adjudicateManyAs(pool, [...examples, invalid, ...examples], "json-tally", { batchSize: 7 })) {
      if (!result.ok) {
        fromTallies.reject();
        fromDecisions.reject();
        continue;
      }
      expect(result.tally).toBeDefined();
      fromTallies.add(result.tally as DecisionTally);
      fromDecisions.add(JSON.parse(result.decision as string) as Decision);
    }
    await pool.close();
    expect(fromTallies.format()).toBe(fromDecisions.format());
    expect(fromTallies.format()).toMatch(/^Adjudicated 40 of 41 claims: .*; 1 rejected; payable CNY \d+\.\d{2}$/);
  });

  test("adjudicateManyAs takes only a pool of createAdjudicatorPool", () => {
    const notAPool = { workers: 0, adjudicateMany: () => undefined, adjudicateManyAsJson: () => undefined, close: async () => undefined } as never;
    expect(() => adjudicateManyAs(notAPool, [], "json")).toThrow("adjudicateManyAs takes a pool made by createAdjudicatorPool");
  });
});
