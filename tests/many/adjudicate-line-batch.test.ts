import { afterAll, describe, expect, test } from "vitest";
import type { AdjudicateOptions } from "../../src/index.js";
import { adjudicateLineBatch, type ClaimLineToAdjudicate, type LineDefaults, type LineResult } from "../../src/many/adjudicate-line-batch.js";
import { adjudicateLinesAs, createAdjudicatorPool } from "../../src/many/adjudicator-pool.js";
import { adjudicator, cases, config } from "./medical-examples.js";

const first = cases[0];
const withLedger = cases.find((entry) => entry.accumulators !== undefined);
if (first === undefined || withLedger === undefined) throw new Error("examples/medical/cases: a case, and one with accumulators, are needed");
const claim = first.claim as { readonly submittedOn: string };
const ledger = withLedger.accumulators;

/** What the line's claim gives when adjudicated here, as JSON text, with the options written out by hand. */
async function decided(value: unknown, options: AdjudicateOptions): Promise<string> {
  return JSON.stringify(await adjudicator.adjudicate(value, options));
}
const line = (text: string, n: number): ClaimLineToAdjudicate => ({ line: text, label: `stdin:${n}` });
const decisionOf = (result: LineResult) => (result.result?.ok === true ? result.result.decision : undefined);

// A worker parses the CLI's lines of stdin itself: each line must give what the CLI gave when it parsed the line on
// its own thread and sent the claim with the options it worked out.
describe("adjudicateLineBatch: NDJSON lines parsed where they are adjudicated", () => {
  test.each<{ name: string; text: string; defaults: LineDefaults; options: () => AdjudicateOptions; envelope: boolean }>([
    { name: "an envelope with its own date", text: JSON.stringify({ claim, asOf: first.asOf }), defaults: {}, options: () => ({ asOf: first.asOf }), envelope: true },
    { name: "an envelope's date wins over --as-of", text: JSON.stringify({ claim, asOf: first.asOf }), defaults: { asOf: "2027-01-01" }, options: () => ({ asOf: first.asOf }), envelope: true },
    { name: "a bare claim with --as-of", text: JSON.stringify(claim), defaults: { asOf: "2026-12-01" }, options: () => ({ asOf: "2026-12-01" }), envelope: false },
    { name: 'a bare claim with --as-of "submitted"', text: JSON.stringify(claim), defaults: { asOf: "submitted" }, options: () => ({ asOf: claim.submittedOn }), envelope: false },
    { name: "--accumulators for a line without its own", text: JSON.stringify({ claim: withLedger.claim, asOf: withLedger.asOf }), defaults: { accumulators: ledger }, options: () => ({ asOf: withLedger.asOf, accumulators: ledger as never }), envelope: true },
    {
      name: "a line's own accumulators win over --accumulators",
      text: JSON.stringify({ claim: withLedger.claim, asOf: withLedger.asOf, accumulators: ledger }),
      defaults: { accumulators: { policyId: "P-OTHER", opening: [], claims: {} } },
      options: () => ({ asOf: withLedger.asOf, accumulators: ledger as never }),
      envelope: true,
    },
  ])("$name: the decision of the claim with the options worked out by hand", async ({ text, defaults, options, envelope }) => {
    const [result] = await adjudicateLineBatch(adjudicator, [line(text, 1)], "json", defaults);
    expect(result?.unreadable).toBeUndefined();
    expect(result?.envelope).toBe(envelope);
    expect(decisionOf(result as LineResult)).toBe(await decided(JSON.parse(text).claim ?? JSON.parse(text), options()));
  });

  test.each([
    { name: "not JSON", text: "not json", message: /^not valid JSON at column 2: unexpected "o"$/, problem: { column: 2 } },
    { name: "a repeated key", text: `{"claim":{"id":"A","id":"B"},"asOf":"2026-12-01"}`, message: /^at column 20: duplicate key "id" \(first at column 11\)/, problem: { path: ["claim", "id"], column: 20 } },
    { name: "not an object", text: "[1,2]", message: /^a line must hold a claim object/, problem: undefined },
    { name: "a bare claim without a date", text: JSON.stringify(claim), message: /^no decision date: give --as-of/, problem: undefined },
    { name: '"claim" that is not an object', text: `{"claim":5,"asOf":"2026-12-01"}`, message: /^"claim" holds a number \(5\), not a claim object/, problem: undefined },
  ])("$name: no claim to adjudicate, and why, with the problems at their columns", async ({ text, message, problem }) => {
    const [result] = await adjudicateLineBatch(adjudicator, [line(text, 7)], "object", {});
    expect(result?.result).toBeUndefined();
    expect(result?.unreadable?.message).toMatch(message);
    if (problem === undefined) expect(result?.unreadable?.problems).toEqual([]);
    else expect(result?.unreadable?.problems[0]).toMatchObject(problem);
  });

  test("a claim the library rejects: its error and issues, with paths under claim in an envelope", async () => {
    const [result] = await adjudicateLineBatch(adjudicator, [line(JSON.stringify({ claim: { ...claim, policyId: "P-OTHER" }, asOf: first.asOf }), 3)], "object", {});
    expect(result?.envelope).toBe(true);
    expect(result?.result).toMatchObject({ ok: false, error: { name: "ValidationError" }, issues: [{ code: "policy_mismatch", path: ["claim", "policyId"] }] });
  });

  test('"ndjson-tally": the UTF-8 of the decision\'s JSON text and a newline, with its tally', async () => {
    const [result] = await adjudicateLineBatch(adjudicator, [line(JSON.stringify({ claim, asOf: first.asOf }), 1)], "ndjson-tally", {});
    const bytes = decisionOf(result as LineResult) as Uint8Array;
    const text = await decided(claim, { asOf: first.asOf });
    expect(Buffer.from(bytes).equals(Buffer.from(`${text}\n`, "utf8"))).toBe(true);
    expect(result?.result?.tally).toEqual({ outcome: JSON.parse(text).outcome, currency: "CNY", payable: JSON.parse(text).payable });
  });
});

// Workers compile the TypeScript sources with tsx when they start: seconds on a busy machine.
describe("adjudicateLinesAs", { timeout: 120_000 }, () => {
  const pool = createAdjudicatorPool(config, { workers: 2 });
  afterAll(() => pool.close());

  test("on two worker threads: every line's result in order, each what the lines give in this thread", async () => {
    const texts = [...cases.map((entry) => JSON.stringify({ claim: entry.claim, asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators } : {}) })), "not json", JSON.stringify(claim)];
    const lines = [...texts, ...texts].map(line);
    const defaults = { asOf: "2026-12-01" };
    const inThread = await adjudicateLineBatch(adjudicator, lines, "json", defaults);
    const pooled: LineResult[] = [];
    for await (const result of adjudicateLinesAs(pool, lines, "json", defaults, { batchSize: 3 })) pooled.push(result);
    expect(pooled).toEqual(inThread);
    expect(pooled).toHaveLength(2 * (cases.length + 2));
    expect(pooled.filter((result) => result.unreadable !== undefined)).toHaveLength(2);
    expect(pooled.filter((result) => result.result?.ok === true)).toHaveLength(2 * (cases.length + 1));
  });

  test("adjudicateLinesAs takes only a pool of createAdjudicatorPool", () => {
    const notAPool = { workers: 0, adjudicateMany: () => undefined, adjudicateManyAsJson: () => undefined, close: async () => undefined } as never;
    expect(() => adjudicateLinesAs(notAPool, [], "json", {})).toThrow("adjudicateLinesAs takes a pool made by createAdjudicatorPool");
  });
});
