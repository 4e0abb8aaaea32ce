import type { BillLine } from "../claim/claim-schema.js";
import type { CompiledCoverage } from "../coverage-kinds/coverage-kind-definition.js";

/** A coverage of a kind that pays bill lines, with the expense categories it lists. */
export interface LinePayingCoverage {
  readonly coverage: CompiledCoverage;
  readonly categories: ReadonlySet<string>;
}

/**
 * Which coverage assesses each line: the first, in the policy's order, of those that pay bill lines and answer for
 * the incident, that lists the line's category; else the first of them (it will find the category not covered).
 * A line no such coverage answers for is assessed by none.
 */
export function assignLines(lines: readonly BillLine[], answering: readonly LinePayingCoverage[]): ReadonlyMap<string, CompiledCoverage | undefined> {
  return new Map(lines.map((line) => [line.id, (answering.find((candidate) => candidate.categories.has(line.category)) ?? answering[0])?.coverage]));
}
