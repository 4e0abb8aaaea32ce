import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Tinypool } from "tinypool";
import { createAdjudicator, type AdjudicatorConfig } from "../create-adjudicator.js";
import type { AdjudicationResult, ClaimToAdjudicate, FormattedDecision, ResultFormat } from "./adjudication-result.js";
import { adjudicateBatchAs } from "./adjudicate-batch.js";
import { adjudicateLineBatch, type ClaimLineToAdjudicate, type LineDefaults, type LineResult } from "./adjudicate-line-batch.js";
import type { WorkerTask } from "./many-worker.js";

/** Options of the worker pool: how many worker threads, and the worker file they run. */
export interface AdjudicatorPoolOptions {
  /** Worker threads; `0` adjudicates in this thread. Default: the number of cores (`os.availableParallelism()`). */
  readonly workers?: number;
  /**
   * The worker module, when this module was bundled into an application and the package's `many-worker.js` no
   * longer sits beside it: a path or file URL of `claim-adjudicator`'s `dist/many-worker.js` (ship it with the bundle).
   */
  readonly workerFile?: string | URL;
}

/** Options of adjudicating a stream of claims: how many claims a batch sent to a worker holds, and how many batches each worker has in hand. */
export interface StreamOptions {
  /** Claims sent to a worker at a time (default 16): fewer messages, at the cost of holding more claims. */
  readonly batchSize?: number;
  /**
   * Batches queued or running at once, per worker (default 2, so a worker never waits for the next). With
   * `batchSize` it bounds what is held in memory: at most workers × batchesPerWorker × batchSize claims and their
   * results, however many claims come in.
   */
  readonly batchesPerWorker?: number;
}

