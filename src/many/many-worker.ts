/**
 * The worker of an adjudicator pool: builds the adjudicator once from the pool's `workerData` (policy, rules and
 * jurisdiction as JSON) and adjudicates the batches it is sent.
 */
import { Tinypool } from "tinypool";
import { createAdjudicator, type AdjudicatorConfig } from "../create-adjudicator.js";
import type { Decision } from "../decision/decision-schema.js";
import type { AdjudicationResult, ClaimToAdjudicate, ResultFormat } from "./adjudication-result.js";
import { adjudicateBatch } from "./adjudicate-batch.js";

const adjudicator = createAdjudicator(Tinypool.workerData as AdjudicatorConfig);

/** One task of the pool: a batch of claims, and how to send their decisions back. */
export interface WorkerTask {
  readonly batch: readonly ClaimToAdjudicate[];
  readonly format: ResultFormat;
}

export default function adjudicateInWorker(task: WorkerTask): Promise<AdjudicationResult<Decision | string>[]> {
  return adjudicateBatch(adjudicator, task.batch, task.format);
}
