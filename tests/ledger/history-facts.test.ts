import { describe, expect, test } from "vitest";
import { createAdjudicator, type ClaimInput, type Ledger } from "../../src/index.js";
import { coveragePolicy } from "../support/fixtures.js";

// Issue 10 item 2: history facts for rules, in the fact catalogue. A flag rule that always holds prints them, so the
// test reads each as a rule author sees it. The policy: two policy years (2025-01-01, 2026-01-01), one coverage paying
// 100% of medicine with no deductible, so each claim pays what it bills. The claim decided (T) is submitted 2026-03-01
// for accident ACC-A; the history before it:
// - C-1, submitted 2025-03-01 (365 days before T: not in the 365 days up to T), accident ACC-A, 100.00 paid;
// - C-2, submitted 2025-03-02 (364 days before: in them), accident ACC-A, 200.00 paid;
// - C-3, submitted 2026-03-01 (T's own day: in them), accident ACC-B, 50.00 paid;
// - C-4, submitted 2026-02-20, accident ACC-A, 80.00 billed, denied (a deny rule on that amount): a claim for the
//   incident that paid nothing.
const text = (en: string) => ({ en, zh: en });
const policy = coveragePolicy(
  [{ id: "med", kind: "reimbursement", deductibleCredits: [], clauseId: "C-med", name: text("Medical"), ratio: { used: "1", not_used: "1", could_not_be_used: "1" }, annualLimit: "100000.00", eligibleCategories: ["medicine"] }],
  { period: { effective: "2025-01-01", expiry: "2026-12-31", clauseId: "PERIOD" } },
);
const FACTS = "in 365 days {claimsInLast365Days}; since the previous {daysSincePreviousClaim}; for this incident {claimsForThisIncident}, paid {paidForThisIncident}; invoice already paid {invoiceAlreadyPaid}";
const adjudicator = createAdjudicator({
  policy,
  rules: {
    id: "RS-HISTORY",
    version: "1",
    rules: [
      { id: "show-history", clauseId: "C-med", conditions: { all: [{ fact: "claimsInLast365Days", operator: "greaterThanInclusive", value: 0 }] }, event: { type: "flag", severity: "low", reasonCode: "HISTORY", message: { en: FACTS, zh: FACTS } } },
      { id: "forged", clauseId: "C-med", conditions: { all: [{ fact: "totalBilled", operator: "equal", value: "80.00" }] }, event: { type: "deny", reasonCode: "FORGED_INVOICE", message: text("Forged invoice.") } },
    ],
  },
});
const claim = (id: string, submittedOn: string, incidentId: string, amount: string, invoice = `INV-${id}`): ClaimInput => ({
  id,
  policyId: "P-COV",
  currency: "CNY",
  claimant: { name: "李明", relationship: "self" },
  incident: { id: incidentId, date: "2025-02-20", type: "accident", diagnosisCodes: ["S93.4"], description: "ankle sprain" },
  reportedOn: "2025-02-20",
  submittedOn,
  documents: [],
  socialInsurance: "used",
  lines: [{ id: "L1", category: "medicine", amount, serviceDate: "2025-02-21", invoiceNumber: invoice }],
});
async function ledgerOf(claims: readonly ClaimInput[]): Promise<Ledger | undefined> {
  let ledger: Ledger | undefined;
  for (const entry of claims) ledger = (await adjudicator.adjudicate(entry, { asOf: entry.submittedOn, ...(ledger === undefined ? {} : { accumulators: ledger }) })).accumulatorsAfter;
  return ledger;
}
const C1 = claim("C-1", "2025-03-01", "ACC-A", "100.00");
const C2 = claim("C-2", "2025-03-02", "ACC-A", "200.00");
const C3 = claim("C-3", "2026-03-01", "ACC-B", "50.00");
const C4 = claim("C-4", "2026-02-20", "ACC-A", "80.00", "FORGED");

describe("history facts as a rule reads them", () => {
  test("the ledger's records are as the comment says", async () => {
    const ledger = await ledgerOf([C1, C2, C3, C4]);
    expect(Object.entries(ledger?.claims ?? {}).map(([id, record]) => [id, record.outcome, record.payable, record.incidentId])).toEqual([
      ["C-1", "approved", "100.00", "ACC-A"],
      ["C-2", "approved", "200.00", "ACC-A"],
      ["C-3", "approved", "50.00", "ACC-B"],
      ["C-4", "denied", "0.00", "ACC-A"],
    ]);
  });

  test.each([
    // A first claim: the days since cover began, 2025-01-01 → 2026-03-01 = 365 + 59 = 424.
    { name: "a first claim", history: [], facts: "in 365 days 0; since the previous 424; for this incident 0, paid 0.00; invoice already paid false" },
    // C-1 was submitted 365 days before: not in the 365 days up to T (just outside).
    { name: "a claim 365 days before: outside the 365 days", history: [C1], facts: "in 365 days 0; since the previous 365; for this incident 1, paid 100.00; invoice already paid false" },
    // C-2, 364 days before: inside (just inside); the incident's two claims paid 100.00 + 200.00.
    { name: "a claim 364 days before: inside", history: [C1, C2], facts: "in 365 days 1; since the previous 364; for this incident 2, paid 300.00; invoice already paid false" },
    // C-3 the same day, another incident: counted in the 365 days, 0 days since, not for this incident.
    { name: "another incident's claim the same day", history: [C1, C2, C3], facts: "in 365 days 2; since the previous 0; for this incident 2, paid 300.00; invoice already paid false" },
    // C-4, denied, is a claim for the incident that paid nothing; 9 days before T.
    { name: "a denied claim for the incident counts as a claim, pays nothing", history: [C1, C2, C4], facts: "in 365 days 2; since the previous 9; for this incident 3, paid 300.00; invoice already paid false" },
  ])("$name", async ({ history, facts }) => {
    const ledger = await ledgerOf(history);
    const decided = await adjudicator.adjudicate(claim("T", "2026-03-01", "ACC-A", "10.00"), { asOf: "2026-03-01", ...(ledger === undefined ? {} : { accumulators: ledger }) });
    expect(decided.flags.find((flag) => flag.reasonCode === "HISTORY")?.message.en).toBe(facts);
  });

  test("the claim decided again does not count itself", async () => {
    const ledger = await ledgerOf([C1, C2]);
    const again = await adjudicator.adjudicate(C2, { asOf: "2025-03-02", accumulators: ledger as Ledger });
    // C-2 sees C-1 only: 1 day before, same incident, 100.00.
    expect(again.flags.find((flag) => flag.reasonCode === "HISTORY")?.message.en).toBe("in 365 days 1; since the previous 1; for this incident 1, paid 100.00; invoice already paid false");
  });

  test("invoiceAlreadyPaid: C-1's invoice on T", async () => {
    const ledger = await ledgerOf([C1]);
    const decided = await adjudicator.adjudicate(claim("T", "2026-03-01", "ACC-A", "10.00", "INV-C-1"), { asOf: "2026-03-01", accumulators: ledger as Ledger });
    expect(decided.flags.find((flag) => flag.reasonCode === "HISTORY")?.message.en).toBe("in 365 days 0; since the previous 365; for this incident 1, paid 100.00; invoice already paid true");
  });
});
