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
  const shared = sharedOf(base);
  const parts = `${shared.hashes}\n${claimHash}\n${accumulatorsHash}\n${shared.ids}\n${asOf}\n${shared.tail}`;
  return { decisionId: `dec-${sha256Hex(parts).slice(0, 32)}`, ...shared.core, claimHash, accumulatorsHash, asOf, ...shared.operations } as Decision["meta"];
}

/** What every decision of one adjudicator's `base` shares, worked out once per base object (which is never changed). */
interface SharedMeta {
  /** The base without the operations configuration's provenance, in its own key order. */
  readonly core: Readonly<Record<string, unknown>>;
  readonly operations: Readonly<Record<string, unknown>>;
  /** Lines of the id's text: the policy and rule set hashes; the rule set id and version; the library version and the operations hash. */
  readonly hashes: string;
  readonly ids: string;
  readonly tail: string;
}

const SHARED = new WeakMap<DecisionMetaBase, SharedMeta>();

function sharedOf(base: DecisionMetaBase): SharedMeta {
  const cached = SHARED.get(base);
  if (cached !== undefined) return cached;
  const { operationsId, operationsVersion, operationsHash, ...core } = base;
  const operations = operationsHash === undefined ? {} : { ...(operationsId !== undefined ? { operationsId } : {}), ...(operationsVersion !== undefined ? { operationsVersion } : {}), operationsHash };
  const shared: SharedMeta = {
    core,
    operations,
    hashes: `${core.policyHash}\n${core.ruleSetHash}`,
    ids: `${core.ruleSetId}\n${core.ruleSetVersion}`,
    tail: operationsHash === undefined ? core.libraryVersion : `${core.libraryVersion}\n${operationsHash}`,
  };
  SHARED.set(base, shared);
  return shared;
}
