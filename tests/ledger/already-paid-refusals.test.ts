import { describe, expect, test } from "vitest";
import { createAdjudicator, isValidationError, renderNotice, toDotPath, type ClaimInput, type LedgerInput } from "../../src/index.js";
import { loadExampleProduct } from "../support/example-product.js";
import { coveragePolicy, noRules } from "../support/fixtures.js";

// Issue 10 item 2: "An invoice already paid … is refused on the new claim, with a reason naming the claim it was
// paid on, and flagged for review. The same flight and the same condition likewise." The flight, the condition, the
// condition group and the hospital day are refused by the library (tests/ledger/claim-history.test.ts,
// tests/coverage-kinds/fixed/multi-payout.test.ts, tests/ledger/hospital-days-paid-once.test.ts check each reason
// and flag); here: a condition paid before the ledger began, the adjuster's view of such flags, and a ledger's
// opening counters of a year the policy does not cover.

const rejects = async (run: () => Promise<unknown>): Promise<[string, string, string][]> => {
  try {
    await run();
  } catch (error) {
    if (isValidationError(error)) return error.issues.map((issue) => [issue.code, toDotPath(issue.path), issue.message]);
    throw error;
  }
  return [];
};

describe("a condition paid before the ledger began (opening counters) is refused too, and says so", () => {
  const ci = loadExampleProduct("critical-illness");
  const mild = ci.cases.find((entry) => entry.key === "02-mild-carcinoma-in-situ");
  if (mild === undefined) throw new Error("the critical-illness example 02 is missing");

  test("carcinoma in situ (D06.0) carried in as paid from another system: 0.00, the reason names no claim, flagged", async () => {
    // The control: on an empty ledger the claim pays the mild-illness tier, 150,000.00, and records its condition.
    const paid = await ci.run(mild);
    const conditionsPaid = paid.counters.after.coverages["critical-illness"]?.conditionsPaid;
    expect([paid.payable, conditionsPaid]).toEqual(["150000.00", { mild: ["carcinoma-in-situ"] }]);
    // The same counters carried in as opening counters (a migration): no claim of this ledger paid it.
    const ledger: LedgerInput = { policyId: paid.policyId, opening: [{ coverages: { "critical-illness": { conditionsPaid: { mild: ["carcinoma-in-situ"] }, payouts: { mild: 1 } } } }] };
    const decision = await ci.adjudicator.adjudicate(mild.claim, { asOf: mild.asOf, accumulators: ledger });
    expect([decision.outcome, decision.payable, decision.reasons.map((reason) => reason.code)]).toEqual(["denied", "0.00", ["CONDITION_PAID_BEFORE_LEDGER"]]);
    expect(decision.reasons[0]?.message).toEqual({
      en: "Mild illness benefit was already paid for Carcinoma in situ, on a claim from before this policy's claim history was kept; each condition is paid once.",
      zh: "轻症疾病保险金已就原位癌给付（系本保单理赔记录起算前的申请），每种疾病以给付一次为限。",
    });
    // Besides the product's own rule flag (EARLY_CLAIM: diagnosed soon after the policy began), the library's.
    expect(decision.flags.filter((flag) => flag.ruleId === undefined).map((flag) => [flag.reasonCode, flag.severity])).toEqual([["CONDITION_PAID_BEFORE_LEDGER", "high"]]);
  });
});

describe("the adjuster's view names a flag the library raised itself", () => {
  const delay = loadExampleProduct("flight-delay");
  const first = delay.cases.find((entry) => entry.key === "01-approved-three-hour-tier");
  if (first === undefined) throw new Error("the flight-delay example 01 is missing");

  // Measured: a library flag has no rule id, and the view printed "(undefined)" where a rule flag prints its rule.
  test.each([
    { locale: "en" as const, line: "- [high] FLIGHT_ALREADY_PAID (claim history check, clause 2.1): Flight Air China CA1501 of 17 April 2026 was already paid on claim CLM-FD-2026-0419-0102; a flight is paid once." },
    { locale: "zh-CN" as const, line: "- [高] FLIGHT_ALREADY_PAID (理赔历史核查, 条款 2.1): 2026年4月17日 的航班 Air China CA1501 已在理赔申请 CLM-FD-2026-0419-0102 中给付，同一航班给付一次。" },
  ])("$locale", async ({ locale, line }) => {
    const paid = await delay.run(first);
    const again = await delay.adjudicator.adjudicate({ ...(first.claim as ClaimInput), id: "CLM-FD-2026-0420-0999", submittedOn: "2026-04-20" }, { asOf: "2026-04-21", accumulators: paid.accumulatorsAfter });
    const view = renderNotice(again, { locale, audience: "adjuster" });
    expect(view.split("\n")).toContain(line);
    expect(view).not.toContain("undefined");
  });

  test("a duplicate invoice's flag names its line", async () => {
    const medical = loadExampleProduct("medical");
    const deductible = medical.cases.find((entry) => entry.key === "02-deductible-partly-reached");
    if (deductible === undefined) throw new Error("the medical example 02 is missing");
    const paid = await medical.run(deductible);
    const again = await medical.adjudicator.adjudicate({ ...(deductible.claim as ClaimInput), id: "CLM-2026-0601-0001" }, { asOf: deductible.asOf, accumulators: paid.accumulatorsAfter });
    const view = renderNotice(again, { locale: "zh-CN", audience: "adjuster" });
    expect(view.split("\n")).toContain("- [高] DUPLICATE_INVOICE (理赔历史核查, 条款 2.1, L1): 发票 11010026-0051802 已在理赔申请 CLM-2026-0525-0007 中申请理赔。");
    expect(view).not.toContain("undefined");
  });
});

