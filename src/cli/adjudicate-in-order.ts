import { availableParallelism } from "node:os";
import type { Adjudicator, AdjudicatorConfig } from "../create-adjudicator.js";
import { adjudicateOne } from "../many/adjudicate-batch.js";
import { adjudicateLineBatch, type ClaimLineToAdjudicate, type LineDefaults, type LineResult } from "../many/adjudicate-line-batch.js";
import type { AdjudicationResult, ClaimToAdjudicate, FormattedDecision, ResultFormat } from "../many/adjudication-result.js";
import { adjudicateLinesAs, adjudicateManyAs, createAdjudicatorPool, type AdjudicatorPool } from "../many/adjudicator-pool.js";
import { UsageError } from "./cli-io.js";

/** Below this many claims a command adjudicates in its own thread: starting workers would cost more than it saves. */
export const POOL_THRESHOLD = 64;

/** One entry of a command's input, in order: a claim (or a line holding one) to adjudicate with what the command needs to report on it, or only the latter. */
export interface OrderedEntry<T, W = ClaimToAdjudicate> {
  readonly tag: T;
  readonly claim?: W;
}

/** An entry handed back in input order, with the result of its claim if it had one. */
export interface OrderedResult<T, R = AdjudicationResult<FormattedDecision>> {
  readonly tag: T;
  /** What the work gave: the decision in the format asked for (with `lineWork`, with what the line held), or why there is none. */
  readonly result?: R;
}

/** Worker threads started for one stream of items: the results in the items' order, and how to stop the threads. */
export interface StartedPool<W, R> {
  readonly results: (items: AsyncIterable<W>) => AsyncGenerator<R, void, undefined>;
  readonly close: () => Promise<void>;
}

/** How the entries' claims are adjudicated: one at a time in this thread, or a stream of them on worker threads. */
export interface AdjudicationWork<W, R> {
  readonly one: (item: W) => Promise<R>;
  readonly start: (workers: number) => StartedPool<W, R>;
}

/** One pool of `config`, its stream of items given by `many`. */
function startPool<W, R>(config: AdjudicatorConfig, workers: number, many: (pool: AdjudicatorPool, items: AsyncIterable<W>) => AsyncGenerator<R, void, undefined>): StartedPool<W, R> {
  const pool = createAdjudicatorPool(config, { workers });
  return { results: (items) => many(pool, items), close: () => pool.close() };
}

/** Claims already read, each to its result in `format`: here with `adjudicator`, or on a pool of `config`. */
export function claimWork(adjudicator: Adjudicator, config: AdjudicatorConfig, format: ResultFormat): AdjudicationWork<ClaimToAdjudicate, AdjudicationResult<FormattedDecision>> {
  return { one: (item) => adjudicateOne(adjudicator, item.claim, item.options, format), start: (workers) => startPool(config, workers, (pool, items) => adjudicateManyAs(pool, items, format)) };
}

/** NDJSON lines, each parsed where it is adjudicated (in a worker on a pool), with what the lines share. */
export function lineWork(adjudicator: Adjudicator, config: AdjudicatorConfig, format: ResultFormat, defaults: LineDefaults): AdjudicationWork<ClaimLineToAdjudicate, LineResult> {
  return {
    one: async (item) => (await adjudicateLineBatch(adjudicator, [item], format, defaults))[0] as LineResult,
    start: (workers) => startPool(config, workers, (pool, items) => adjudicateLinesAs(pool, items, format, defaults)),
  };
}

/** `--workers <n>`: a whole number of worker threads, the number of cores when not given; 0 and 1 adjudicate in this thread (one worker beside it was measured no faster). */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 0) throw new UsageError(`--workers must be a whole number of threads (0: none), not "${value}"`);
  return workers;
}

/**
 * Adjudicates a command's entries in input order. With more than one worker and at least `POOL_THRESHOLD` claims
 * (read ahead to know), on the work's worker threads, reading the input only as fast as the workers take it;
 * otherwise in this thread. Either way each result is what `adjudicate` gives, byte for byte.
 */
export async function* adjudicateInOrder<T, W, R>(
  entries: AsyncIterable<OrderedEntry<T, W>> | Iterable<OrderedEntry<T, W>>,
  options: { readonly workers: number; readonly work: AdjudicationWork<W, R> },
): AsyncGenerator<OrderedResult<T, R>, void, undefined> {
  const { work } = options;
  const iterator = Symbol.asyncIterator in entries ? entries[Symbol.asyncIterator]() : entries[Symbol.iterator]();
  const ahead: OrderedEntry<T, W>[] = [];
  let claims = 0;
  let ended = false;
  while (options.workers > 1 && claims < POOL_THRESHOLD) {
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    ahead.push(next.value);
    if (next.value.claim !== undefined) claims++;
  }

  if (options.workers <= 1 || ended) {
    const rest = async function* () {
      yield* ahead;
      if (!ended) for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
    };
    for await (const entry of rest()) {
      if (entry.claim === undefined) yield { tag: entry.tag };
      else yield { tag: entry.tag, result: await work.one(entry.claim) };
    }
    return;
  }

  // The pool reads claims as it needs them; the entries read meanwhile wait here, in order, for their results.
  const waiting: OrderedEntry<T, W>[] = [];
  const feed = async function* (): AsyncGenerator<W> {
    const pass = (entry: OrderedEntry<T, W>) => {
      waiting.push(entry);
      return entry.claim;
    };
    for (const entry of ahead) {
      const claim = pass(entry);
      if (claim !== undefined) yield claim;
    }
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      const claim = pass(next.value);
      if (claim !== undefined) yield claim;
    }
  };
  const pool = work.start(options.workers);
  try {
    const results = pool.results(feed());
    for await (const result of results) {
      for (let entry = waiting.shift(); entry !== undefined; entry = waiting.shift()) {
        if (entry.claim === undefined) {
          yield { tag: entry.tag };
          continue;
        }
        yield { tag: entry.tag, result };
        break;
      }
    }
    for (const entry of waiting.splice(0)) yield { tag: entry.tag };
  } finally {
    await pool.close();
  }
}
