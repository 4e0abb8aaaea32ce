import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Command } from "commander";
import { Option } from "commander";
import type { BatchWorker } from "../../store/batch/start-batch-worker.js";
import type { StoreDatabase } from "../../store/store-database.js";
import { EXIT, UsageError, writeLine, type CliIo } from "../cli-io.js";
import { checkAsOf, loadAdjudicator, loadFile, required } from "../load-inputs.js";
import { checkReadable, readLines } from "../read-lines.js";
import { parseBatchLines } from "./batch-lines.js";
import { startBatchProgressBar } from "./batch-progress-bar.js";
import { formatBatchSummary } from "./batch-summary.js";
import type { BatchWorkerThreadData, BatchWorkerThreadMessage } from "./batch-worker-thread.js";

export interface BatchCommandOptions {
  readonly store?: string;
  readonly policy?: readonly string[];
  readonly rules?: string;
  /** The operations configuration: the recorded decisions carry risk, routing and sampling. */
  readonly operations?: string;
  readonly asOf?: string;
  readonly workers?: string;
  readonly schema?: string;
  readonly progress?: boolean;
  readonly json?: boolean;
  readonly enqueueOnly?: boolean;
  readonly worker?: boolean;
}

/** The store's subpath loaded only when a batch runs: the other commands never load pg, PGlite or pg-boss. */
const loadStore = () => import("../../store/index.js");

