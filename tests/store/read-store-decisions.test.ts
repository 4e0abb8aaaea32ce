import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { loadExamples } from "../../examples/load-examples.js";
import { analyzeDecisions } from "../../src/analytics/index.js";
import { createAdjudicator, type Decision } from "../../src/index.js";
import { isStoreError, openClaimStore, readStoreDecisions, type ClaimStore } from "../../src/store/index.js";
import { openTestDatabase, type TestDatabase } from "./support/test-databases.js";

// Issue 14 ("reads decisions from NDJSON or from the store"): the operations report had no way to read the store.
// The medical example claims that have no history of their own are recorded one by one in an embedded store; read
// back a page of 3 at a time, they are the recorded decisions, each once, in the order they were made, and the
// report over them is the report over the decisions as adjudicateAndRecord returned them.
let testDb: TestDatabase;
let store: ClaimStore;
let schema: string;
const recorded: Decision[] = [];

beforeAll(async () => {
  testDb = await openTestDatabase("pglite");
  schema = testDb.newSchema();
  const medical = loadExamples().find((example) => example.product === "medical");
  if (medical === undefined) throw new Error("examples/medical is missing");
  const adjudicator = createAdjudicator({ policy: medical.policy, rules: medical.rules });
  store = await openClaimStore({ database: testDb.database, schema, adjudicators: [adjudicator] });
  for (const entry of medical.cases.filter((item) => item.accumulators === undefined)) {
    recorded.push((await store.adjudicateAndRecord(entry.claim, { asOf: entry.asOf })).decision);
  }
}, 120_000);
afterAll(async () => {
  await testDb?.close();
});

describe("readStoreDecisions", () => {
  test("every recorded decision once, by decision date, claim id and revision, a page at a time", async () => {
    const read: Decision[] = [];
    for await (const decision of readStoreDecisions(testDb.database, { schema, pageSize: 3 })) read.push(decision);
    expect(read.length).toBe(recorded.length);
    expect(recorded.length).toBeGreaterThan(6);
    // In the order they were made (claim ids within a day follow the database's collation).
    const dates = read.map((decision) => decision.meta.asOf);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(read.map((decision) => decision.meta.decisionId))).toEqual(new Set(recorded.map((decision) => decision.meta.decisionId)));
  });

  test("the report over the store is the report over the recorded decisions", async () => {
    const fromStore = await analyzeDecisions(readStoreDecisions(testDb.database, { schema, pageSize: 2 }), { asOf: "2027-12-31" });
    const direct = await analyzeDecisions(recorded, { asOf: "2027-12-31" });
    expect(fromStore.input.analysed).toBe(recorded.length);
    expect(fromStore.totals).toEqual(direct.totals);
    expect(fromStore.byOutcome).toEqual(direct.byOutcome);
  });

  test("a page size or schema the store does not accept is a StoreError with its path", async () => {
    for (const [options, path] of [
      [{ pageSize: 0 }, "options.pageSize"],
      [{ schema: "Bad-Schema" }, "options.schema"],
      [{ schema: "no_store_here" }, "options.schema"],
    ] as const) {
      const error = await readStoreDecisions(testDb.database, options)
        .next()
        .catch((caught: unknown) => caught);
      expect(isStoreError(error)).toBe(true);
      expect((error as { issues: { path: string[] }[] }).issues[0]?.path.join(".")).toBe(path);
    }
  });
});

// The same through the CLI: claim-adjudicator batch --store <folder> records the medical example claims, and
// claim-adjudicator report --store <folder> reports on them; a folder with no store, or a schema with none, is a usage error.
describe("claim-adjudicator report --store", () => {
  test("reports on what batch --store recorded; a missing store or schema is a usage error, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claim-adjudicator-report-store-"));
    try {
      const medical = loadExamples().find((example) => example.product === "medical");
      if (medical === undefined) throw new Error("examples/medical is missing");
      const claims = join(dir, "claims.ndjson");
      const cases = medical.cases.filter((item) => item.accumulators === undefined);
      writeFileSync(claims, cases.map((entry) => JSON.stringify({ claim: entry.claim, asOf: entry.asOf })).join("\n") + "\n");
      const run = async (args: string[]) => {
        let out = "";
        let err = "";
        const stdout = new PassThrough().on("data", (chunk: Buffer) => (out += chunk.toString()));
        const stderr = new PassThrough().on("data", (chunk: Buffer) => (err += chunk.toString()));
        const code = await runCli(args, { stdout, stderr, stdin: new PassThrough(), env: { NO_COLOR: "1" } } as never);
        return { code, out, err };
      };
      const store = join(dir, "claims-db");
      const policy = new URL("../../examples/medical/policy.json", import.meta.url).pathname;
      const rules = new URL("../../examples/medical/rules.json", import.meta.url).pathname;
      expect((await run(["batch", "--store", store, "--policy", policy, "--rules", rules, claims, "--workers", "1", "--no-progress"])).code).toBe(0);
      const report = await run(["report", "--store", store, "--json", join(dir, "report.json"), "--as-of", "2027-12-31"]);
      expect(report.code).toBe(0);
      expect(report.out).toMatch(new RegExp(`^Report as of 2027-12-31: ${cases.length} decisions, `));
      expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).input.analysed).toBe(cases.length);

      const missing = await run(["report", "--store", join(dir, "no-such-db"), "--json", "-"]);
      expect([missing.code, missing.err.split("\n")[0]]).toEqual([2, `error: --store: no claim store at ${join(dir, "no-such-db")} (a PGlite folder written by claim-adjudicator batch --store, or a postgres:// URL)`]);
      const otherSchema = await run(["report", "--store", store, "--schema", "other", "--json", "-"]);
      expect(otherSchema.code).toBe(2);
      expect(otherSchema.err).toContain('the database has no claim store in schema "other"');
      expect(otherSchema.err).not.toContain("wasm");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
