import { afterAll, describe, expect, test } from "vitest";
import { ValidationError } from "../../src/index.js";
import { adjudicateMany, createAdjudicatorPool, type ClaimToAdjudicate } from "../../src/many/index.js";
import { adjudicator, config, examples, invalid } from "./medical-examples.js";

const corpus = [...examples, invalid, ...examples, ...examples];

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** The claims one at a time, counting how many have been read. */
function* counted(claims: readonly ClaimToAdjudicate[], read: { count: number }) {
  for (const claim of claims) {
    read.count++;
    yield claim;
  }
}

const expected = await Promise.all(
  corpus.map(async ({ claim, options }) => {
    try {
      return JSON.stringify(await adjudicator.adjudicate(claim, options));
    } catch (error) {
      return `${(error as Error).name}: ${(error as ValidationError).issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`;
    }
  }),
);
const asText = (result: { ok: boolean; decision?: unknown; error?: { name: string }; issues?: readonly { path: readonly (string | number)[]; message: string }[] }, json: boolean) =>
  result.ok ? (json ? (result.decision as string) : JSON.stringify(result.decision)) : `${result.error?.name}: ${(result.issues ?? []).map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`;

// Workers compile the TypeScript sources with tsx when they start: seconds on a busy machine.
describe("adjudicateMany", { timeout: 120_000 }, () => {
  const pool = createAdjudicatorPool(config, { workers: 2 });
  afterAll(() => pool.close());

  test("on two worker threads: every result in the order of the claims, each decision byte for byte what adjudicate gives", async () => {
    expect(pool.workers).toBe(2);
    const results = await collect(pool.adjudicateMany(corpus, { batchSize: 3 }));
    expect(results.map((result) => asText(result, false))).toEqual(expected);
    expect(results[examples.length]).toMatchObject({ ok: false, error: { name: "ValidationError" }, issues: [{ code: "policy_mismatch", path: ["claim", "policyId"] }] });
  });

  test("as JSON text, written in the workers: the same bytes", async () => {
    const results = await collect(pool.adjudicateManyAsJson(corpus, { batchSize: 5 }));
    expect(results.map((result) => asText(result, true))).toEqual(expected);
  });

  test("reads the claims only as fast as the workers take them: at most workers × batchesPerWorker × batchSize ahead", async () => {
    const read = { count: 0 };
    const many = Array.from({ length: 400 }, (_, i) => examples[i % examples.length] as ClaimToAdjudicate);
    let consumed = 0;
    let mostAhead = 0;
    for await (const result of pool.adjudicateManyAsJson(counted(many, read), { batchSize: 4, batchesPerWorker: 2 })) {
      expect(result.ok).toBe(true);
      consumed++;
      mostAhead = Math.max(mostAhead, read.count - consumed);
    }
    expect(consumed).toBe(400);
    // 2 workers × 2 batches × 4 claims in flight, plus the batch being yielded.
    expect(mostAhead).toBeLessThanOrEqual(2 * 2 * 4 + 4);
    expect(mostAhead).toBeGreaterThan(0);
  });

  test("in this thread with workers: 0, the same results; stopping early stops reading", async () => {
    const read = { count: 0 };
    const results = [];
    for await (const result of adjudicateMany(config, counted(corpus, read), { workers: 0, batchSize: 2 })) {
      results.push(asText(result, false));
      if (results.length === 5) break;
    }
    expect(results).toEqual(expected.slice(0, 5));
    expect(read.count).toBeLessThanOrEqual(6);
  });

  test("an invalid policy or rule set is refused before any worker starts", () => {
    expect(() => createAdjudicatorPool({ policy: config.policy, rules: { id: "x" } }, { workers: 2 })).toThrow(ValidationError);
  });
});
