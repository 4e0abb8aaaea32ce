import { z } from "zod";
import { COVERAGE_TERM_KINDS } from "../codes/coverage-terms.js";
import { IdSchema, LocalizedTextSchema, MoneyStringSchema } from "../values/primitives.js";

/** The statuses a coverage may have in a decision. */
export const COVERAGE_STATUSES = ["paid", "nothing_payable", "refused", "referred", "not_applicable"] as const;
/** How a coverage answered for the claim: `paid`, `nothing_payable`, `refused`, `referred` or `not_applicable`. */
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/** A term a coverage applied (its deductible, its ratio), with its figure: what the explanation names. */
export const CoverageTermSchema = z.strictObject({
  kind: z.enum(COVERAGE_TERM_KINDS),
  /** A decimal string: an amount for deductibles, a rate for the ratio. */
  value: z.string(),
  /** A deductible the family shares (`deductibleLevel: "family"`): the family's, not the insured's. */
  family: z.literal(true).optional(),
  /**
   * A deductible earlier claims had already met part or all of (this policy year's, or this incident's for a
   * per-incident deductible): how much, as a decimal string; absent when they had met none of it.
   */
  metBefore: MoneyStringSchema.optional(),
  /** When the coverage applied more than one ratio: the bill lines this one applied to. */
  lines: z.array(IdSchema).min(1).optional(),
});
/** A term of a coverage the decision applied: its kind (limit, deductible, ratio, …) and value. */
export type CoverageTerm = z.output<typeof CoverageTermSchema>;

/** What each coverage of the policy made of the claim. `kind` is its coverage kind; the decision's schema lists them. */
export const DecisionCoverageSchema = z.strictObject({
  coverageId: IdSchema,
  kind: IdSchema,
  clauseId: IdSchema,
  name: LocalizedTextSchema,
  /**
   * `paid`: it pays something; `nothing_payable`: it applies but pays nothing (e.g. below the deductible);
   * `refused`: it would apply but a term refuses it (waiting period, ended, outside the period); `referred`: a person
   * must decide (e.g. a disability assessed too late); `not_applicable`: the claim does not concern it.
   */
  status: z.enum(COVERAGE_STATUSES),
  payable: MoneyStringSchema,
  /** Reason codes of a refusal or referral. */
  reasons: z.array(z.string()),
  /** The terms it applied (its deductible, its ratio), in the order it applied them; absent when it applied none. */
  terms: z.array(CoverageTermSchema).optional(),
});
/** What one coverage did on the claim: its status, payable, reasons and the terms it applied. */
export type DecisionCoverage = z.output<typeof DecisionCoverageSchema>;
