import { test as propTest, fc } from "@fast-check/vitest";
import { expect } from "vitest";
import { createAdjudicator, type ClaimInput, type Ledger, type PolicyInput } from "../../src/index.js";
import { canonicalJson } from "../../src/hashing/canonical-json.js";
import { Dec } from "../../src/money/money.js";

// Issue 10 item 5: "in any order, replayed through the ledger, the total never exceeds any limit, no invoice is paid
// twice, and re-adjudicating any decision with unchanged inputs changes nothing". tests/ledger/ledger-properties.test.ts
// checks one insured, one coverage and its annual limit; here every limit of a family plan at once, over claims of two
// insureds for three accidents, their corrections, reversals, and any earlier claim decided again:
// - 一般医疗 (general): family deductible 1,000.00, 100.00 per accident, 90%, 8,000.00 a claim, 12,000.00 a year each;
// - 重疾医疗 (serious): 100%, 10,000.00 a year for the family;
// - both within one family total of 15,000.00 (a shared limit).
const text = (en: string) => ({ en, zh: en });
const policy: PolicyInput = {
  id: "P-FAM",
  product: "medical_reimbursement",
  name: text("Family medical"),
  insured: { id: "I-1", name: "张伟", relationship: "self" },
  insureds: [
    { id: "I-1", name: "张伟", relationship: "self" },
    { id: "I-2", name: "李娜", relationship: "spouse" },
  ],
  holder: { id: "H-1", name: "张伟" },
  period: { effective: "2026-01-01", expiry: "2026-12-31", clauseId: "PERIOD" },
  currency: { code: "CNY" },
  clauses: ["PERIOD", "G", "S", "T"].map((id) => ({ id, title: text(`Clause ${id}`), text: text(`Wording of clause ${id}.`) })),
  coverages: [
    { id: "general", kind: "reimbursement", deductibleCredits: [], clauseId: "G", name: { en: "General medical", zh: "一般医疗" }, annualDeductible: "1000.00", deductibleLevel: "family", perIncidentDeductible: "100.00", ratio: { used: "0.9", not_used: "0.9", could_not_be_used: "0.9" }, perClaimLimit: "8000.00", annualLimit: "12000.00", eligibleCategories: ["bed", "medicine"] },
    { id: "serious", kind: "reimbursement", deductibleCredits: [], clauseId: "S", name: { en: "Serious illness medical", zh: "重疾医疗" }, ratio: { used: "1", not_used: "1", could_not_be_used: "1" }, annualLimit: "10000.00", limitLevel: "family", eligibleCategories: ["surgery"] },
  ],
  sharedLimits: [{ id: "total", clauseId: "T", name: { en: "family total limit", zh: "家庭总保额" }, coverages: ["general", "serious"], amount: "15000.00", level: "family" }],
};
const adjudicator = createAdjudicator({ policy, rules: { id: "RS-NONE", version: "1", rules: [] } });

type Line = { category: string; amount: string; invoice: string };
type Claim = { id: string; insuredId: string; incidentId: string; lines: Line[] };
const claimOf = (claim: Claim): ClaimInput => ({
  id: claim.id,
  policyId: "P-FAM",
  insuredId: claim.insuredId,
  currency: "CNY",
  claimant: { name: claim.insuredId === "I-1" ? "张伟" : "李娜", relationship: "self" },
  incident: { id: claim.incidentId, date: "2026-04-01", type: "accident", diagnosisCodes: ["S52.5"], description: "fracture" },
  reportedOn: "2026-04-01",
  submittedOn: "2026-04-20",
  documents: [],
  socialInsurance: "used",
  lines: claim.lines.map((line, i) => ({ id: `L${i + 1}`, category: line.category, amount: line.amount, serviceDate: "2026-04-02", invoiceNumber: line.invoice })),
});

