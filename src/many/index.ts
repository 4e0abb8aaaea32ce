/**
 * `claim-adjudicator/many`: adjudicating a stream of claims on every core, in order, with bounded memory. Not part
 * of the core: it starts worker threads.
 */
export { adjudicateMany, createAdjudicatorPool } from "./adjudicator-pool.js";
export type { AdjudicatorPool, AdjudicatorPoolOptions, StreamOptions } from "./adjudicator-pool.js";
export { adjudicateBatch } from "./adjudicate-batch.js";
export type { AdjudicationResult, ClaimToAdjudicate } from "./adjudication-result.js";
