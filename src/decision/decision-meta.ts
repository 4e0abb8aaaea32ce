import { sha256Hex } from "../hashing/content-hash.js";
import type { Decision } from "./decision-schema.js";

/** The provenance every decision of one adjudicator shares. */
export type DecisionMetaBase = Pick<Decision["meta"], "ruleSetId" | "ruleSetVersion" | "policyHash" | "ruleSetHash" | "libraryVersion">;

/**
 * The decision's provenance, and an id derived from all of it: the first 128 bits of the SHA-256 of the hashes,
 * rule set id and version, `asOf` and library version, one per line in this order. Same inputs, same id.
 */
export function decisionMeta(base: DecisionMetaBase, claimHash: string, accumulatorsHash: string, asOf: string): Decision["meta"] {
  const inputs = { ...base, claimHash, accumulatorsHash, asOf };
  const line = [inputs.policyHash, inputs.ruleSetHash, claimHash, accumulatorsHash, inputs.ruleSetId, inputs.ruleSetVersion, asOf, inputs.libraryVersion].join("\n");
  return { decisionId: `dec-${sha256Hex(line).slice(0, 32)}`, ...inputs };
}
