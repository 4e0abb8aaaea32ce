import type { Adjudicator } from "../create-adjudicator.js";
import type { Decision } from "../decision/decision-schema.js";
import { isAdjudicatorError } from "../errors/adjudicator-error.js";
import { whatIfViewOf } from "../what-if/compare-rule-sets.js";
import type { AdjudicationResult, ClaimToAdjudicate, FormattedDecision, ResultFormat } from "./adjudication-result.js";

/**
 * Adjudicates claims one after the other, each to its result: the decision (or, with `"json"`, its JSON text), or,
 * for an error of the library (an invalid claim, a failed rule), the error's name, message and issues. Anything else
 * (a bug met on one claim) is that claim's result too, marked `internal`: the other claims are still adjudicated.
 */
export function adjudicateBatch(adjudicator: Adjudicator, batch: readonly ClaimToAdjudicate[], format?: "object"): Promise<AdjudicationResult<Decision>[]>;
export function adjudicateBatch(adjudicator: Adjudicator, batch: readonly ClaimToAdjudicate[], format: "json"): Promise<AdjudicationResult<string>[]>;
export function adjudicateBatch(adjudicator: Adjudicator, batch: readonly ClaimToAdjudicate[], format: "object" | "json"): Promise<AdjudicationResult<Decision | string>[]>;
export function adjudicateBatch(adjudicator: Adjudicator, batch: readonly ClaimToAdjudicate[], format: "object" | "json" = "object"): Promise<AdjudicationResult<Decision | string>[]> {
  return adjudicateBatchAs(adjudicator, batch, format) as Promise<AdjudicationResult<Decision | string>[]>;
}

/** `adjudicateBatch` in any result format, the pool's internal ones included. Internal: not exported by `claim-adjudicator/many`. */
export async function adjudicateBatchAs(adjudicator: Adjudicator, batch: readonly ClaimToAdjudicate[], format: ResultFormat): Promise<AdjudicationResult<FormattedDecision>[]> {
  const results: AdjudicationResult<FormattedDecision>[] = [];
  for (const { claim, options } of batch) results.push(await adjudicateOne(adjudicator, claim, options, format));
  return results;
}

/** One claim of a batch to its result, as `adjudicateBatch` gives it. Internal: not exported by `claim-adjudicator/many`. */
export async function adjudicateOne(adjudicator: Adjudicator, claim: unknown, options: ClaimToAdjudicate["options"], format: ResultFormat): Promise<AdjudicationResult<FormattedDecision>> {
  try {
    const decision = await adjudicator.adjudicate(claim, options);
    if (format === "object") return { ok: true, decision };
    if (format === "json") return { ok: true, decision: JSON.stringify(decision) };
    if (format === "what-if") return { ok: true, decision: whatIfViewOf(decision) };
    return { ok: true, decision: UTF8.encode(`${JSON.stringify(decision)}\n`), tally: { outcome: decision.outcome, currency: decision.currency, payable: decision.payable } };
  } catch (error) {
    if (isAdjudicatorError(error)) return { ok: false, error: { name: error.name, message: error.message }, issues: error.issues };
    return { ok: false, internal: true, error: { name: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) }, issues: [] };
  }
}

/** Encodes the NDJSON lines of `"ndjson-tally"` (each its own buffer, as exact as the text). */
const UTF8 = new TextEncoder();