/** A worker thread running `batch-worker-thread`: the built file next to the bin, or the source through tsx. */
function spawnWorkerThread(data: BatchWorkerThreadData): Worker {
  const built = new URL("./batch-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) return new Worker(built, { workerData: data });
  const source = new URL("./batch-worker-thread.ts", import.meta.url);
  if (!existsSync(fileURLToPath(source))) throw new Error(`claim-adjudicator batch: the worker script is missing (looked for ${fileURLToPath(built)})`);
  // Running from the TypeScript sources (npm run cli, tests): the thread loads them through tsx.
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); })`, { eval: true, workerData: data });
}

interface RunningWorkers {
  stop(): Promise<void>;
}

/** `count` workers: threads with their own connections on a server; subscriptions of this process on PGlite (or for one). */
async function startWorkers(io: CliIo, database: StoreDatabase, location: string, count: number, schema: string | undefined): Promise<RunningWorkers> {
  const reportError = (message: string) => writeLine(io.stderr, `worker: ${message} (the job is retried)`);
  if (database.kind === "pglite" || count === 1) {
    // PGlite belongs to one process and runs one statement at a time: the workers share it here. One worker on a
    // server needs no thread either.
    const { startBatchWorker } = await loadStore();
    const worker: BatchWorker = await startBatchWorker({ database, concurrency: count, ...(schema === undefined ? {} : { schema }), onError: (error) => reportError(error.message) });
    return { stop: () => worker.stop() };
  }
  const threads = Array.from({ length: count }, () => spawnWorkerThread({ location, ...(schema === undefined ? {} : { schema }) }));
  const stopped = threads.map(
    (thread) =>
      new Promise<void>((resolve) => {
        thread.on("message", (message: BatchWorkerThreadMessage) => {
          if (message.type === "error") reportError(message.message);
        });
        thread.on("error", (error) => reportError(error.message));
        thread.on("exit", () => resolve());
      }),
  );
  return {
    async stop() {
      for (const thread of threads) thread.postMessage({ type: "stop" });
      await Promise.all(stopped);
    },
  };
}

/** Resolves at the first SIGINT or SIGTERM (a person pressing Ctrl-C, or a service manager). */
function untilSignal(): { readonly signalled: Promise<void>; readonly dispose: () => void } {
  let resolveSignal: () => void = () => undefined;
  const signalled = new Promise<void>((resolve) => (resolveSignal = resolve));
  const handler = () => resolveSignal();
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
  return { signalled, dispose: () => (process.off("SIGINT", handler), process.off("SIGTERM", handler)) };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `claim-adjudicator batch --store <postgres-url | pglite-dir> --policy p.json --rules r.json claims.ndjson`:
 * enqueues the claims, runs `--workers N` workers here until every claim is recorded, and prints a summary. With
 * `--enqueue-only` it only enqueues; with `--worker` (no claims) it joins as workers for any batch on the store until
 * stopped. Exit 0 when every claim was recorded or replayed, 1 when some were rejected or failed.
 */
export async function batchCommand(io: CliIo, claims: string | undefined, options: BatchCommandOptions): Promise<number> {
  try {
    return await runBatch(io, claims, options);
  } catch (error) {
    const store = options.store ?? "";
    const { isStoreError, redactConnectionString } = await loadStore();
    if (isStoreError(error)) {
      // A missing driver is named for what the user typed (--store), not the API's option path.
      const driver = error.code === "driver_missing" ? error.issues[0]?.message : undefined;
      writeLine(io.stderr, driver === undefined ? `error: ${error.message}` : `error: --store ${redactConnectionString(store)}: ${driver} [driver_missing]`);
      return error.code === "driver_missing" || error.code === "invalid_store_option" ? EXIT.usage : EXIT.problems;
    }
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === "string" && UNREACHABLE_STORE.has(code)) {
      writeLine(io.stderr, `error: cannot use the store ${redactConnectionString(store)}: ${error instanceof Error ? error.message : String(error)} [${code}]`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** Failures that mean --store names no usable database: nothing listening, no such host, wrong role or password, no such database. */
const UNREACHABLE_STORE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "28P01", "28000", "3D000"]);

async function runBatch(io: CliIo, claims: string | undefined, options: BatchCommandOptions): Promise<number> {
  const location = required(options.store, "--store <postgres-url | pglite-dir>", "batch");
  const workers = options.workers === undefined ? 1 : Number(options.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UsageError(`--workers must be a whole number from 1 to 64, not "${options.workers}"`);
  if (options.worker === true && claims !== undefined) throw new UsageError("--worker takes no claims: it works on what is already queued");
  if (options.worker === true && options.enqueueOnly === true) throw new UsageError("--worker and --enqueue-only exclude each other");
  if (options.worker === true && options.operations !== undefined) {
    throw new UsageError("--worker decides each batch with the configuration stored when it was enqueued: give --operations with the claims (batch … --operations o.json claims.ndjson), not to the worker");
  }
  const store = await loadStore();
  const schema = options.schema;

  if (options.worker === true) {
    const database = await store.openStoreDatabase(location);
    try {
      const running = await startWorkers(io, database, location, workers, schema);
      writeLine(io.stderr, `${workers} worker${workers === 1 ? "" : "s"} on ${database.location}: taking claims until stopped (Ctrl-C)`);
      const signal = untilSignal();
      await signal.signalled;
      signal.dispose();
      await running.stop();
      return EXIT.ok;
    } finally {
      await database.close();
    }
  }

  const source = required(claims, "the claims to record (an NDJSON file, or - for stdin)", "batch");
  if (source === "-" && io.stdin.isTTY === true) throw new UsageError("- reads claims (NDJSON) from stdin: pipe them in");
  const asOf = checkAsOf(options.asOf, true);
  const policyFiles = required(options.policy === undefined || options.policy.length === 0 ? undefined : options.policy, "--policy <file> (once per policy)", "batch");
  const rules = loadFile(io, required(options.rules, "--rules <file>", "batch"), "rule set");
  const policies = policyFiles.map((file) => loadFile(io, file, "policy"));
  const operations = options.operations === undefined ? undefined : loadFile(io, options.operations, "operations configuration");
  await checkReadable(source, "claims");
  const adjudicators = policies.map((policy) => loadAdjudicator(io, policy, rules, operations));
  const currencies = new Set(adjudicators.map((adjudicator) => adjudicator.policy.currency.code));

  const database = await store.openStoreDatabase(location);
  try {
    // readline starts reading as soon as it is created: create it only when the enqueueing starts to iterate.
    const items = (async function* () {
      yield* parseBatchLines(readLines(io, source), { ...(asOf === undefined ? {} : { asOf }), source: source === "-" ? "stdin" : source });
    })();
    const started = performance.now();
    const enqueued = await store.enqueueBatch({
      database,
      config: { policies: policies.map((policy) => policy.value), rules: rules.value, ...(operations === undefined ? {} : { operations: operations.value }) },
      items,
      source: source === "-" ? "stdin" : source,
      ...(schema === undefined ? {} : { schema }),
    });
    if (options.enqueueOnly === true) {
      if (options.json === true) writeLine(io.stdout, JSON.stringify(enqueued));
      else writeLine(io.stdout, `batch ${enqueued.batchId}: ${enqueued.queued} claims queued on ${database.location}${enqueued.itemCount > enqueued.queued ? `, ${enqueued.itemCount - enqueued.queued} unreadable lines rejected` : ""}`);
      return EXIT.ok;
    }

    const running = await startWorkers(io, database, location, workers, schema);
    const bar = startBatchProgressBar(io, enqueued.itemCount, options.progress !== false);
    const signal = untilSignal();
    let interrupted = false;
    void signal.signalled.then(() => (interrupted = true));
    const read = async () => (await store.readBatchProgress(database, enqueued.batchId, schema === undefined ? {} : { schema })) as NonNullable<Awaited<ReturnType<typeof store.readBatchProgress>>>;
    let progress = await read();
    while (!progress.done && !interrupted) {
      await Promise.race([sleep(200), signal.signalled]);
      progress = await read();
      bar.update(progress);
    }
    bar.stop();
    signal.dispose();
    await running.stop();
    progress = await read();
    const problems = await store.readBatchProblems(database, enqueued.batchId, { limit: 20, ...(schema === undefined ? {} : { schema }) });
    const run = { progress, problems, location: database.location, workers, elapsedMs: performance.now() - started, currency: currencies.size === 1 ? [...currencies][0] : undefined, interrupted };
    if (options.json === true) writeLine(io.stdout, JSON.stringify({ ...progress, problems, elapsedMs: Math.round(run.elapsedMs), workers, interrupted }, null, 2));
    else writeLine(io.stdout, formatBatchSummary(run));
    return progress.rejected + progress.failed + progress.queued > 0 ? EXIT.problems : EXIT.ok;
  } finally {
    await database.close();
  }
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds `batch` to the program (its own registration, so run-cli.ts gains one line). */
export function registerBatchCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command("batch")
    .summary("record NDJSON claims in a claim store (PostgreSQL or embedded PGlite), workers sharing a job queue")
    .description(
      "Enqueues every claim of an NDJSON file (or - for stdin) on the store's job queue (pg-boss), runs --workers N workers here (threads, each with its own connections, on PostgreSQL; in this process on PGlite), and prints a summary when every claim is recorded. Each claim is decided against its policy's ledger and recorded exactly once: a duplicate line, a repeated idempotency key or a job retried after a worker died returns the recorded decision and pays nothing again. Each line is a claim, or { \"claim\": …, \"asOf\": …, \"idempotencyKey\": … }.",
    )
    .argument("[claims]", "NDJSON file of claims, or - for stdin")
    .option("--store <location>", "postgres://user:password@host:port/database, or the folder of an embedded PGlite database (created when missing)")
    .option("--policy <file>", "a policy (repeat for several: each claim names its own)", collect)
    .option("--rules <file>", "the rule set")
    .option("--operations <file>", "the operations configuration (JSON or YAML): decisions carry risk, routing and the quality sample")
    .option("--as-of <date>", 'decision date of bare claims: YYYY-MM-DD, or "submitted" for each claim\'s submission date')
    .option("--workers <n>", "workers to run here (default 1)")
    .option("--schema <name>", "PostgreSQL schema of the store's tables (default claim_adjudicator; the queue uses <schema>_queue)")
    .option("--json", "print the summary as JSON on stdout")
    .option("--enqueue-only", "enqueue and exit: workers elsewhere record the claims")
    .option("--worker", "no claims: work on what is queued on the store until stopped (Ctrl-C, SIGTERM)")
    .addOption(new Option("--no-progress", "no progress bar (it only shows on a terminal anyway)"))
    .addHelpText(
      "after",
      "\nExamples:\n  claim-adjudicator batch --store ./claims-db --policy policy.json --rules rules.json claims.ndjson --as-of submitted\n  claim-adjudicator batch --store postgres://claims@db/claims --policy policy.json --rules rules.json claims.ndjson --workers 4\n  claim-adjudicator batch --store postgres://claims@db/claims --worker --workers 2   # on another machine",
    )
    .action(async (claims: string | undefined, options: BatchCommandOptions) => {
      setExitCode(await batchCommand(io, claims, options));
    });
}
