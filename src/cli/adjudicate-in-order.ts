import { availableParallelism } from "node:os";
import type { Adjudicator, AdjudicatorConfig } from "../create-adjudicator.js";
import type { Decision } from "../decision/decision-schema.js";
import { adjudicateBatch } from "../many/adjudicate-batch.js";
import type { AdjudicationResult, ClaimToAdjudicate, ResultFormat } from "../many/adjudication-result.js";
import { adjudicateManyAs, createAdjudicatorPool } from "../many/adjudicator-pool.js";
import { UsageError } from "./cli-io.js";

/** Below this many claims a command adjudicates in its own thread: starting workers would cost more than it saves. */
export const POOL_THRESHOLD = 64;

/** One entry of a command's input, in order: a claim to adjudicate with what the command needs to report on it, or only the latter. */
export interface OrderedEntry<T> {
  readonly tag: T;
  readonly claim?: ClaimToAdjudicate;
}

/** An entry handed back in input order, with the result of its claim if it had one. */
export interface OrderedResult<T> {
  readonly tag: T;
  /** The decision (its JSON text with `format: "json"` or `"json-tally"`, with its tally for the latter), or why there is none. */
  readonly result?: AdjudicationResult<Decision | string>;
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
 * (read ahead to know), on a pool of worker threads, reading the input only as fast as the workers take it;
 * otherwise in this thread with `adjudicator`. Either way each result is what `adjudicate` gives, byte for byte.
 */
export async function* adjudicateInOrder<T>(
  adjudicator: Adjudicator,
  config: AdjudicatorConfig,
  entries: AsyncIterable<OrderedEntry<T>> | Iterable<OrderedEntry<T>>,
  options: { readonly workers: number; readonly format: ResultFormat },
): AsyncGenerator<OrderedResult<T>, void, undefined> {
  const { format } = options;
  const iterator = Symbol.asyncIterator in entries ? entries[Symbol.asyncIterator]() : entries[Symbol.iterator]();
  const ahead: OrderedEntry<T>[] = [];
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
      else yield { tag: entry.tag, result: (await adjudicateBatch(adjudicator, [entry.claim], format))[0] as AdjudicationResult<Decision | string> };
    }
    return;
  }

  // The pool reads claims as it needs them; the entries read meanwhile wait here, in order, for their results.
  const waiting: OrderedEntry<T>[] = [];
  const feed = async function* (): AsyncGenerator<ClaimToAdjudicate> {
    const pass = (entry: OrderedEntry<T>) => {
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
  const pool = createAdjudicatorPool(config, { workers: options.workers });
  try {
    const results = adjudicateManyAs(pool, feed(), format);
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
