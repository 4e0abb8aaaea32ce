import { describe, expect, test } from "vitest";
import { loadExamples } from "../../examples/load-examples.js";
import { createAdjudicator } from "../../src/index.js";
import { createPrecheck } from "../../src/precheck/index.js";

// The pre-check must say what `adjudicate` says: for every example claim, the missing documents of the pre-check are
// the decision's, entry for entry (type, invoice, problem, requirement or rule, clause, wording), in the same order.
const products = loadExamples();
const cases = products.flatMap((product) => product.cases.map((entry) => ({ product, entry })));

describe("the pre-check agrees with adjudicate on every example claim", () => {
  test("there are example claims, some with documents missing", async () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  const seen = { withMissing: 0, complete: 0 };
  test.each(cases.map(({ product, entry }) => [entry.file, product, entry] as const))("%s", async (_file, product, entry) => {
    const decision = await createAdjudicator({ policy: product.policy, rules: product.rules }).adjudicate(entry.claim, {
      asOf: entry.asOf,
      ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}),
    });
    const answer = createPrecheck({ policy: product.policy, rules: product.rules }).precheck(entry.claim, { asOf: entry.asOf });
    expect(answer.missingDocuments).toEqual(decision.missingDocuments);
    expect(answer.complete).toBe(decision.missingDocuments.length === 0);
    if (answer.complete) seen.complete += 1;
    else seen.withMissing += 1;
  });

  test("both kinds were seen", () => {
    expect(seen.withMissing).toBeGreaterThan(3);
    expect(seen.complete).toBeGreaterThan(3);
  });
});
