import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { createAdjudicator, isValidationError, toDotPath, type ClaimInput } from "../../src/index.js";

// Issue 10 item 3: "A revision whose incident or insured differs from the original is refused." The incident is
// tested in tests/ledger/claim-history.test.ts; the insured here, on the family example (examples/family-medical:
// 张伟 INS-000562-1 and 李娜 INS-000562-2 on one policy). 张伟's first claim decided, the same claim id sent again as
// 李娜's would move the claim, and its deductible and limits, to another person.
const dir = new URL("../../examples/family-medical/", import.meta.url);
const load = (path: string) => JSON.parse(readFileSync(new URL(path, dir), "utf8"));
const adjudicator = createAdjudicator({ policy: load("policy.json"), rules: load("rules.json") });
const husbands = load("history/01-husband-below-the-family-deductible.json") as ClaimInput & { id: string; insuredId: string };

test("the same claim id for the other insured is refused at claim.insuredId, naming whose it was", async () => {
  expect(husbands.insuredId).toBe("INS-000562-1");
  const first = await adjudicator.adjudicate(husbands, { asOf: "2026-03-25" });
  const moved = { ...husbands, insuredId: "INS-000562-2", claimant: { ...husbands.claimant, name: "李娜" } };
  const issues = await adjudicator.adjudicate(moved, { asOf: "2026-03-26", accumulators: first.accumulatorsAfter, revision: { reason: "correction" } }).then(
    () => [],
    (error: unknown) => (isValidationError(error) ? error.issues.map((issue) => [issue.code, toDotPath(issue.path), issue.message]) : [String(error)]),
  );
  expect(issues).toEqual([["invalid_input", "claim.insuredId", `claim "${husbands.id}" was decided as the claim of insured "INS-000562-1": a new decision on it cannot change whose claim it is`]]);
  // The control: the same claim for the same insured is a revision of it.
  const again = await adjudicator.adjudicate(husbands, { asOf: "2026-03-26", accumulators: first.accumulatorsAfter });
  expect([again.revision.number, again.revision.unchanged]).toEqual([1, true]);
});
