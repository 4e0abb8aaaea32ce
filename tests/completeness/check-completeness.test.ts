import { describe, expect, test } from "vitest";
import { createAdjudicator, type PolicyInput } from "../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

const text = (en: string) => ({ en, zh: en });
const policy: PolicyInput = smallPolicy({
  documentRequirements: [
    { id: "req-form", documentType: "claim_form", clauseId: "5.2", description: text("Claim form, signed by the claimant") },
    { id: "req-discharge", documentType: "discharge_summary", clauseId: "5.2", description: text("Discharge summary"), when: { all: [{ fact: "hospitalized", operator: "equal", value: true }] } },
    { id: "req-police", documentType: "accident_report", clauseId: "5.2", description: text("Police or accident report"), when: { all: [{ fact: "incidentType", operator: "equal", value: "accident" }] } },
    { id: "req-relationship", documentType: "relationship_proof", clauseId: "5.2", description: text("Proof of relationship"), when: { all: [{ fact: "claimantIsInsured", operator: "equal", value: false }] } },
    {
      id: "req-invoices",
      documentType: "invoice",
      clauseId: "5.2",
      per: "invoice",
      originalRequired: true,
      description: text("Original invoice"),
      when: { all: [{ fact: "totalBilled", operator: "moneyGreaterThan", value: "2000.00" }] },
    },
  ],
});
const rules = smallRules({
  rules: [
    ...smallRules().rules,
    {
      id: "long-stay-certificate",
      clauseId: "5.2",
      conditions: { all: [{ fact: "hospitalDays", operator: "greaterThan", value: 30 }] },
      event: { type: "require_document", documentType: "hospital_stay_certificate", reasonCode: "LONG_STAY", message: text("Certificate for a stay over 30 days") },
    },
  ],
});
const adjudicator = createAdjudicator({ policy, rules });
const form = { type: "claim_form", id: "CF-1", issuedOn: "2026-06-10", original: true };
const invoice = (id: string, original = true) => ({ type: "invoice", id, issuedOn: "2026-06-03", original });

describe("document completeness", () => {
  test("every missing document is listed at once, each with its requirement and clause, and nothing is paid", async () => {
    const claim = smallClaim([{ amount: "1500.00" }, { amount: "1500.00" }], {
      claimant: { name: "李娜", relationship: "spouse" },
      incident: { date: "2026-06-01", type: "accident", diagnosisCodes: ["S82.1"], description: "骨折" },
      hospitalStay: { admission: "2026-06-01", discharge: "2026-07-15" },
      documents: [invoice("INV-1", false)],
    });
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-07-20" });
    expect(decision.outcome).toBe("pending_documents");
    expect(decision.payable).toBe("0.00");
    expect(decision.missingDocuments.map((d) => [d.documentType, d.documentId ?? null, d.problem, d.requirementId ?? d.ruleId, d.clauseId])).toEqual([
      ["claim_form", null, "missing", "req-form", "5.2"],
      ["discharge_summary", null, "missing", "req-discharge", "5.2"],
      ["accident_report", null, "missing", "req-police", "5.2"],
      ["relationship_proof", null, "missing", "req-relationship", "5.2"],
      ["invoice", "INV-1", "copy_only", "req-invoices", "5.2"],
      ["invoice", "INV-2", "missing", "req-invoices", "5.2"],
      ["hospital_stay_certificate", null, "missing", "long-stay-certificate", "5.2"],
    ]);
    expect(decision.reasons.map((r) => r.code)).toEqual(["DOCUMENT_MISSING", "DOCUMENT_MISSING", "DOCUMENT_MISSING", "DOCUMENT_MISSING", "DOCUMENT_ORIGINAL_REQUIRED", "DOCUMENT_MISSING", "DOCUMENT_MISSING"]);
    expect(decision.lines.every((line) => line.payable === "0.00" && line.adjustments[0]?.carc === "252")).toBe(true);
    expect(decision.counters.after).toEqual(decision.counters.before);
    expect(decision.explanation.en).toContain("Please send all of the following");
    expect(decision.explanation.en).toContain("Original invoice (no. INV-1; original required, copy received)");
  });

  test.each([
    { name: "conditions that do not hold ask for nothing", amount: "2000.00", documents: [form], outcome: "approved" },
    { name: "invoices are needed above 2,000.00 only", amount: "2000.01", documents: [form], outcome: "pending_documents" },
    { name: "the originals complete the claim", amount: "2000.01", documents: [form, invoice("INV-1")], outcome: "approved" },
  ])("$name", async ({ amount, documents, outcome }) => {
    const decision = await adjudicator.adjudicate(smallClaim([{ amount }], { documents }), { asOf: "2026-06-20" });
    expect(decision.outcome).toBe(outcome);
  });

  test("a denial takes precedence over missing documents", async () => {
    const claim = smallClaim([{ amount: "100.00" }], { incident: { date: "2026-01-05", type: "illness", diagnosisCodes: ["J18.9"], description: "肺炎" }, reportedOn: "2026-01-06", documents: [] });
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" });
    expect(decision.outcome).toBe("denied");
    expect(decision.reasons.map((r) => [r.code, r.ruleId, r.clauseId])).toEqual([["WAITING_PERIOD", "waiting-period", "3.1"]]);
  });
});
