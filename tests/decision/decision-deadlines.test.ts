import { describe, expect, test } from "vitest";
import { createAdjudicator, isValidationError } from "../../src/index.js";
import { deadlineStatus } from "../../src/deadlines/index.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

const text = (en: string) => ({ en, zh: en });
const limitationRule = {
  id: "limitation-26",
  clauseId: "2.1",
  conditions: { all: [{ fact: "limitationPeriodExpired", operator: "equal", value: true }] },
  event: { type: "deny" as const, reasonCode: "LIMITATION_EXPIRED", message: text("Brought after the two-year limitation period.") },
};

describe("claim clocks on the decision", () => {
  test("an approval carries its determination, payment and limitation dates, with their legal basis", async () => {
    const decision = await createAdjudicator({ policy: smallPolicy(), rules: smallRules() }).adjudicate(smallClaim([{ amount: "12000.00" }]), { asOf: "2026-06-20" });
    const byId = decision.deadlines.byId;
    // Incident 2026-06-01: limitation 2 years later, 2028-06-01 (art. 26). Submitted 2026-06-10 with every document:
    // determination within 30 days, 2026-07-10 (art. 23). Determined and agreed 2026-06-20: pay within 10 days, 2026-06-30.
    expect([byId.limitation.dueOn, byId.determination.dueOn, byId.payment.dueOn]).toEqual(["2028-06-01", "2026-07-10", "2026-06-30"]);
    expect(byId.payment.basis.article).toBe("23");
    expect(byId.denialNotice.kind).toBe("not_applicable");
    const status = deadlineStatus(decision, { asOf: "2026-07-01" });
    expect(status.overdue).toEqual(["payment"]);
  });

  test("a product's shorter period comes from the policy's wording, citing its clause", async () => {
    const policy = { ...smallPolicy(), deadlineTerms: { productId: "test-medical", deadlines: { determination: { ordinaryDays: 5, complexDays: 30, clauseId: "5.2" } } } };
    const decision = await createAdjudicator({ policy, rules: smallRules() }).adjudicate(smallClaim([{ amount: "12000.00" }]), { asOf: "2026-06-12" });
    expect(decision.deadlines.byId.determination.dueOn).toBe("2026-06-15");
    expect(decision.deadlines.byId.determination.basis.contractTerm?.clauseId).toBe("5.2");
  });

  test("a product may not lengthen what the law only lets it shorten", () => {
    const policy = { ...smallPolicy(), deadlineTerms: { productId: "test-medical", deadlines: { denialNotice: { days: 10 } } } };
    let caught: unknown;
    try {
      createAdjudicator({ policy, rules: smallRules() });
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    expect((caught as { issues: { path: unknown[] }[] }).issues.map((issue) => issue.path)).toEqual([["policy", "deadlineTerms", "deadlines", "denialNotice", "days"]]);
  });

  test("a rule can deny a claim brought after the limitation period", async () => {
    const adjudicator = createAdjudicator({ policy: { ...smallPolicy(), period: { effective: "2024-01-01", expiry: "2026-12-31" } }, rules: { ...smallRules(), rules: [limitationRule] } });
    const claim = (submittedOn: string) =>
      smallClaim([{ amount: "100.00", serviceDate: "2024-03-01" }], { incident: { date: "2024-02-29", type: "illness", diagnosisCodes: ["K35.8"], description: "x" }, reportedOn: "2024-03-01", submittedOn });
    // 2 years from 2024-02-29 end on 2026-02-28 (no 29 February in 2026).
    expect((await adjudicator.adjudicate(claim("2026-02-28"), { asOf: "2026-03-05" })).outcome).toBe("approved");
    const late = await adjudicator.adjudicate(claim("2026-03-01"), { asOf: "2026-03-05" });
    expect([late.outcome, late.reasons.map((reason) => reason.code)]).toEqual(["denied", ["LIMITATION_EXPIRED"]]);
    expect(late.deadlines.byId.denialNotice.dueOn).toBe("2026-03-08");
  });

  test("missing documents leave the determination waiting", async () => {
    const decision = await createAdjudicator({ policy: smallPolicy(), rules: smallRules() }).adjudicate(smallClaim([{ amount: "100.00" }], { documents: [] }), { asOf: "2026-06-20" });
    expect(decision.outcome).toBe("pending_documents");
    expect(decision.deadlines.byId.determination).toMatchObject({ kind: "undated", dueOn: null, why: { code: "waiting_for_documents" } });
  });
});
