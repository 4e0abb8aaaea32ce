import { describe, expect, test } from "vitest";
import { createAdjudicator, explainDecision } from "../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

const inWaiting = smallClaim([{ amount: "800.00" }], { incident: { date: "2026-01-10", type: "illness", diagnosisCodes: ["J18.9"], description: "pneumonia" }, reportedOn: "2026-01-11", submittedOn: "2026-01-20" });

describe("automated decisions (PIPL art. 24)", () => {
  test("a denial made with no person in the loop says so, and its explanation quotes the clause and the evidence", async () => {
    const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
    const decision = await adjudicator.adjudicate(inWaiting, { asOf: "2026-01-25" });
    expect(decision.outcome).toBe("denied");
    expect(decision.automation).toEqual({ automated: true, significant: true, humanConfirmationRequired: false });
    const explanation = explainDecision(decision, adjudicator.policy);
    expect(explanation.reasons.map((reason) => [reason.code, reason.clause?.title.en, reason.clause?.text.zh])).toEqual([["WAITING_PERIOD", "Waiting period", "等待期内因疾病发生的费用不赔。"]]);
    expect(explanation.rules[0]?.evidence).toEqual([{ path: "all[0]", fact: "waitingPeriodPassed", operator: "equal", expected: false, actual: false, result: true }]);
    expect(explanation.rights.zh).toContain("第二十四条");
    expect(explanation.decisionId).toBe(decision.meta.decisionId);
  });

  test("an approval in full is automated but not significant", async () => {
    const decision = await createAdjudicator({ policy: smallPolicy(), rules: smallRules() }).adjudicate(smallClaim([{ amount: "12000.00" }]), { asOf: "2026-06-20" });
    expect([decision.outcome, decision.automation.significant]).toEqual(["approved", false]);
  });

  test("a policy that wants people to confirm denials gets a referral with the denial's reasons, and nothing paid", async () => {
    const adjudicator = createAdjudicator({ policy: { ...smallPolicy(), automation: { denials: "refer" } }, rules: smallRules() });
    const decision = await adjudicator.adjudicate(inWaiting, { asOf: "2026-01-25" });
    expect([decision.outcome, decision.payable]).toEqual(["referred", "0.00"]);
    expect(decision.reasons.map((reason) => reason.code)).toEqual(["HUMAN_CONFIRMATION_REQUIRED", "WAITING_PERIOD"]);
    expect(decision.automation).toEqual({ automated: true, significant: true, humanConfirmationRequired: true });
    expect(decision.counters.after).toEqual(decision.counters.before);
  });
});
