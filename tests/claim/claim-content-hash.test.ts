import { describe, expect, test } from "vitest";
import { claimContentHash } from "../../src/claim/claim-content-hash.js";
import { ClaimSchema } from "../../src/claim/claim-schema.js";
import { contentHash, createAdjudicator } from "../../src/index.js";
import { medicalClaim, medicalPolicy, medicalRules } from "../store/support/medical-fixtures.js";

// A claim's `$schema` says where its JSON schema is, for an editor: the same claim sent with and without it was
// hashed as two claims, and deciding it again on its own ledger made revision 2 instead of an unchanged retry.
const POINTER = "https://claim-adjudicator.dev/schemas/claim.schema.json";

describe("the claim hash leaves out $schema", () => {
  const adjudicator = createAdjudicator({ policy: medicalPolicy(), rules: medicalRules() });
  const claim = medicalClaim("02");

  test("with and without $schema, and with another pointer: one hash, that of the claim without it", () => {
    const bare = ClaimSchema.parse(claim);
    const hashes = [bare, ClaimSchema.parse({ $schema: POINTER, ...claim }), ClaimSchema.parse({ ...claim, $schema: "./claim.schema.json" })].map(claimContentHash);
    expect(new Set(hashes)).toEqual(new Set([contentHash(bare)]));
    // What the claim says still counts: another amount is another claim.
    expect(claimContentHash(ClaimSchema.parse({ ...claim, lines: [{ ...claim.lines[0], amount: "16500.01" }, ...claim.lines.slice(1)] }))).not.toBe(hashes[0]);
  });

  test("a decision's claimHash and decisionId do not depend on it", async () => {
    const without = await adjudicator.adjudicate(claim, { asOf: "2026-06-01" });
    const withPointer = await adjudicator.adjudicate({ $schema: POINTER, ...claim }, { asOf: "2026-06-01" });
    expect(withPointer.meta.claimHash).toBe(without.meta.claimHash);
    expect(withPointer.meta.decisionId).toBe(without.meta.decisionId);
    expect(JSON.stringify(withPointer)).toBe(JSON.stringify(without));
  });

  test("the claim sent again with $schema on its own ledger is the same decision, unchanged, revision 1, the ledger as it was", async () => {
    const first = await adjudicator.adjudicate(claim, { asOf: "2026-06-01" });
    expect(first.payable).toBe("3000.00");
    const again = await adjudicator.adjudicate({ $schema: POINTER, ...claim }, { asOf: "2026-06-01", accumulators: first.accumulatorsAfter });
    expect(again.revision).toMatchObject({ number: 1, unchanged: true });
    expect(again.accumulatorsAfter).toEqual(first.accumulatorsAfter);
  });
});
