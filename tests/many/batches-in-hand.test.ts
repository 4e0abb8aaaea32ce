import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { createAdjudicatorPool, type ClaimToAdjudicate } from "../../src/many/index.js";

const folder = fileURLToPath(new URL("../../examples/medical/", import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(folder + file, "utf8"));
const config = { policy: readJson("policy.json"), rules: readJson("rules.json") };
const workerFile = fileURLToPath(new URL("./batches-in-hand-worker.mjs", import.meta.url));
const claims = (count: number): ClaimToAdjudicate[] => Array.from({ length: count }, (_, n) => ({ claim: { n }, options: { asOf: "2026-11-30" } }));

// The worker is a stand-in (`batches-in-hand-worker.mjs`) that says how many batches it held while it ran each one.
describe("a worker never waits for this thread to send its next batch", { timeout: 60_000 }, () => {
  test("each worker is sent its next batch while it runs one, and the results still come in the order of the claims", async () => {
    const pool = createAdjudicatorPool(config, { workers: 1, workerFile });
    try {
      const results: { n: number; held: number }[] = [];
      for await (const result of pool.adjudicateManyAsJson(claims(24), { batchSize: 3 })) {
        expect(result.ok).toBe(true);
        results.push(JSON.parse(result.decision as string) as { n: number; held: number });
      }
      expect(results.map((result) => result.n)).toEqual(Array.from({ length: 24 }, (_, n) => n));
      // 8 batches: from the first on, the worker holds the next one while it runs one (2 in hand); never more than 2.
      expect(Math.max(...results.map((result) => result.held))).toBe(2);
      expect(results.filter((result) => result.held === 2).length).toBeGreaterThanOrEqual(18);
    } finally {
      await pool.close();
    }
  });

  test("with batchesPerWorker: 1, one batch at a time, as asked", async () => {
    const pool = createAdjudicatorPool(config, { workers: 1, workerFile });
    try {
      const held: number[] = [];
      for await (const result of pool.adjudicateManyAsJson(claims(9), { batchSize: 3, batchesPerWorker: 1 })) held.push((JSON.parse(result.decision as string) as { held: number }).held);
      expect(held).toEqual(Array.from({ length: 9 }, () => 1));
    } finally {
      await pool.close();
    }
  });
});
