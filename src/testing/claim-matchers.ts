import type { Decision, Outcome } from "../decision/decision-schema.js";
import type { CaseExpectation } from "./case-file-schema.js";
import { checkDecision, compareLists, decisionFacts, sameAmount } from "./check-decision.js";
import { formatMismatches } from "./format-case-result.js";

/** The state vitest (or jest) gives a matcher: only what these matchers read. */
interface MatcherContext {
  readonly isNot: boolean;
}

interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
  readonly actual?: unknown;
  readonly expected?: unknown;
}

function asDecision(received: unknown): Decision {
  const decision = received as Partial<Decision> | null;
  if (decision === null || typeof decision !== "object" || typeof decision.outcome !== "string" || !Array.isArray(decision.lines)) {
    throw new TypeError(`expected a decision from adjudicate(), received ${JSON.stringify(received)?.slice(0, 80) ?? String(received)}`);
  }
  return received as Decision;
}

function result(context: MatcherContext, pass: boolean, what: string, actual: unknown, expected: unknown, detail = ""): MatcherResult {
  return {
    pass,
    message: () => `expected the decision ${context.isNot ? "not " : ""}${what}${detail === "" ? "" : `\n${detail}`}`,
    actual,
    expected,
  };
}

function listMatcher(context: MatcherContext, field: string, actual: readonly string[], expected: readonly string[], what: string): MatcherResult {
  const { missing, unexpected } = compareLists(expected, actual);
  const pass = missing.length === 0 && unexpected.length === 0;
  return result(context, pass, what, [...actual].sort(), [...expected].sort(), pass ? "" : formatMismatches([{ kind: "list", field, missing, unexpected }]));
}

/**
 * Matchers for decisions, for `expect.extend` in vitest (or jest):
 *
 * ```ts
 * import { expect } from "vitest";
 * import { claimMatchers } from "claim-adjudicator/testing";
 * expect.extend(claimMatchers);
 * expect(decision).toPay("1234.56");
 * ```
 */
export const claimMatchers = {
  /** The decision's outcome is `outcome`. */
  toHaveOutcome(this: MatcherContext, received: unknown, outcome: Outcome): MatcherResult {
    const decision = asDecision(received);
    return result(this, decision.outcome === outcome, `to have outcome ${outcome}, it is ${decision.outcome}`, decision.outcome, outcome);
  },
  /** The claim's payable equals `amount` as a decimal ("3000" matches "3000.00"). */
  toPay(this: MatcherContext, received: unknown, amount: string): MatcherResult {
    const decision = asDecision(received);
    return result(this, sameAmount(amount, decision.payable), `to pay ${amount}, it pays ${decision.payable}`, decision.payable, amount);
  },
  /** Bill line `lineId` pays `amount`. */
  toPayLine(this: MatcherContext, received: unknown, lineId: string, amount: string): MatcherResult {
    const actual = decisionFacts(asDecision(received)).lines.get(lineId);
    return result(this, sameAmount(amount, actual), `to pay ${amount} on line ${lineId}, it pays ${actual ?? "nothing (no such line)"}`, actual, amount);
  },
  /** Coverage `coverageId` pays `amount`. */
  toPayCoverage(this: MatcherContext, received: unknown, coverageId: string, amount: string): MatcherResult {
    const actual = decisionFacts(asDecision(received)).coverages.get(coverageId);
    return result(this, sameAmount(amount, actual), `to pay ${amount} under coverage ${coverageId}, it pays ${actual ?? "nothing under it"}`, actual, amount);
  },
  /** Rule `ruleId` fired (on the claim or on one of its lines). */
  toTriggerRule(this: MatcherContext, received: unknown, ruleId: string): MatcherResult {
    const fired = decisionFacts(asDecision(received)).triggeredRules;
    return result(this, fired.includes(ruleId), `to trigger rule ${ruleId}; rules that fired: ${fired.length === 0 ? "none" : fired.join(", ")}`, fired, ruleId);
  },
  /** The missing documents are exactly these document types, in any order (one entry per missing document). */
  toRequestDocuments(this: MatcherContext, received: unknown, documentTypes: readonly string[]): MatcherResult {
    return listMatcher(this, "missingDocuments", decisionFacts(asDecision(received)).missingDocuments, documentTypes, `to request documents ${documentTypes.join(", ")}`);
  },
  /** The decision's reason codes are exactly these, in any order (one entry per reason). */
  toHaveReasons(this: MatcherContext, received: unknown, codes: readonly string[]): MatcherResult {
    return listMatcher(this, "reasons", decisionFacts(asDecision(received)).reasons, codes, `to give reasons ${codes.join(", ")}`);
  },
  /** The decision meets a case file's `expect`, with a diff of every difference. */
  toMatchCase(this: MatcherContext, received: unknown, expected: CaseExpectation): MatcherResult {
    const mismatches = checkDecision(asDecision(received), expected);
    return result(this, mismatches.length === 0, "to match the case", received, expected, formatMismatches(mismatches));
  },
};

/**
 * The matchers' signatures. TypeScript learns them from a declaration in the test setup (the library does not
 * augment `vitest` itself, so it builds and type-checks without vitest installed):
 *
 * ```ts
 * import type { ClaimMatchers } from "claim-adjudicator/testing";
 * declare module "vitest" {
 *   interface Matchers<T = any> extends ClaimMatchers<T> {}
 * }
 * ```
 */
export interface ClaimMatchers<R = unknown> {
  /** The decision's outcome is `outcome`. */
  toHaveOutcome(outcome: Outcome): R;
  /** The decision's payable equals `amount`, a decimal string ("3000" equals "3000.00"). */
  toPay(amount: string): R;
  /** Bill line `lineId` pays `amount`. */
  toPayLine(lineId: string, amount: string): R;
  /** Coverage `coverageId` pays `amount`. */
  toPayCoverage(coverageId: string, amount: string): R;
  /** Rule `ruleId` held, on the claim or on one of its lines. */
  toTriggerRule(ruleId: string): R;
  /** The missing documents are exactly these document types. */
  toRequestDocuments(documentTypes: readonly string[]): R;
  /** The decision's reason codes are exactly these, in any order. */
  toHaveReasons(codes: readonly string[]): R;
  /** The decision meets every expectation of a case file's `expect`. */
  toMatchCase(expected: CaseExpectation): R;
}
