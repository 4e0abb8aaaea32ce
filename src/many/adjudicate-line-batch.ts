import type { Adjudicator } from "../create-adjudicator.js";
import type { TextProblem } from "../values/parse-json-text.js";
import { whatIfOptions } from "../what-if/compare-rule-sets.js";
import { readClaimLineText } from "../what-if/parse-claim-lines.js";
import { adjudicateOne } from "./adjudicate-batch.js";
import type { AdjudicationResult, FormattedDecision, ResultFormat } from "./adjudication-result.js";

/**
 * One line of NDJSON for a worker to parse and adjudicate: the CLI reads its input as text and leaves the JSON to
 * the thread that adjudicates the claim, so that the thread that reads and writes for a pool does not parse every
 * claim and copy it to a worker too. Internal: not exported by `claim-adjudicator/many`.
 */
export interface ClaimLineToAdjudicate {
  /** The line's text, without its newline. */
  readonly line: string;
  /** Names the line in messages, e.g. `stdin:17`. */
  readonly label: string;
}

/** What every line of a stream shares: the decision date of a bare claim, and the ledger of a line that gives none. */
export interface LineDefaults {
  /** A date, or `"submitted"` (each claim as of its own `submittedOn`). */
  readonly asOf?: string;
  readonly accumulators?: unknown;
}

/** What became of one line: whether it is an envelope, and its claim's result, or why it holds no claim to adjudicate. */
export interface LineResult<D = FormattedDecision> {
  /** The claim sits under `"claim"` in the line (its JSON paths start there), or is the line itself. */
  readonly envelope: boolean;
  /** Why the line holds no claim (not JSON, a repeated key, not a claim object, no decision date), with its text's problems at their columns. */
  readonly unreadable?: { readonly message: string; readonly problems: readonly TextProblem[] };
  /** The claim's decision, or why it could not be adjudicated: what `adjudicateBatch` gives. */
  readonly result?: AdjudicationResult<D>;
}

/**
 * Parses each line as the CLI's `readClaimLines` would and adjudicates the claim it holds, with the date and ledger
 * of its envelope, or else those of `defaults`: each result is byte for byte what parsing the line here and
 * calling `adjudicateBatch` gives.
 */
export async function adjudicateLineBatch(adjudicator: Adjudicator, lines: readonly ClaimLineToAdjudicate[], format: ResultFormat, defaults: LineDefaults): Promise<LineResult[]> {
  const results: LineResult[] = [];
  const dated = defaults.asOf === undefined ? {} : { asOf: defaults.asOf };
  for (const { line, label } of lines) {
    const read = readClaimLineText(line, label, dated);
    const entry = read.entry;
    if ("unreadable" in entry) {
      results.push({ envelope: read.envelope, unreadable: { message: entry.unreadable, problems: read.problems } });
      continue;
    }
    const options = whatIfOptions({ ...entry, accumulators: entry.accumulators ?? defaults.accumulators });
    results.push({ envelope: read.envelope, result: await adjudicateOne(adjudicator, entry.claim, options, format) });
  }
  return results;
}
