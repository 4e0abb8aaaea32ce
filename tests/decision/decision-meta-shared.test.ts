import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { decisionMeta, type DecisionMetaBase } from "../../src/decision/decision-meta.js";
import { sha256Hex } from "../../src/hashing/content-hash.js";

// Issue 15: what every decision of one adjudicator shares in its meta is worked out once per base. The reference is
// the meta as it was built before, for bases with and without an operations configuration.
const reference = (base: DecisionMetaBase, claimHash: string, accumulatorsHash: string, asOf: string) => {
  const inputs = { ...base, claimHash, accumulatorsHash, asOf };
  const { operationsId, operationsVersion, operationsHash, ...core } = inputs;
  const parts = [core.policyHash, core.ruleSetHash, claimHash, accumulatorsHash, core.ruleSetId, core.ruleSetVersion, asOf, core.libraryVersion];
  if (operationsHash !== undefined) parts.push(operationsHash);
  const operations = operationsHash === undefined ? {} : { ...(operationsId !== undefined ? { operationsId } : {}), ...(operationsVersion !== undefined ? { operationsVersion } : {}), operationsHash };
  return { decisionId: `dec-${sha256Hex(parts.join("\n")).slice(0, 32)}`, ...core, ...operations };
};

const baseArb = fc.record(
  {
    ruleSetId: fc.string({ minLength: 1, maxLength: 6 }),
    ruleSetVersion: fc.string({ maxLength: 6 }),
    policyHash: fc.string({ maxLength: 8 }),
    ruleSetHash: fc.string({ maxLength: 8 }),
    libraryVersion: fc.string({ maxLength: 6 }),
    operationsId: fc.string({ maxLength: 6 }),
    operationsVersion: fc.string({ maxLength: 6 }),
    operationsHash: fc.string({ maxLength: 8 }),
  },
  { requiredKeys: ["ruleSetId", "ruleSetVersion", "policyHash", "ruleSetHash", "libraryVersion"] },
);

describe("decisionMeta", () => {
  propTest.prop([baseArb, fc.string(), fc.string(), fc.string({ maxLength: 10 })], { numRuns: 500 })("the same meta, key for key and in order, as before", (base, claimHash, accumulatorsHash, asOf) => {
    const meta = decisionMeta(base, claimHash, accumulatorsHash, asOf);
    expect(JSON.stringify(meta)).toBe(JSON.stringify(reference(base, claimHash, accumulatorsHash, asOf)));
    // A second decision on the same base, from what was worked out once.
    expect(JSON.stringify(decisionMeta(base, `${claimHash}x`, accumulatorsHash, asOf))).toBe(JSON.stringify(reference(base, `${claimHash}x`, accumulatorsHash, asOf)));
  });

  test("a caller changing a returned meta changes no later one", () => {
    const base: DecisionMetaBase = { ruleSetId: "r", ruleSetVersion: "1", policyHash: "p", ruleSetHash: "h", libraryVersion: "0.1.0", operationsHash: "o" };
    const first = decisionMeta(base, "c", "a", "2026-01-01") as Record<string, unknown>;
    first["ruleSetId"] = "changed";
    first["operationsHash"] = "changed";
    expect(decisionMeta(base, "c", "a", "2026-01-01")).toEqual(reference(base, "c", "a", "2026-01-01"));
  });
});