const amount = fc.integer({ min: 1, max: 900_000 }).map((cents) => new Dec(cents).dividedBy(100).toFixed(2));
const line = fc.record({ category: fc.constantFrom("bed", "medicine", "surgery"), amount, invoice: fc.constantFrom("V1", "V2", "V3", "V4", "V5", "V6", "V7") });
const operation = fc.oneof(
  fc.record({ kind: fc.constant("new" as const), insuredId: fc.constantFrom("I-1", "I-2"), incidentId: fc.constantFrom("ACC-A", "ACC-B", "ACC-C"), lines: fc.array(line, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant("correct" as const), which: fc.nat(), line: fc.nat(), amount }),
  fc.record({ kind: fc.constant("again" as const), which: fc.nat(), later: fc.boolean() }),
  fc.record({ kind: fc.constant("reverse" as const), which: fc.nat() }),
);

const sum = (amounts: readonly string[]) => amounts.reduce((total, value) => total.plus(value), new Dec(0));
const effective = (ledger: Ledger) => Object.values(ledger.claims).filter((record) => ["approved", "partially_approved", "referred"].includes(record.outcome));
const field = (record: Ledger["claims"][string], coverageId: string, name: "paid" | "deductibleUsed" | "incidentDeductibleUsed") => (record.coverages[coverageId] as Record<string, string | undefined> | undefined)?.[name] ?? "0";

propTest.prop([fc.array(operation, { minLength: 1, maxLength: 14 })], { numRuns: Number(process.env["RUNS"] ?? 60) })(
  "a family plan's claims, corrections and reversals in any order: within every limit and deductible, no invoice paid twice, any claim decided again unchanged changes nothing",
  async (operations) => {
    let ledger: Ledger | undefined;
    const claims: Claim[] = [];
    const reversed = new Set<string>();
    // A claim whose inputs moved since its last decision (another claim was corrected or reversed after it): deciding it
    // again is not "unchanged inputs", so the property does not ask it to change nothing.
    const moved = new Set<string>();
    for (const op of operations) {
      if (op.kind === "new") {
        const claim = { id: `C-${claims.length + 1}`, insuredId: op.insuredId, incidentId: op.incidentId, lines: op.lines };
        claims.push(claim);
        ledger = (await adjudicator.adjudicate(claimOf(claim), { asOf: "2026-05-20", ...(ledger !== undefined ? { accumulators: ledger } : {}) })).accumulatorsAfter;
        continue;
      }
      if (ledger === undefined || claims.length === 0) continue;
      const target = claims[op.which % claims.length] as Claim;
      if (reversed.has(target.id)) continue;
      if (op.kind !== "again") {
        for (const claim of claims) if (claim.id !== target.id) moved.add(claim.id);
        moved.delete(target.id);
      }
      if (op.kind === "reverse") {
        ledger = adjudicator.reverse(target.id, { asOf: "2026-05-21", accumulators: ledger, reason: "withdrawn" }).accumulatorsAfter;
        reversed.add(target.id);
      } else if (op.kind === "correct") {
        target.lines = target.lines.map((entry, i) => (i === op.line % target.lines.length ? { ...entry, amount: op.amount } : entry));
        const decision = await adjudicator.adjudicate(claimOf(target), { asOf: "2026-05-20", accumulators: ledger, revision: { reason: "correction" } });
        expect(Object.keys(decision.accumulatorsAfter.claims)).toHaveLength(claims.length);
        ledger = decision.accumulatorsAfter;
      } else if (!moved.has(target.id)) {
        // Any earlier claim decided again, the same day or later, on the ledger as it stands: delta 0, ledger byte-identical.
        const again = await adjudicator.adjudicate(claimOf(target), { asOf: op.later ? "2026-06-30" : "2026-05-20", accumulators: ledger });
        expect([again.revision.unchanged, again.revision.delta?.payable, again.revision.delta?.settlement]).toEqual([true, "0.00", "no_change"]);
        expect(canonicalJson(again.accumulatorsAfter)).toBe(canonicalJson(ledger));
      }
    }
    if (ledger === undefined) return;
    const records = effective(ledger);
    const paid = (coverageId: string, insuredId?: string) => sum(records.filter((record) => insuredId === undefined || record.insuredId === insuredId).map((record) => field(record, coverageId, "paid")));
    for (const insuredId of ["I-1", "I-2"]) expect(paid("general", insuredId).lessThanOrEqualTo("12000.00")).toBe(true);
    expect(paid("serious").lessThanOrEqualTo("10000.00")).toBe(true);
    expect(paid("general").plus(paid("serious")).lessThanOrEqualTo("15000.00")).toBe(true);
    expect(sum(records.map((record) => record.payable)).equals(paid("general").plus(paid("serious")))).toBe(true);
    for (const record of records) expect(new Dec(field(record, "general", "paid")).lessThanOrEqualTo("8000.00")).toBe(true);
    expect(sum(records.map((record) => field(record, "general", "deductibleUsed"))).lessThanOrEqualTo("1000.00")).toBe(true);
    for (const incidentId of ["ACC-A", "ACC-B", "ACC-C"]) {
      expect(sum(records.filter((record) => record.incidentId === incidentId).map((record) => field(record, "general", "incidentDeductibleUsed"))).lessThanOrEqualTo("100.00")).toBe(true);
    }
    const invoices = records.flatMap((record) => Object.keys(record.invoices));
    expect(new Set(invoices).size).toBe(invoices.length);
    // A reversed claim takes nothing and keeps no invoice.
    for (const id of reversed) expect(ledger.claims[id]).toMatchObject({ outcome: "voided", payable: "0.00", invoices: {}, coverages: {} });
  },
  120_000,
);
