import { describe, expect, test } from "vitest";
import { createAdjudicationSummary } from "../../src/cli/adjudication-summary.js";
import type { Decision } from "../../src/index.js";
import { adjudicateBatch, adjudicateBatchAs } from "../../src/many/adjudicate-batch.js";
import { adjudicateManyAs, createAdjudicatorPool } from "../../src/many/adjudicator-pool.js";
import type { DecisionTally } from "../../src/many/adjudication-result.js";
import { adjudicator, config, examples, invalid } from "./medical-examples.js";

// "ndjson-tally" is what the CLI's `adjudicate --json` asks of the workers: each decision's NDJSON line as UTF-8, and
// beside it the outcome, currency and payable the run's summary counts, so that the CLI's thread never encodes or
// parses a decision again.
const text = (bytes: unknown) => new TextDecoder("utf-8", { fatal: true }).decode(bytes as Uint8Array);

describe('the "ndjson-tally" format', () => {
  test("each decision's bytes are the UTF-8 of the text of \"json\" and a newline, and its tally the decision's outcome, currency and payable", async () => {
    const batch = [...examples, invalid];
    const [tallied, json, objects] = await Promise.all([adjudicateBatchAs(adjudicator, batch, "ndjson-tally"), adjudicateBatch(adjudicator, batch, "json"), adjudicateBatch(adjudicator, batch, "object")]);
    expect(tallied.every((result) => !result.ok || result.decision instanceof Uint8Array)).toBe(true);
    expect(tallied.map((result) => (result.ok ? text(result.decision) : result.error))).toEqual(json.map((result) => (result.ok ? `${result.decision as string}\n` : result.error)));
    // The exact bytes of the text: Chinese explanations encoded once, nothing after the newline.
    const first = tallied[0]?.decision as Uint8Array;
    expect(Buffer.from(first).equals(Buffer.from(`${json[0]?.decision as string}\n`, "utf8"))).toBe(true);
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
    for await (const result of adjudicateManyAs(pool, [...examples, invalid, ...examples], "ndjson-tally", { batchSize: 7 })) {
      if (!result.ok) {
        fromTallies.reject();
        fromDecisions.reject();
        continue;
      }
      expect(result.tally).toBeDefined();
      fromTallies.add(result.tally as DecisionTally);
      fromDecisions.add(JSON.parse(text(result.decision)) as Decision);
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
