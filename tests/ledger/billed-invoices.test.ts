import { describe, expect, test } from "vitest";
import { createAdjudicator, LedgerSchema } from "../../src/index.js";
import { medical, medicalClaim } from "../support/medical-claims.js";

const adjudicator = createAdjudicator({ policy: medical.policy, rules: medical.rules });

describe("the ledger keeps each claim's invoices as billed", () => {
  test("number, date, amount and provider, for a paid claim", async () => {
    // Two invoices: the surgery bill from the hospital (dated at discharge) and a pharmacy receipt without an issuer.
    const claim = medicalClaim({
      id: "CLM-1",
      invoices: [
        { number: "INV-1", date: "2026-07-15", amount: "17330.80", provider: "H-110105-017" },
        { number: "INV-2", date: "2026-07-14", amount: "250.00" },
      ],
    });
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-08-01" });
    expect(decision.accumulatorsAfter.claims["CLM-1"]?.billedInvoices).toEqual({
      "INV-1": { date: "2026-07-15", amount: "17330.80", provider: "H-110105-017" },
      "INV-2": { date: "2026-07-14", amount: "250.00" },
    });
  });

  test("kept for a denied claim too (what it paid on each invoice is not)", async () => {
    // An illness on 2026-03-20 is in the 30-day waiting period (clause 3.1): denied.
    const decision = await adjudicator.adjudicate(medicalClaim({ id: "CLM-2", incident: "2026-03-20", stay: ["2026-03-20", "2026-03-24"], submittedOn: "2026-03-30" }), { asOf: "2026-04-01" });
    expect(decision.outcome).toBe("denied");
    const record = decision.accumulatorsAfter.claims["CLM-2"];
    expect(record?.invoices).toEqual({});
    expect(record?.billedInvoices).toEqual({ "INV-CLM-2": { date: "2026-03-24", amount: "17330.80", provider: "H-110105-017" } });
  });

  test("a ledger written before invoices were kept is still read: the field is optional", () => {
    const old = { policyId: "P-1", claims: { "CLM-0": { revision: 1, decisionId: `dec-${"0".repeat(32)}`, claimHash: `sha256:${"0".repeat(64)}`, asOf: "2026-01-01", outcome: "approved", insuredId: "I", incidentId: "X", policyYear: "2026-01-01", incidentDate: "2026-01-01", submittedOn: "2026-01-01", payable: "0.00" } } };
    const parsed = LedgerSchema.parse(old);
    expect(parsed.claims["CLM-0"]).not.toHaveProperty("billedInvoices");
  });
});
