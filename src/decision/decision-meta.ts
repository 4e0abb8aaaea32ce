import { sha256Hex } from "../hashing/content-hash.js";
import type { Decision } from "./decision-schema.js";

/** The provenance every decision of one adjudicator shares. */
export type DecisionMetaBase = Pick<Decision["meta"], "ruleSetId" | "ruleSetVersion" | "policyHash" | "ruleSetHash" | "libraryVersion" | "operationsId" | "operationsVersion" | "operationsHash">;

/**
 * The decision's provenance, and an id derived from all of it: the first 128 bits of the SHA-256 of the hashes,
 * rule set id and version, `asOf` and library version, one per line in this order, then the operations
 * configuration's hash when there is one (so decisions made without one keep their ids). Same inputs, same id.
 */
export function decisionMeta(base: DecisionMetaBase, claimHash: string, accumulatorsHash: string, asOf: string): Decision["meta"] {
  const inputs = { ...base, claimHash, accumulatorsHash, asOf };
  const { operationsId, operationsVersion, operationsHash, ...core } = inputs;
  const parts = [core.policyHash, core.ruleSetHash, claimHash, accumulatorsHash, core.ruleSetId, core.ruleSetVersion, asOf, core.libraryVersion];
  if (operationsHash !== undefined) parts.push(operationsHash);
  const operations = operationsHash === undefined ? {} : { ...(operationsId !== undefined ? { operationsId } : {}), ...(operationsVersion !== undefined ? { operationsVersion } : {}), operationsHash };
  return { decisionId: `dec-${sha256Hex(parts.join("\n")).slice(0, 32)}`, ...core, ...operations };
}
