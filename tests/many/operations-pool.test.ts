import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { createAdjudicator } from "../../src/index.js";
import { createAdjudicatorPool, type ClaimToAdjudicate } from "../../src/many/index.js";
import { caseFileTests } from "../../src/testing/index.js";

// Regression: the pool passed only policy, rules and jurisdiction to its workers, so with an operations configuration
// the decisions made in worker threads had no risk, routing or sampling (and another meta and decision id) while the
// same claims decided in this thread had them.
const folder = fileURLToPath(new URL("../../examples/medical/", import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(folder + file, "utf8"));
const config = { policy: readJson("policy.json"), rules: readJson("rules.json"), operations: readJson("operations.json") };
const claims: ClaimToAdjudicate[] = caseFileTests(`${folder}cases`).map((entry) => ({
  claim: entry.claim,
  options: { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) },
}));

describe("a pool with an operations configuration", { timeout: 120_000 }, () => {
  test("worker threads give each decision byte for byte as adjudicate does, risk, routing and sampling included", async () => {
    const adjudicator = createAdjudicator(config);
    const expected = await Promise.all(claims.map(({ claim, options }) => adjudicator.adjudicate(claim, options).then((decision) => JSON.stringify(decision))));
    const pool = createAdjudicatorPool(config, { workers: 2 });
    try {
      const results: string[] = [];
      for await (const result of pool.adjudicateMany(claims, { batchSize: 4 })) results.push(result.ok ? JSON.stringify(result.decision) : `error ${result.error.name}`);
      expect(results).toEqual(expected);
      expect(results.every((text) => text.includes('"risk":') && text.includes('"routing":') && text.includes('"operationsHash":'))).toBe(true);
      expect(results.filter((text) => text.includes('"sampling":')).length).toBe(9);
    } finally {
      await pool.close();
    }
  });
});
