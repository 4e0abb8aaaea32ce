import type { Decision } from "../decision/decision-schema.js";
import type { Issue } from "../errors/adjudicator-error.js";
import type { AdjudicateOptions } from "../intake/validate-claim-input.js";
import type { WhatIfView } from "../what-if/compare-rule-sets.js";

/** One claim to adjudicate, with its options: what `adjudicate(claim, options)` takes. */
export interface ClaimToAdjudicate {
  readonly claim: unknown;
  readonly options: AdjudicateOptions;
}

/**
 * What became of one claim: its decision (the `Decision`, or with `adjudicateManyAsJson` its JSON text, as
 * `JSON.stringify` writes it), or the problems that kept it from being adjudicated: a `ValidationError` or
 * `RuleEvaluationError`, by name, with its message and every issue with its JSON path.
 */
export type AdjudicationResult<D = Decision> =
  | {
      readonly ok: true;
      readonly decision: D;
      /** With the internal format `"ndjson-tally"` only (the CLI's): what a run's summary counts of the decision. */
      readonly tally?: DecisionTally;
      readonly error?: never;
      readonly issues?: never;
    }
  | {
      readonly ok: false;
      readonly error: { readonly name: string; readonly message: string };
      readonly issues: readonly Issue[];
      /** Not one of the library's typed errors but a bug met on this claim (to report); the other claims go on. */
      readonly internal?: true;
      readonly decision?: never;
      readonly tally?: never;
    };

/**
 * How a worker sends each decision back: the object (structured clone), or its JSON text (much cheaper to send);
 * `"ndjson-tally"` (internal, the CLI's), the decision's NDJSON line as UTF-8 bytes (its JSON text and a newline)
 * with the decision's `tally` beside it, so that a caller that writes the lines and sums up the run neither encodes
 * each decision nor parses it again on its own thread.
 */
export type ResultFormat = "object" | "json" | "ndjson-tally" | "what-if";

/**
 * A decision in one of the result formats: the object, its JSON text, its NDJSON line as UTF-8 bytes, or (`"what-if"`,
 * internal, the CLI's `diff`) only what a what-if compares of it (`whatIfViewOf`).
 */
export type FormattedDecision = Decision | string | Uint8Array | WhatIfView;

/** What a summary of many decisions counts of each one: read in the worker, beside the JSON text. */
export type DecisionTally = Pick<Decision, "outcome" | "currency" | "payable">;
