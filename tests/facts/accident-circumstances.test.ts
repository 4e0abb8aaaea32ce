import { describe, expect, test } from "vitest";
import { createAdjudicator, ValidationError, type ClaimInput, type PolicyInput, type RuleSetInput } from "../../src/index.js";
import { benefitClaim, coveragePolicy } from "../support/fixtures.js";

const text = (en: string, zh = en) => ({ en, zh });
const death: PolicyInput["coverages"][number] = {
  id: "accidental-death",
  kind: "fixed",
  clauseId: "C-accidental-death",
  name: text("Accidental death", "意外身故保险金"),
  incidentTypes: ["accident"],
  sumInsured: "300000.00",
  benefits: [{ id: "death", name: text("Accidental death", "意外身故保险金"), when: { all: [{ fact: "died", operator: "equal", value: true }] } }],
};
// 责任免除: 酒后驾驶、无有效驾驶证驾驶; 潜水、跳伞等高风险运动.
const rules: RuleSetInput = {
  id: "RS-EXCL",
  version: "1",
  rules: [
    {
      id: "drunk-or-unlicensed",
      clauseId: "C-accidental-death",
      name: "Drunk or unlicensed driving",
      conditions: { any: [{ fact: "accidentCircumstances", operator: "contains", value: "drunk_driving" }, { fact: "accidentCircumstances", operator: "contains", value: "unlicensed_driving" }] },
      event: { type: "deny", reasonCode: "EXCLUDED_DRIVING", message: text("Excluded: drunk or unlicensed driving.", "责任免除：酒后驾驶或无有效驾驶证驾驶。") },
    },
    {
      id: "dangerous-sport",
      clauseId: "C-accidental-death",
      name: "Dangerous sport",
      conditions: { all: [{ fact: "accidentCircumstances", operator: "contains", value: "dangerous_sport" }] },
      event: { type: "deny", reasonCode: "EXCLUDED_DANGEROUS_SPORT", message: text("Excluded: a dangerous sport.", "责任免除：从事高风险运动。") },
    },
  ],
};
const adjudicator = createAdjudicator({ policy: coveragePolicy([death]), rules });
const accident = (circumstances: readonly string[]): ClaimInput =>
  benefitClaim({ incident: { date: "2026-05-01", type: "accident", description: "road accident", death: { date: "2026-05-01" }, ...(circumstances.length > 0 ? { circumstances: [...circumstances] as never } : {}) } });

describe("circumstances of an accident as facts, for the usual exclusions", () => {
  test.each([
    { circumstances: [], outcome: "approved", codes: [] },
    { circumstances: ["drunk_driving"], outcome: "denied", codes: ["EXCLUDED_DRIVING"] },
    { circumstances: ["unlicensed_driving", "unlicensed_vehicle"], outcome: "denied", codes: ["EXCLUDED_DRIVING"] },
    { circumstances: ["dangerous_sport"], outcome: "denied", codes: ["EXCLUDED_DANGEROUS_SPORT"] },
    // A fight is a circumstance the rule set does not exclude here.
    { circumstances: ["fight"], outcome: "approved", codes: [] },
  ])("$circumstances: $outcome", async ({ circumstances, outcome, codes }) => {
    const decision = await adjudicator.adjudicate(accident(circumstances), { asOf: "2026-05-05" });
    expect([decision.outcome, decision.reasons.map((reason) => reason.code)]).toEqual([outcome, codes]);
  });

  test("an unknown circumstance is an error at its path", async () => {
    const error = await adjudicator.adjudicate(accident(["speeding"]), { asOf: "2026-05-05" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path.join("."))).toEqual(["claim.incident.circumstances.0"]);
  });
});