describe("a ledger's opening counters belong to a year the policy covers", () => {
  const text = (en: string) => ({ en, zh: en });
  // Three policy years: 2026-03-01, 2027-03-01, 2028-03-01.
  const policy = coveragePolicy(
    [{ id: "med", kind: "reimbursement", deductibleCredits: [], clauseId: "C-med", name: text("Medical"), ratio: { used: "1", not_used: "1", could_not_be_used: "1" }, annualLimit: "10000.00", eligibleCategories: ["medicine"] }],
    { period: { effective: "2026-03-01", expiry: "2029-02-28", clauseId: "PERIOD" } },
  );
  const adjudicator = createAdjudicator({ policy, rules: noRules() });
  const claim: ClaimInput = {
    id: "C-1",
    policyId: "P-COV",
    currency: "CNY",
    claimant: { name: "李明", relationship: "self" },
    incident: { date: "2027-05-01", type: "illness", diagnosisCodes: ["J18.9"], description: "pneumonia" },
    reportedOn: "2027-05-01",
    submittedOn: "2027-05-10",
    documents: [],
    socialInsurance: "used",
    lines: [{ id: "L1", category: "medicine", amount: "3000.00", serviceDate: "2027-05-02", invoiceNumber: "V-1" }],
  };
  const withOpening = (policyYear: string): LedgerInput => ({ policyId: "P-COV", opening: [{ policyYear, coverages: { med: { paid: "8000.00" } } }] });

  // Measured: opening counters of the policy year from 2030-03-01 were accepted (a claim's record of that year was not).
  test.each([
    { name: "just after the period: the year from 2029-03-01", policyYear: "2029-03-01", message: "these opening counters are of the policy year from 2029-03-01, after this policy's period (2026-03-01 to 2029-02-28)" },
    { name: "long after: the year from 2030-03-01", policyYear: "2030-03-01", message: "these opening counters are of the policy year from 2030-03-01, after this policy's period (2026-03-01 to 2029-02-28)" },
    { name: "within the period but not a policy year's first day", policyYear: "2027-01-01", message: "these opening counters are of a policy year from 2027-01-01, but this policy's years begin on 2026-03-01 and its anniversaries (the last on 2028-03-01)" },
  ])("refused: $name", async ({ policyYear, message }) => {
    expect(await rejects(() => adjudicator.adjudicate(claim, { asOf: "2027-05-12", accumulators: withOpening(policyYear) }))).toEqual([["invalid_input", "options.accumulators.opening[0].policyYear", message]]);
  });

  test("a claim's record of a year that is not a policy year is refused the same way", async () => {
    const decided = await adjudicator.adjudicate(claim, { asOf: "2027-05-12" });
    const ledger = structuredClone(decided.accumulatorsAfter);
    (ledger.claims["C-1"] as { policyYear: string }).policyYear = "2027-06-01";
    const next = { ...claim, id: "C-2", lines: [{ id: "L1", category: "medicine", amount: "10.00", serviceDate: "2027-05-02", invoiceNumber: "V-2" }] };
    expect(await rejects(() => adjudicator.adjudicate(next, { asOf: "2027-05-12", accumulators: ledger }))).toEqual([
      ["invalid_input", 'options.accumulators.claims["C-1"].policyYear', 'claim "C-1" is of a policy year from 2027-06-01, but this policy\'s years begin on 2026-03-01 and its anniversaries (the last on 2028-03-01)'],
    ]);
  });

  test.each([
    // 10,000.00 a year: 8,000.00 used in the claim's year leaves 2,000.00 of the 3,000.00 claimed.
    { name: "the claim's own year (2027-03-01): counted", policyYear: "2027-03-01", payable: "2000.00" },
    // The first and the last policy year of the period are accepted; another year's counters leave this year's limit whole.
    { name: "the first year (2026-03-01): accepted, another year", policyYear: "2026-03-01", payable: "3000.00" },
    { name: "the last year (2028-03-01): accepted, another year", policyYear: "2028-03-01", payable: "3000.00" },
    // Before the period: a renewal keeps the policy's id and its earlier years (lifetime limits read them).
    { name: "a year before the period (2025-03-01): accepted, another year", policyYear: "2025-03-01", payable: "3000.00" },
  ])("accepted: $name", async ({ policyYear, payable }) => {
    const decision = await adjudicator.adjudicate(claim, { asOf: "2027-05-12", accumulators: withOpening(policyYear) });
    expect(decision.payable).toBe(payable);
  });
});
