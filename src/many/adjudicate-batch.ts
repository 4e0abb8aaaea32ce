import type { Adjudicator } from "../create-adjudicator.js";
import type { Decision } from "../decision/decision-schema.js";
import { isAdjudicatorError } from "../errors/adjudicator-error.js";
import type { AdjudicationResult, ClaimToAdjudicate, ResultFormat } from "./adjudication-result.js";

/**
 * Adjudicates claims one after the other, each to its result: the decision (or its JSON text, with its tally for
 * `"json-tally"`), or, for an error of
 * the library (an invalid claim, a failed rule), the error's name, message and issues. Anything else (a bug met on
 * one claim) is that claim's result too, marked `internal`: the other claims are still adjudicated.
 */
export async function adjudicateBatch(adjudicator: Adjudicator, batch: readonly ClaimToAdjudicate[], format: ResultFormat = "object"): Promise<AdjudicationResult<Decision | string>[]> {
  const results: AdjudicationResult<Decision | string>[] = [];
  for (const { claim, options } of batch) {
    try {
      const decision = await adjudicator.adjudicate(claim, options);
      if (format === "object") results.push({ ok: true, decision });
      else if (format === "json") results.push({ ok: true, decision: JSON.stringify(decision) });
      else results.push({ ok: true, decision: JSON.stringify(decision), tally: { outcome: decision.outcome, currency: decision.currency, payable: decision.payable } });
    } catch (error) {
      if (isAdjudicatorError(error)) results.push({ ok: false, error: { name: error.name, message: error.message }, issues: error.issues });
      else results.push({ ok: false, internal: true, error: { name: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) }, issues: [] });
    }
  }
  return results;
}
