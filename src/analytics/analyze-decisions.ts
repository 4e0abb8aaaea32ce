import { ValidationError } from "../errors/validation-error.js";
import type { DecisionAnalytics } from "./analytics-report.js";
import { type AnalyzeDecisionsOptions, DecisionAnalyzer } from "./decision-analyzer.js";
import type { DecisionInput } from "./decision-record-schema.js";

/** The options of one `analyzeDecisions` run: the analysis options, and how to report progress. */
export interface AnalyzeDecisionsRun extends AnalyzeDecisionsOptions {
  /** Called after each input with how many were read so far (a progress bar). */
  readonly onProgress?: (read: number) => void;
}

/**
 * The numbers of the operation over a stream of decisions: counts and amounts by outcome, product, coverage and
 * month; approval rate, average and median paid, paid against billed; reasons and rule hit rates; straight-through
 * and referral rates and queue loads; cycle times; statutory-clock compliance; claims waiting for documents;
 * duplicates and flags; providers; month-over-month change. One decision at a time, in constant memory.
 *
 * @param decisions - decisions, records `{ decision, product?, provider?, events? }`, or unreadable lines (from
 *   `parseDecisionLines`), as an iterable or an async iterable
 * @param options - `asOf` (required: the day the report describes) and the limits of `AnalyzeDecisionsOptionsSchema`
 * @returns the report, plain JSON with amounts as decimal strings
 * @throws ValidationError when an option is invalid, e.g. `options.asOf`
 * @example
 * const report = await analyzeDecisions(decisions, { asOf: "2026-12-31" });
 * report.headline.paidThisMonth //=> { count: 412, amount: "1843210.55" }
 */
export async function analyzeDecisions(decisions: Iterable<DecisionInput> | AsyncIterable<DecisionInput>, options: AnalyzeDecisionsRun): Promise<DecisionAnalytics> {
  // Without options (from JavaScript), the options' check says what is missing (`options.asOf`) instead of a TypeError.
  const { onProgress, ...analyzerOptions } = options ?? ({} as AnalyzeDecisionsRun);
  const analyzer = new DecisionAnalyzer(analyzerOptions);
  if (typeof decisions !== "object" || decisions === null || !(Symbol.iterator in decisions || Symbol.asyncIterator in decisions)) {
    throw new ValidationError("decisions", [{ code: "invalid_input", path: ["decisions"], message: "expected an iterable or async iterable of decisions, records or parsed lines (an array, a generator, parseDecisionLines(…))" }]);
  }
  let read = 0;
  if (Symbol.asyncIterator in decisions) {
    for await (const decision of decisions) {
      analyzer.add(decision);
      onProgress?.(++read);
    }
  } else {
    for (const decision of decisions) {
      analyzer.add(decision);
      onProgress?.(++read);
    }
  }
  return analyzer.report();
}
