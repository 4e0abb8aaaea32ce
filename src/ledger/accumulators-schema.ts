import { z } from "zod";
import type { AnyCoverageKind } from "../coverage-kinds/coverage-kind-definition.js";
import { COMMON_LEDGER_SHAPE } from "../coverage-kinds/coverage-ledger.js";
import { COVERAGE_KIND_DEFINITIONS } from "../coverage-kinds/coverage-kinds.js";
import { IdSchema } from "../values/primitives.js";

type Shapes<Kinds extends readonly AnyCoverageKind[]> = Kinds extends readonly [infer First extends AnyCoverageKind, ...infer Rest extends AnyCoverageKind[]] ? First["ledgerShape"] & Shapes<Rest> : unknown;

/**
 * What one coverage has used so far in the policy year (or, for lifetime counters such as payouts and disabilities,
 * over the life of the policy): the fields every coverage has, and those of each kind. Every field defaults to
 * nothing used.
 */
export function buildCoverageAccumulatorSchema<const Kinds extends readonly AnyCoverageKind[]>(kinds: Kinds) {
  const shape = Object.assign({}, COMMON_LEDGER_SHAPE, ...kinds.map((kind) => kind.ledgerShape)) as typeof COMMON_LEDGER_SHAPE & Shapes<Kinds>;
  return z.strictObject(shape);
}

/** The ledger for a set of coverage kinds: one entry per coverage id. */
export function buildAccumulatorsSchema<const Kinds extends readonly AnyCoverageKind[]>(kinds: Kinds) {
  return z.strictObject({ coverages: z.record(IdSchema, buildCoverageAccumulatorSchema(kinds)) });
}

export const CoverageAccumulatorSchema = buildCoverageAccumulatorSchema(COVERAGE_KIND_DEFINITIONS);

/**
 * Policy-year ledger per coverage: comes into `adjudicate`, and the decision returns the updated one.
 * A coverage not listed has used nothing yet.
 */
export const AccumulatorsSchema = buildAccumulatorsSchema(COVERAGE_KIND_DEFINITIONS);
export type Accumulators = z.output<typeof AccumulatorsSchema>;
export type AccumulatorsInput = z.input<typeof AccumulatorsSchema>;
export type CoverageAccumulator = z.output<typeof CoverageAccumulatorSchema>;
