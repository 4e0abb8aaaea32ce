import { describe, expect, expectTypeOf, test } from "vitest";
import { loadExamples } from "../../examples/load-examples.js";
import { createAdjudicator, DecisionSchema, renderNotice, ValidationError, type Decision, type DeniedDecision, type PendingDocumentsDecision } from "../../src/index.js";

// Issue 8: `Decision` was one flat object with `outcome` an enum, so a consumer re-checked fields the outcome already
// settles. It is now a union told apart by `outcome`: a denial has at least one reason (PRC Insurance Law art. 24:
// every denial states its reasons), a claim pending documents names at least one (art. 22: every missing document at once).

type Reason = Decision["reasons"][number];
type MissingDocument = Decision["missingDocuments"][number];

describe("Decision, a union by outcome", () => {
  test("narrowing on outcome gives the first reason of a denial and the first missing document, without an undefined check", () => {
    expectTypeOf<DeniedDecision["reasons"][0]>().toEqualTypeOf<Reason>();
    expectTypeOf<PendingDocumentsDecision["missingDocuments"][0]>().toEqualTypeOf<MissingDocument>();
    const firstProblem = (decision: Decision): string | undefined => {
      switch (decision.outcome) {
        case "denied":
          return decision.reasons[0].message.en;
        case "pending_documents":
          return decision.missingDocuments[0].description.en;
        default:
          return undefined;
      }
    };
    expectTypeOf(firstProblem).returns.toEqualTypeOf<string | undefined>();
  });

  test("every example decision is of its outcome's shape, by the decision schema", async () => {
    const seen = new Set<string>();
    for (const example of loadExamples()) {
      const adjudicator = createAdjudicator({ policy: example.policy, rules: example.rules });
      for (const entry of example.cases) {
        const decision = await adjudicator.adjudicate(entry.claim, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) });
        const parsed = DecisionSchema.safeParse(decision);
        expect(parsed.success, `${entry.file ?? entry.name}: ${parsed.error?.message ?? ""}`).toBe(true);
        if (decision.outcome === "denied") expect(decision.reasons.length).toBeGreaterThan(0);
        if (decision.outcome === "pending_documents") expect(decision.missingDocuments.length).toBeGreaterThan(0);
        seen.add(decision.outcome);
      }
    }
    expect(seen).toEqual(new Set(["approved", "partially_approved", "denied", "pending_documents", "referred"]));
  });

  test.each([
    { outcome: "denied", field: "reasons", message: "A denial must state at least one reason with its clause." },
    { outcome: "pending_documents", field: "missingDocuments", message: "A decision pending documents must name at least one missing document." },
  ] as const)("a $outcome decision read back without its $field is refused with the path", async ({ outcome, field, message }) => {
    const example = loadExamples().find((product) => product.cases.some((entry) => entry.expect.outcome === outcome));
    const entry = example?.cases.find((item) => item.expect.outcome === outcome);
    if (example === undefined || entry === undefined) throw new Error(`no example claim is ${outcome}`);
    const decision = await createAdjudicator({ policy: example.policy, rules: example.rules }).adjudicate(entry.claim, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) });
    expect(decision.outcome).toBe(outcome);
    const emptied: unknown = { ...decision, [field]: [] };
    const parsed = DecisionSchema.safeParse(emptied);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([[field, message]]);
    let thrown: unknown;
    try {
      renderNotice(emptied as Decision, { locale: "en", audience: "claimant" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues.map((issue) => [issue.path.join("."), issue.message])).toContainEqual([`decision.${field}`, message]);
  });
});
