import { z } from "zod";
import type { AnyCoverageKind } from "../coverage-kinds/coverage-kind-definition.js";
import { COMMON_LEDGER_SHAPE } from "../coverage-kinds/coverage-ledger.js";
import { COVERAGE_KIND_DEFINITIONS } from "../coverage-kinds/coverage-kinds.js";
import { IdSchema } from "../values/primitives.js";

type Shapes<Kinds extends readonly AnyCoverageKind[]> = Kinds extends readonly [infer First extends AnyCoverageKind, ...infer Rest extends AnyCoverageKind[]] ? First["ledgerShape"] & Shapes<Rest> : unknown;

/**
 * What one coverage has used so far, as one claim sees it: the fields every coverage has, and those of each kind,
 * each added up over the claims its scope spans (the policy year, the insured's life, the incident, the family).
 * Every field defaults to nothing used.
 */
export function buildCoverageAccumulatorSchema<const Kinds extends readonly AnyCoverageKind[]>(kinds: Kinds) {
  const shape = Object.assign({}, COMMON_LEDGER_SHAPE, ...kinds.map((kind) => kind.ledgerShape)) as typeof COMMON_LEDGER_SHAPE & Shapes<Kinds>;
  return z.strictObject(shape);
}

/**
 * What one claim added to a coverage's counters, for a set of coverage kinds: the same fields, each optional and
 * without its default, so a record holds only what the claim changed.
 */
export function buildContributionSchema<const Kinds extends readonly AnyCoverageKind[]>(kinds: Kinds) {
  const entry = buildCoverageAccumulatorSchema(kinds);
  const shape = Object.fromEntries(Object.entries(entry.shape).map(([field, schema]) => [field, (schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : (schema as z.ZodType)).optional()]));
  return z.strictObject(shape) as unknown as ReturnType<typeof entry.partial>;
}

/** Counters for a set of coverage kinds: one entry per coverage id. */
export function buildCountersSchema<const Kinds extends readonly AnyCoverageKind[]>(kinds: Kinds) {
  return z.strictObject({ coverages: z.record(IdSchema, buildCoverageAccumulatorSchema(kinds)) });
}

/** The schema of one coverage's counters for the library's coverage kinds. */
export const CoverageAccumulatorSchema = buildCoverageAccumulatorSchema(COVERAGE_KIND_DEFINITIONS);

/**
 * The counters of every coverage as one claim saw them (`decision.counters.before`) and left them
 * (`decision.counters.after`); as an option of `adjudicate` (`accumulators`), counters carried in from before the
 * ledger began. A coverage not listed has used nothing yet.
 */
export const CountersSchema = buildCountersSchema(COVERAGE_KIND_DEFINITIONS);
/** What was already used of each coverage (paid, deductible used, days, payouts), by coverage id, as its schema gives it. */
export type Counters = z.output<typeof CountersSchema>;
/** Counters as they may be given (fields with defaults may be left out). */
export type CountersInput = z.input<typeof CountersSchema>;
/** What one coverage already used: paid, deductible used, and each kind's own counters. */
export type CoverageAccumulator = z.output<typeof CoverageAccumulatorSchema>;