/** Worker threads that each hold an adjudicator of the same policy, rules and jurisdiction. */
export interface AdjudicatorPool {
  /** The worker threads (`0`: claims are adjudicated in the calling thread). */
  readonly workers: number;
  /**
   * Adjudicates a stream of claims: results in the order the claims came, the input read only as fast as the
   * workers take it. Each result is the claim's decision, byte for byte what `adjudicate` gives, or the problems
   * that kept it from one (`{ ok: false, error, issues }`); anything else, such as a bug, ends the iteration with its
   * error.
   */
  adjudicateMany(claims: AsyncIterable<ClaimToAdjudicate> | Iterable<ClaimToAdjudicate>, options?: StreamOptions): AsyncGenerator<AdjudicationResult, void, undefined>;
  /**
   * `adjudicateMany`, each decision as its JSON text (`JSON.stringify(decision)`), written in the worker: what to
   * use when the decisions are written out (NDJSON, a file, a queue), as sending text between threads costs far less
   * than sending the object.
   */
  adjudicateManyAsJson(claims: AsyncIterable<ClaimToAdjudicate> | Iterable<ClaimToAdjudicate>, options?: StreamOptions): AsyncGenerator<AdjudicationResult<string>, void, undefined>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/**
 * Starts a pool of worker threads (tinypool) for one policy, rule set and jurisdiction, to adjudicate many claims
 * on every core. The configuration is validated here first; each worker then compiles its own adjudicator from it.
 *
 * @param config - policy, rules and jurisdiction as JSON, as `createAdjudicator` takes them
 * @throws {ValidationError} when the policy or the rules are invalid (no worker is started)
 * @example
 * const pool = createAdjudicatorPool({ policy, rules }, { workers: 2 });
 * for await (const result of pool.adjudicateMany(claims)) if (result.ok) console.log(result.decision.outcome); //=> approved …
 * await pool.close();
 */
export function createAdjudicatorPool(config: AdjudicatorConfig, options: AdjudicatorPoolOptions = {}): AdjudicatorPool {
  const adjudicator = createAdjudicator(config);
  const workers = Math.max(0, Math.floor(options.workers ?? availableParallelism()));
  const tinypool = workers === 0 ? undefined : startWorkers(config, workers, options.workerFile);
  const run = (batch: ClaimToAdjudicate[], format: ResultFormat): Promise<AdjudicationResult<FormattedDecision>[]> =>
    tinypool === undefined ? adjudicateBatchAs(adjudicator, batch, format) : (tinypool.run({ batch, format } satisfies WorkerTask) as Promise<AdjudicationResult<FormattedDecision>[]>);
  const runLines = (lines: ClaimLineToAdjudicate[], format: ResultFormat, defaults: LineDefaults): Promise<LineResult[]> =>
    tinypool === undefined ? adjudicateLineBatch(adjudicator, lines, format, defaults) : (tinypool.run({ lines, format, defaults } satisfies WorkerTask) as Promise<LineResult[]>);

  /** Items in batches to `runBatch`, a bounded number of batches at once, the results in the items' order. */
  async function* inBatches<T, R>(items: AsyncIterable<T> | Iterable<T>, runBatch: (batch: T[]) => Promise<R[]>, streamOptions: StreamOptions): AsyncGenerator<R, void, undefined> {
    const batchSize = Math.max(1, Math.floor(streamOptions.batchSize ?? 16));
    const maxPending = tinypool === undefined ? 1 : workers * Math.max(1, Math.floor(streamOptions.batchesPerWorker ?? 2));
    const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
    const pending: Promise<R[]>[] = [];
    let inputDone = false;
    try {
      for (;;) {
        while (!inputDone && pending.length < maxPending) {
          const batch: T[] = [];
          while (batch.length < batchSize) {
            const next = await iterator.next();
            if (next.done === true) {
              inputDone = true;
              break;
            }
            batch.push(next.value);
          }
          if (batch.length === 0) break;
          const results = runBatch(batch);
          // Awaited in order below; until then its failure must not count as unhandled.
          results.catch(() => undefined);
          pending.push(results);
        }
        const head = pending.shift();
        if (head === undefined) return;
        yield* await head;
      }
    } finally {
      if (!inputDone) await iterator.return?.();
    }
  }
  const stream: Stream = (claims, format, streamOptions) => inBatches(claims, (batch) => run(batch, format), streamOptions);

  const pool: AdjudicatorPool = {
    workers,
    adjudicateMany: (claims, streamOptions = {}) => stream(claims, "object", streamOptions) as AsyncGenerator<AdjudicationResult, void, undefined>,
    adjudicateManyAsJson: (claims, streamOptions = {}) => stream(claims, "json", streamOptions) as AsyncGenerator<AdjudicationResult<string>, void, undefined>,
    async close() {
      await tinypool?.destroy();
    },
  };
  streams.set(pool, { claims: stream, lines: (lines, format, defaults, streamOptions) => inBatches(lines, (batch) => runLines(batch, format, defaults), streamOptions) });
  return pool;
}

type Stream = (claims: AsyncIterable<ClaimToAdjudicate> | Iterable<ClaimToAdjudicate>, format: ResultFormat, options: StreamOptions) => AsyncGenerator<AdjudicationResult<FormattedDecision>, void, undefined>;
type LineStream = (lines: AsyncIterable<ClaimLineToAdjudicate> | Iterable<ClaimLineToAdjudicate>, format: ResultFormat, defaults: LineDefaults, options: StreamOptions) => AsyncGenerator<LineResult, void, undefined>;
/** Each pool's streams, for `adjudicateManyAs` and `adjudicateLinesAs` (not part of the pool's public face). */
const streams = new WeakMap<AdjudicatorPool, { readonly claims: Stream; readonly lines: LineStream }>();

/**
 * A pool's `adjudicateMany` with any result format, `"ndjson-tally"` included (the CLI's: each decision's NDJSON line
 * as UTF-8, with what the run's summary counts of it). Internal: not exported by `claim-adjudicator/many`.
 */
export function adjudicateManyAs(
  pool: AdjudicatorPool,
  claims: AsyncIterable<ClaimToAdjudicate> | Iterable<ClaimToAdjudicate>,
  format: ResultFormat,
  options: StreamOptions = {},
): AsyncGenerator<AdjudicationResult<FormattedDecision>, void, undefined> {
  const stream = streams.get(pool);
  if (stream === undefined) throw new TypeError("adjudicateManyAs takes a pool made by createAdjudicatorPool");
  return stream.claims(claims, format, options);
}

/**
 * A pool's stream of NDJSON lines, each parsed and adjudicated in a worker (`adjudicateLineBatch`): what the CLI's
 * `adjudicate` sends when it reads claims from stdin, so that its own thread neither parses the claims nor copies
 * them to the workers. Results in the lines' order. Internal: not exported by `claim-adjudicator/many`.
 */
export function adjudicateLinesAs(
  pool: AdjudicatorPool,
  lines: AsyncIterable<ClaimLineToAdjudicate> | Iterable<ClaimLineToAdjudicate>,
  format: ResultFormat,
  defaults: LineDefaults,
  options: StreamOptions = {},
): AsyncGenerator<LineResult, void, undefined> {
  const stream = streams.get(pool);
  if (stream === undefined) throw new TypeError("adjudicateLinesAs takes a pool made by createAdjudicatorPool");
  return stream.lines(lines, format, defaults, options);
}

/**
 * `adjudicateMany` of a pool started for this one stream and closed at its end (or when the iteration stops early).
 *
 * @example
 * for await (const result of adjudicateMany({ policy, rules }, claims)) if (result.ok) console.log(result.decision.payable); //=> "3000.00" …
 */
export async function* adjudicateMany(
  config: AdjudicatorConfig,
  claims: AsyncIterable<ClaimToAdjudicate> | Iterable<ClaimToAdjudicate>,
  options: AdjudicatorPoolOptions & StreamOptions = {},
): AsyncGenerator<AdjudicationResult, void, undefined> {
  const pool = createAdjudicatorPool(config, options);
  try {
    yield* pool.adjudicateMany(claims, options);
  } finally {
    await pool.close();
  }
}

/**
 * Batches a worker is sent before it has finished the one it runs (the default `batchesPerWorker`): the next batch is
 * already in its port when it finishes one, so it never waits for this thread to wake and send it another. With one at
 * a time (tinypool's default), each batch cost the worker a round trip through this thread, which on a busy machine
 * waits for a time slice of the scheduler; the batches still run one after the other in the worker, and the results
 * still come in the order of the claims.
 */
const BATCHES_IN_HAND = 2;

/**
 * The pool's worker: `many-worker.js` beside this module once built (or `workerFile`); from the TypeScript sources
 * (tests, tsx), a bootstrap that registers tsx in the worker and loads `many-worker.ts`.
 */
function startWorkers(config: AdjudicatorConfig, workers: number, workerFile: string | URL | undefined): Tinypool {
  const fromSource = import.meta.url.endsWith(".ts");
  const url = workerFile !== undefined ? (workerFile instanceof URL ? workerFile : pathToFileURL(workerFile)) : new URL(fromSource ? "./many-worker-from-source.mjs" : "./many-worker.js", import.meta.url);
  if (url.protocol === "file:" && !existsSync(url)) {
    throw new Error(`the worker module ${fileURLToPath(url)} is missing: ship claim-adjudicator's dist/many-worker.js with a bundle and pass it as workerFile, or use workers: 0`);
  }
  // The operations configuration is JSON too: without it the workers' decisions would lack risk, routing and sampling.
  const workerData: AdjudicatorConfig = {
    policy: config.policy,
    rules: config.rules,
    ...(config.jurisdiction !== undefined ? { jurisdiction: config.jurisdiction } : {}),
    ...(config.operations !== undefined ? { operations: config.operations } : {}),
  };
  return new Tinypool({ filename: url.href, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: BATCHES_IN_HAND, workerData });
}
