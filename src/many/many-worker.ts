/**
 * The worker of an adjudicator pool: builds the adjudicator once from the pool's `workerData` (policy, rules and
 * jurisdiction as JSON) and adjudicates the batches it is sent.
 */
import { Tinypool } from "tinypool";
import { createAdjudicator, type AdjudicatorConfig } from "../create-adjudicator.js";
import type { AdjudicationResult, ClaimToAdjudicate, FormattedDecision, ResultFormat } from "./adjudication-result.js";
import { adjudicateBatchAs } from "./adjudicate-batch.js";
import { adjudicateLineBatch, type ClaimLineToAdjudicate, type LineDefaults, type LineResult } from "./adjudicate-line-batch.js";

const adjudicator = createAdjudicator(Tinypool.workerData as AdjudicatorConfig);

/** One task of the pool: a batch of claims, or of NDJSON lines to parse first with what they share, and how to send their decisions back. */
export type WorkerTask =
  | { readonly batch: readonly ClaimToAdjudicate[]; readonly format: ResultFormat }
  | { readonly lines: readonly ClaimLineToAdjudicate[]; readonly format: ResultFormat; readonly defaults: LineDefaults };

export default function adjudicateInWorker(task: WorkerTask): Promise<AdjudicationResult<FormattedDecision>[] | LineResult[]> {
  return "lines" in task ? adjudicateLineBatch(adjudicator, task.lines, task.format, task.defaults) : adjudicateBatchAs(adjudicator, task.batch, task.format);
}
