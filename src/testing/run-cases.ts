import type { Adjudicator, AdjudicateOptions } from "../create-adjudicator.js";
import { isAdjudicatorError, type Issue } from "../errors/adjudicator-error.js";
import type { RuleEvaluation } from "../rules/compile-rule-set.js";
import type { Decision } from "../decision/decision-schema.js";
import type { CaseExpectation } from "./case-file-schema.js";
import { checkDecision, type CaseMismatch } from "./check-decision.js";
import { collectRuleCoverage, type RuleCoverage } from "./rule-coverage.js";

/** A case ready to run: its claim is the claim itself (a case file's claim path already read). */
export interface TestCase {
  readonly name: string;
  /** Where the case came from, for messages: a file path, or any label. */
  readonly file?: string;
  readonly claim: unknown;
  /** Where the claim came from when it was read from its own file. */
  readonly claimFile?: string;
  readonly asOf: string;
  /** The ledger (or counters) the claim is decided against, typed as `adjudicate` takes it. */
  readonly accumulators?: NonNullable<AdjudicateOptions["accumulators"]> | undefined;
  readonly expect: CaseExpectation;
}

/** The result of one case: passed or failed with its decision and mismatches, or invalid with its problems. */
export type CaseResult =
  | {
      readonly status: "passed" | "failed";
      readonly testCase: TestCase;
      readonly decision: Decision;
      readonly mismatches: readonly CaseMismatch[];
      readonly evaluations: readonly RuleEvaluation[];
    }
  /**
   * The claim or the options were rejected: the case cannot be run as written. `internal`: the library failed with
   * an exception that is not one of its typed errors (a bug to report), `issues` is then empty.
   */
  | { readonly status: "error"; readonly testCase: TestCase; readonly message: string; readonly issues: readonly Issue[]; readonly internal?: true };

/** The result of running case files: each case's result, the rule coverage, and the counts. */
export interface TestRun {
  readonly results: readonly CaseResult[];
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  readonly coverage: RuleCoverage;
}

function optionsOf(testCase: TestCase): AdjudicateOptions {
  return { asOf: testCase.asOf, ...(testCase.accumulators !== undefined ? { accumulators: testCase.accumulators } : {}) } as AdjudicateOptions;
}

/**
 * Adjudicates one case and compares the decision with what the case expects; also traces every rule for coverage.
 * @param adjudicator - from `createAdjudicator({ policy, rules })`
 * @param testCase - the case, with its claim
 * @returns `passed`, `failed` with the mismatches, or `error` when the claim or options are invalid (or, `internal`,
 *   when the library failed on them)
 * @example
 * (await runCase(adjudicator, { name: "x", claim, asOf: "2026-07-24", expect: { outcome: "approved" } })).status; //=> "passed"
 */
export async function runCase(adjudicator: Adjudicator, testCase: TestCase): Promise<CaseResult> {
  try {
    const options = optionsOf(testCase);
    const [decision, evaluations] = await Promise.all([adjudicator.adjudicate(testCase.claim, options), adjudicator.traceRules(testCase.claim, options)]);
    const mismatches = checkDecision(decision, testCase.expect);
    return { status: mismatches.length === 0 ? "passed" : "failed", testCase, decision, mismatches, evaluations };
  } catch (error) {
    if (isAdjudicatorError(error)) return { status: "error", testCase, message: error.message.split("\n")[0] ?? error.message, issues: error.issues };
    // Not one of the library's errors: a bug. This case reports it and the other cases still run.
    const what = error instanceof Error ? `${error.name}: ${error.message.split("\n")[0] ?? ""}` : String(error);
    return { status: "error", testCase, message: `internal error, please report it: ${what}`, issues: [], internal: true };
  }
}

/**
 * Runs cases one after the other and gathers rule coverage over all of them.
 * @param adjudicator - from `createAdjudicator({ policy, rules })`
 * @param cases - the cases, from `readCaseFiles` or built in code
 * @param onResult - called as each case finishes (to print progress)
 * @returns every result, the counts, and the rule coverage
 * @example
 * const run = await runCases(adjudicator, cases);
 * run.failed; //=> 0
 * run.coverage.summary.rulesFired; //=> 13
 */
export async function runCases(adjudicator: Adjudicator, cases: Iterable<TestCase> | AsyncIterable<TestCase>, onResult?: (result: CaseResult) => void): Promise<TestRun> {
  const results: CaseResult[] = [];
  for await (const testCase of cases) {
    const result = await runCase(adjudicator, testCase);
    results.push(result);
    onResult?.(result);
  }
  const traced = results.flatMap((result) => (result.status === "error" ? [] : [{ name: result.testCase.name, evaluations: result.evaluations }]));
  return {
    results,
    passed: results.filter((result) => result.status === "passed").length,
    failed: results.filter((result) => result.status === "failed").length,
    errors: results.filter((result) => result.status === "error").length,
    coverage: collectRuleCoverage(adjudicator.ruleSet, traced),
  };
}
