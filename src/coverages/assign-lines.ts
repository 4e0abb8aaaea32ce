import type { BillLine } from "../claim/claim-schema.js";
import type { CompiledReimbursementCoverage } from "../policy/compile-policy.js";

/**
 * Which reimbursement coverage assesses each line: the first, in the policy's order, that answers for the incident
 * and lists the line's category; else the first that answers for the incident (it will find the category not
 * covered). A line no reimbursement coverage answers for is assessed by none.
 */
export function assignLines(lines: readonly BillLine[], answering: readonly CompiledReimbursementCoverage[]): ReadonlyMap<string, CompiledReimbursementCoverage | undefined> {
  return new Map(lines.map((line) => [line.id, answering.find((coverage) => coverage.eligibleCategories.has(line.category)) ?? answering[0]]));
}
