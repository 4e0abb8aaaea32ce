import { describe, expect, test } from "vitest";
import { createAdjudicator, isValidationError, toDotPath } from "../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

// Signals an insurer passes on a claim (issue 12): declared with their type, read by rules as facts of their names,
// refused when undeclared, of the wrong type, out of range, or missing without a default.
const fraudScore = { name: "fraudScore", type: "number", min: 0, max: 1, description: { en: "The fraud model's score, 0 to 1.", zh: "反欺诈模型评分（0 至 1）。" }, source: "fraud-model v3" } as const;
const einvoiceVerified = { name: "einvoiceVerified", type: "boolean", default: true, description: { en: "The e-invoice platform verified every invoice.", zh: "电子发票平台已查验全部发票。" } } as const;
const rules = smallRules({
  rules: [
    ...smallRules().rules,
    {
      id: "fraud-score-review",
      clauseId: "3.1",
      priority: 5,
      conditions: { all: [{ fact: "fraudScore", operator: "greaterThan", value: 0.8 }] },
      event: { type: "refer", reasonCode: "FRAUD_SCORE_HIGH", message: { zh: "反欺诈评分偏高，需人工审核。", en: "The fraud score is high: a person reviews the claim." } },
    },
    {
      id: "einvoice-not-verified",
      clauseId: "3.1",
      priority: 5,
      conditions: { all: [{ fact: "einvoiceVerified", operator: "equal", value: false }] },
      event: { type: "flag", reasonCode: "EINVOICE_NOT_VERIFIED", message: { zh: "电子发票未通过查验。", en: "An e-invoice was not verified." } },
    },
  ],
});
const adjudicator = createAdjudicator({ policy: { ...smallPolicy(), signals: [fraudScore] }, rules, signals: [einvoiceVerified] });
const claimWith = (signals: Record<string, unknown>) => ({ ...smallClaim([{ amount: "100.00" }]), signals }) as never;

async function paths(claim: unknown): Promise<string[]> {
  const error: unknown = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" }).catch((thrown: unknown) => thrown);
  if (!isValidationError(error)) throw new Error(`expected a ValidationError, got ${String(error)}`);
  return error.issues.map((issue) => `${toDotPath(issue.path)}: ${issue.message}`);
}

describe("claim signals", () => {
  test.each([
    // Boundary on the rule's threshold: just below, at, just above 0.8.
    { score: 0.79, outcome: "approved" },
    { score: 0.8, outcome: "approved" },
    { score: 0.81, outcome: "referred" },
  ])("fraudScore $score: $outcome, with the signal as evidence", async ({ score, outcome }) => {
    const decision = await adjudicator.adjudicate(claimWith({ fraudScore: score }), { asOf: "2026-06-20" });
    expect(decision.outcome).toBe(outcome);
    if (outcome === "referred") {
      expect(decision.triggeredRules.find((rule) => rule.ruleId === "fraud-score-review")?.evidence).toEqual([{ path: "all[0]", fact: "fraudScore", operator: "greaterThan", expected: 0.8, actual: 0.81, result: true }]);
    }
  });

  test("a declared default stands in for a signal the claim does not carry; given, it is read", async () => {
    const byDefault = await adjudicator.adjudicate(claimWith({ fraudScore: 0.1 }), { asOf: "2026-06-20" });
    expect(byDefault.flags).toEqual([]);
    const unverified = await adjudicator.adjudicate(claimWith({ fraudScore: 0.1, einvoiceVerified: false }), { asOf: "2026-06-20" });
    expect(unverified.flags.map((flag) => flag.reasonCode)).toEqual(["EINVOICE_NOT_VERIFIED"]);
  });

  test("refused with their paths: undeclared, wrong type, out of range, required and missing", async () => {
    expect(await paths(claimWith({ fraudScore: 0.2, blacklistHit: true }))).toEqual([
      'claim.signals.blacklistHit: signal "blacklistHit" is not declared (declared: fraudScore, einvoiceVerified): declare it with its type in the policy\'s or the adjudicator\'s signals',
    ]);
    expect(await paths(claimWith({ fraudScore: "0.9" }))).toEqual(['claim.signals.fraudScore: signal "fraudScore" must be a number (got string)']);
    expect(await paths(claimWith({ fraudScore: 1.2 }))).toEqual(['claim.signals.fraudScore: signal "fraudScore" must be at most 1 (got 1.2)']);
    expect(await paths(claimWith({}))).toEqual(['claim.signals.fraudScore: signal "fraudScore" is required on every claim (it has no default): The fraud model\'s score, 0 to 1.']);
  });

  test("a signal may not take a fact's name, and a rule comparing a signal with the wrong type is refused", () => {
    expect(() => createAdjudicator({ policy: { ...smallPolicy(), signals: [{ ...fraudScore, name: "totalBilled" }] }, rules: smallRules() })).toThrow(/policy\.signals\[0\]\.name: signal "totalBilled" is already defined by the library/);
    const wrongType = smallRules({ rules: [{ ...rules.rules[1]!, conditions: { all: [{ fact: "fraudScore", operator: "equal", value: "high" }] } }] });
    expect(() => createAdjudicator({ policy: { ...smallPolicy(), signals: [fraudScore] }, rules: wrongType })).toThrow(/fraudScore/);
  });
});
