import { test as propTest, fc } from "@fast-check/vitest";
import { expect } from "vitest";
import { createAdjudicator, type ClaimInput, type Ledger } from "../../src/index.js";
import { canonicalJson } from "../../src/hashing/canonical-json.js";
import { Dec } from "../../src/money/money.js";
import { coveragePolicy, noRules } from "../support/fixtures.js";

const text = (en: string) => ({ en, zh: en });
const LIMIT = "20000.00";
const adjudicator = createAdjudicator({
  policy: coveragePolicy([
    { id: "med", kind: "reimbursement", deductibleCredits: ["other_commercial_insurance"], clauseId: "C-med", name: text("Medical"), annualDeductible: "1000.00", ratio: { used: "1", not_used: "0.6", could_not_be_used: "1" }, annualLimit: LIMIT, eligibleCategories: ["medicine"] },
  ]),
  rules: noRules(),
});

type Line = { amount: string; invoice: string };
const claimOf = (id: string, lines: readonly Line[]): ClaimInput => ({
  id,
  policyId: "P-COV",
  currency: "CNY",
  claimant: { name: "李明", relationship: "self" },
  incident: { date: "2026-05-01", type: "illness", diagnosisCodes: ["J18.9"], description: "pneumonia" },
  reportedOn: "2026-05-01",
  submittedOn: "2026-05-10",
  documents: [],
  socialInsurance: "used",
  lines: lines.map((line, i) => ({ id: `L${i + 1}`, category: "medicine", amount: line.amount, serviceDate: "2026-05-02", invoiceNumber: line.invoice })),
});

const amount = fc.integer({ min: 1, max: 900_000 }).map((cents) => new Dec(cents).dividedBy(100).toFixed(2));
const line = fc.record({ amount, invoice: fc.constantFrom("V1", "V2", "V3", "V4", "V5", "V6") });
const operation = fc.oneof(
  fc.record({ kind: fc.constant("new" as const), lines: fc.array(line, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant("revise" as const), which: fc.nat(), line: fc.nat(), amount }),
);

const effective = (ledger: Ledger) => Object.values(ledger.claims).filter((record) => ["approved", "partially_approved", "referred"].includes(record.outcome));

propTest.prop([fc.array(operation, { minLength: 1, maxLength: 12 })], { numRuns: Number(process.env["RUNS"] ?? 60) })(
  "in any order of claims and revisions: no limit exceeded, no invoice paid twice, the counters add up, the same claim again changes nothing",
  async (operations) => {
    let ledger: Ledger | undefined;
    const claims: { id: string; lines: Line[] }[] = [];
    for (const op of operations) {
      if (op.kind === "new") claims.push({ id: `C-${claims.length + 1}`, lines: op.lines });
      else if (claims.length === 0) continue;
      const target = op.kind === "new" ? (claims.at(-1) as (typeof claims)[number]) : (claims[op.which % claims.length] as (typeof claims)[number]);
      if (op.kind === "revise") target.lines = target.lines.map((entry, i) => (i === op.line % target.lines.length ? { ...entry, amount: op.amount } : entry));
      const decision = await adjudicator.adjudicate(claimOf(target.id, target.lines), { asOf: "2026-05-20", ...(ledger !== undefined ? { accumulators: ledger } : {}) });
      ledger = decision.accumulatorsAfter;
      // The same claim decided again on the ledger it left: the same revision, nothing to pay or recover, the ledger as it was.
      const again = await adjudicator.adjudicate(claimOf(target.id, target.lines), { asOf: "2026-05-20", accumulators: ledger });
      expect([again.revision.number, again.revision.unchanged, again.revision.delta?.payable, again.payable]).toEqual([decision.revision.number, true, "0.00", decision.payable]);
      expect(canonicalJson(again.accumulatorsAfter)).toBe(canonicalJson(ledger));
      const records = effective(ledger);
      const paid = records.reduce((sum, record) => sum.plus(record.payable), new Dec(0));
      expect(paid.lessThanOrEqualTo(LIMIT)).toBe(true);
      expect(new Dec(decision.counters.after.coverages["med"]?.paid ?? "0").equals(paid)).toBe(true);
      const invoices = records.flatMap((record) => Object.keys(record.invoices));
      expect(new Set(invoices).size).toBe(invoices.length);
      expect(Object.keys(ledger.claims).length).toBe(claims.length);
    }
  },
  120_000,
);
