import { describe, expect, test } from "vitest";
import { createAdjudicator, isValidationError, toDotPath } from "../../src/index.js";
import { PRC_INSURANCE_LAW_PROFILE } from "../../src/deadlines/prc-insurance-law-profile.js";
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
    // Incident 2026-06-01, reported 06-02: the report interrupts the limitation period (Civil Code art. 195), which runs
    // 2 years from it, to Fri 2028-06-02 (art. 26). Submitted 2026-06-10 with every document: determination within
    // 30 days, Fri 2026-07-10 (art. 23). Determined and agreed 2026-06-20: pay within 10 days, Tue 2026-06-30.
    expect([byId.limitation.dueOn, byId.determination.dueOn, byId.payment.dueOn]).toEqual(["2028-06-02", "2026-07-10", "2026-06-30"]);
    expect(byId.limitation).toMatchObject({ countsFrom: "2026-06-02", interruptedOn: ["2026-06-02"] });
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
    const claim = (submittedOn: string, reportedOn = submittedOn) =>
      smallClaim([{ amount: "100.00", serviceDate: "2024-03-01" }], { incident: { date: "2024-02-29", type: "illness", diagnosisCodes: ["K35.8"], description: "x" }, reportedOn, submittedOn });
    // Reported with the claim: 2 years from 2024-02-29 end on 2026-02-28 (no 29 February in 2026), a Saturday, so on
    // Monday 2026-03-02 (Civil Code art. 203).
    expect((await adjudicator.adjudicate(claim("2026-03-02"), { asOf: "2026-03-05" })).outcome).toBe("approved");
    const late = await adjudicator.adjudicate(claim("2026-03-03"), { asOf: "2026-03-05" });
    expect([late.outcome, late.reasons.map((reason) => reason.code)]).toEqual(["denied", ["LIMITATION_EXPIRED"]]);
    expect(late.deadlines.byId.denialNotice).toMatchObject({ dueOn: "2026-03-09", rolledOverFrom: "2026-03-08" }); // Mar 5 + 3 = Sunday
    // Reported on 2025-06-01, within the period: it runs again from then, to Tue 2027-06-01, so the same claim is in time.
    const reported = await adjudicator.adjudicate(claim("2026-03-03", "2025-06-01"), { asOf: "2026-03-05" });
    expect([reported.outcome, reported.deadlines.byId.limitation.dueOn]).toEqual(["approved", "2027-06-01"]);
  });

  test("missing documents: the decision asks for them, so the determination is suspended once the request reaches the claimant", async () => {
    const decision = await createAdjudicator({ policy: smallPolicy(), rules: smallRules() }).adjudicate(smallClaim([{ amount: "100.00" }], { documents: [] }), { asOf: "2026-06-20" });
    expect(decision.outcome).toBe("pending_documents");
    expect(decision.deadlines.byId.determination).toMatchObject({ kind: "undated", dueOn: null, why: { code: "suspended_for_documents" } });
    expect(decision.deadlines.byId.advancePayment).toMatchObject({ kind: "undated", why: { code: "waiting_for_documents" } });
  });

  // Issue 10, measured: submitted 03-02, request reached the claimant 03-12, documents complete 03-25, complex. The 30
  // days ran from the complete documents (03-25 + 30 = Fri 04-24). They run from the first receipt: Mar 3–12 (10 days,
  // the day the request arrived counts), Mar 13–25 not counted (13), Mar 26 – Apr 14 (20): Tue 2026-04-14.
  const marchClaim = (overrides: Record<string, unknown> = {}) =>
    smallClaim([{ amount: "100.00", serviceDate: "2026-02-28" }], {
      incident: { date: "2026-02-27", type: "illness", diagnosisCodes: ["K35.8"], description: "x" },
      reportedOn: "2026-03-02",
      submittedOn: "2026-03-02",
      documents: [{ type: "claim_form", id: "CF-1", issuedOn: "2026-03-02", original: true }],
      documentRequest: { sentOn: "2026-03-10", reachedClaimantOn: "2026-03-12" },
      documentsCompleteOn: "2026-03-25",
      complex: true,
      ...overrides,
    });

  test("the determination runs from the first receipt of the claim, less the time documents were outstanding (regression: was 04-24)", async () => {
    const decision = await createAdjudicator({ policy: smallPolicy(), rules: smallRules() }).adjudicate(marchClaim(), { asOf: "2026-03-30" });
    expect(decision.deadlines.byId.determination).toMatchObject({
      kind: "dated",
      countsFrom: "2026-03-02",
      dueOn: "2026-04-14",
      metOn: "2026-03-30",
      suspension: { from: "2026-03-13", to: "2026-03-25", days: 13 },
    });
    expect(decision.deadlines.byId.documentRequest).toMatchObject({ metOn: "2026-03-10" });
  });

  test("with the other reading of 解释（二） art. 15 (the request's own day not counted either), 04-15", async () => {
    const determination = { ...PRC_INSURANCE_LAW_PROFILE.deadlines.determination, suspension: { ...PRC_INSURANCE_LAW_PROFILE.deadlines.determination.suspension!, endDays: "notice_day_too" as const } };
    const jurisdiction = { ...PRC_INSURANCE_LAW_PROFILE, deadlines: { ...PRC_INSURANCE_LAW_PROFILE.deadlines, determination } };
    const decision = await createAdjudicator({ policy: smallPolicy(), rules: smallRules(), jurisdiction }).adjudicate(marchClaim(), { asOf: "2026-03-30" });
    expect(decision.deadlines.byId.determination).toMatchObject({ dueOn: "2026-04-15", suspension: { from: "2026-03-12", to: "2026-03-25", days: 14 } });
  });

  test("a request recorded without the documents' arrival date deducts nothing", async () => {
    const decision = await createAdjudicator({ policy: smallPolicy(), rules: smallRules() }).adjudicate(marchClaim({ documentsCompleteOn: undefined }), { asOf: "2026-03-30" });
    expect(decision.deadlines.byId.determination).toMatchObject({ dueOn: "2026-04-01" }); // Mar 2 + 30, a Wednesday
    expect(decision.deadlines.byId.determination).not.toHaveProperty("suspension");
  });

  test.each([
    { name: "a request reaching the claimant before it was sent", overrides: { documentRequest: { sentOn: "2026-03-10", reachedClaimantOn: "2026-03-09" } }, path: "claim.documentRequest.reachedClaimantOn" },
    { name: "a request reaching the claimant before the claim", overrides: { documentRequest: { reachedClaimantOn: "2026-03-01" } }, path: "claim.documentRequest.reachedClaimantOn" },
    { name: "a request sent before the claim", overrides: { documentRequest: { sentOn: "2026-03-01", reachedClaimantOn: "2026-03-03" } }, path: "claim.documentRequest.sentOn" },
    { name: "documents complete before the request reached the claimant", overrides: { documentsCompleteOn: "2026-03-11" }, path: "claim.documentsCompleteOn" },
    { name: "a request without the day it reached the claimant", overrides: { documentRequest: { sentOn: "2026-03-10" } }, path: "claim.documentRequest.reachedClaimantOn" },
  ])("$name is a ValidationError at $path", async ({ overrides, path }) => {
    let caught: unknown;
    try {
      await createAdjudicator({ policy: smallPolicy(), rules: smallRules() }).adjudicate(marchClaim(overrides), { asOf: "2026-03-30" });
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    expect((caught as { issues: { path: (string | number)[] }[] }).issues.map((issue) => toDotPath(issue.path))).toEqual([path]);
  });
});
