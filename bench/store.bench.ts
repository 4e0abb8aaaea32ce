/**
 * `npm run bench:store`: claims per second recorded into PostgreSQL, with 1 and 2 workers, as a ratio to the pure
 * in-memory run of the same claims (each decided against its family's ledger so far, nothing stored).
 *
 * The server is the one CLAIM_ADJUDICATOR_TEST_PG_URL names, or a throwaway cluster started here from the Debian
 * binaries (see tests/store/support/throwaway-postgres.ts). Claims: the concurrency test's families (seeded), the
 * original submissions only, so every claim is decided and written. Workers are processes taking jobs from the
 * pg-boss queue, started before the clock starts; the time runs from the batch being enqueued to its last claim
 * recorded. Also shown: `adjudicateAndRecord` called in a loop on one connection, and on embedded PGlite.
 *
 * Options: --claims N (default 600), --families N (default 20).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { createAdjudicator, type Adjudicator } from "../src/index.js";
import { enqueueBatch, openClaimStore, openPgliteDatabase, openPostgresDatabase, readBatchProgress } from "../src/store/index.js";
import { bundleScript } from "../tests/store/support/bundle-script.js";
import { generateFamilyBatch, type FamilyLine } from "../tests/store/support/families.js";
import { testPostgres } from "../tests/store/support/throwaway-postgres.js";

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index < 0 ? fallback : Number(process.argv[index + 1]);
};
const claimCount = option("--claims", 600);
const families = option("--families", 20);

const batch = generateFamilyBatch({ seed: 20261101, families, lineCount: Math.ceil(claimCount / 0.85) + 1 });
const lines: FamilyLine[] = batch.lines.filter((line) => line.kind === "original").slice(0, claimCount);
const config = { policies: batch.policies, rules: batch.rules };
const adjudicators = batch.policies.map((policy) => createAdjudicator({ policy, rules: batch.rules }));

interface Row {
  readonly mode: string;
  readonly seconds: number;
}
const rows: Row[] = [];

async function timed(mode: string, work: () => Promise<void>): Promise<void> {
  const started = performance.now();
  await work();
  rows.push({ mode, seconds: (performance.now() - started) / 1000 });
  process.stderr.write(`  ${mode}: done\n`);
}

async function inMemory(): Promise<void> {
  const byPolicy = new Map<string, Adjudicator>(adjudicators.map((adjudicator) => [adjudicator.policy.id, adjudicator]));
  const ledgers = new Map<string, unknown>();
  for (const line of lines) {
    const ledger = ledgers.get(line.claim.policyId);
    const decision = await (byPolicy.get(line.claim.policyId) as Adjudicator).adjudicate(line.claim, { asOf: line.asOf, ...(ledger === undefined ? {} : { accumulators: ledger as never }) });
    ledgers.set(line.claim.policyId, decision.accumulatorsAfter);
  }
}

let schemaCounter = 0;
const newSchema = () => `bench_${process.pid}_${schemaCounter++}`;

async function main(): Promise<void> {
  process.stderr.write(`${lines.length} claims of ${families} families\n`);
  await inMemory(); // warm-up: compiled code, caches
  await timed("in memory (pure core, no store)", inMemory);

  const pglite = await openPgliteDatabase();
  const pgliteStore = await openClaimStore({ database: pglite, schema: newSchema(), adjudicators });
  await timed("PGlite embedded, adjudicateAndRecord in a loop", async () => {
    for (const line of lines) await pgliteStore.adjudicateAndRecord(line.claim, { asOf: line.asOf });
  });
  await pglite.close();

  const server = await testPostgres();
  if (server === undefined) {
    process.stderr.write("no PostgreSQL: set CLAIM_ADJUDICATOR_TEST_PG_URL or install the server (apt-get install postgresql)\n");
  } else {
    const database = await openPostgresDatabase({ connectionString: server.url, poolSize: 4 });
    const schemas: string[] = [];
    const script = await bundleScript("tests/store/support/worker-process.ts", "worker-process.mjs", `bench-${process.pid}`);
    try {
      const direct = newSchema();
      schemas.push(direct);
      const store = await openClaimStore({ database, schema: direct, adjudicators });
      await timed("PostgreSQL, adjudicateAndRecord in a loop (1 connection)", async () => {
        for (const line of lines) await store.adjudicateAndRecord(line.claim, { asOf: line.asOf });
      });
      for (const workers of [1, 2]) {
        const schema = newSchema();
        schemas.push(schema);
        const children = await Promise.all(Array.from({ length: workers }, () => startWorker(script, server.url, schema)));
        await timed(`PostgreSQL, ${workers} worker process${workers === 1 ? "" : "es"} on the pg-boss queue`, async () => {
          const { batchId } = await enqueueBatch({ database, schema, config, items: lines.map((line, i) => ({ label: `line ${i + 1}`, claim: line.claim, asOf: line.asOf })) });
          for (;;) {
            const progress = await readBatchProgress(database, batchId, { schema });
            if (progress?.done === true) {
              if (progress.recorded !== lines.length) throw new Error(`expected ${lines.length} recorded: ${JSON.stringify(progress)}`);
              break;
            }
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        });
        for (const child of children) child.kill("SIGTERM");
        await Promise.all(children.map((child) => new Promise((resolve) => child.once("exit", resolve))));
      }
    } finally {
      if (server.origin === "environment") for (const schema of schemas) await database.query(`DROP SCHEMA IF EXISTS "${schema}", "${schema}_queue" CASCADE`);
      await database.close();
      await server.stop();
      rmSync(dirname(script), { recursive: true, force: true });
    }
  }

  const memory = rows[0] as Row;
  const perSecond = (row: Row) => lines.length / row.seconds;
  const out = [`${lines.length} claims of ${families} families`, "mode".padEnd(62) + "claims/s".padStart(10) + "   ratio to in-memory"];
  for (const row of rows) out.push(row.mode.padEnd(62) + perSecond(row).toFixed(0).padStart(10) + `   ${(perSecond(row) / perSecond(memory)).toFixed(2)}`);
  process.stdout.write(`${out.join("\n")}\n`);
}

function startWorker(script: string, url: string, schema: string): Promise<ChildProcess> {
  // Jobs fetched 20 at a time, as `claim-adjudicator batch` does.
  const child = spawn(process.execPath, [script, url, schema, "20"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      if (chunk.includes("ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`worker exited (${code}) before it was ready`)));
  });
}

await main();
