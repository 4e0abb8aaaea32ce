import { loadExamples } from "../../examples/load-examples.js";
import { createAdjudicator, type Decision, type Policy, type PolicyInput } from "../../src/index.js";
import { coveragePolicy, noRules, smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

/** An example claim with its decision and the policy it was decided under. */
export interface DecidedExample {
  /** The case file's name without `.json`, e.g. `02-deductible-partly-reached`. */
  readonly name: string;
  readonly claim: unknown;
  readonly decision: Decision;
  readonly policy: Policy;
}

let medical: Promise<DecidedExample[]> | undefined;

/** Every case of examples/medical, adjudicated as its case file says (asOf, accumulators). */
export function decidedMedicalExamples(): Promise<DecidedExample[]> {
  medical ??= (async () => {
    const product = loadExamples().find((example) => example.product === "medical");
    if (product === undefined) throw new Error("examples/medical is missing");
    const adjudicator = createAdjudicator({ policy: product.policy, rules: product.rules });
    return Promise.all(
      product.cases.map(async (entry) => ({
        name: entry.file.replace(/^.*\//, "").replace(/\.json$/, ""),
        claim: entry.claim,
        decision: await adjudicator.adjudicate(entry.claim, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) }),
        policy: adjudicator.policy,
      })),
    );
  })();
  return medical;
}

/** One medical example by name. */
export async function decidedMedicalExample(name: string): Promise<DecidedExample> {
  const found = (await decidedMedicalExamples()).find((example) => example.name === name);
  if (found === undefined) throw new Error(`no medical example ${name}`);
  return found;
}

const text = (en: string) => ({ en, zh: en });
const tenths = Array.from({ length: 10 }, (_, i) => ({ grade: i + 1, share: (1 - i / 10).toFixed(1) }));

/**
 * Coverages of every kind on one policy (as in tests/decision/calculate-coverages.test.ts): accident medical with a
 * per-claim deductible and 90%, general medical, hospital cash 100.00 a day up to 180 days a year, a disability
 * schedule and accidental death.
 */
export const ACCIDENT_COVERAGES: PolicyInput["coverages"] = [
  { id: "am", kind: "reimbursement", deductibleCredits: ["other_commercial_insurance"], clauseId: "C-am", name: text("Accident medical"), incidentTypes: ["accident"], perClaimDeductible: "100.00", ratio: { used: "0.9", not_used: "0.9", could_not_be_used: "0.9" }, annualLimit: "50000.00", eligibleCategories: ["bed", "surgery"] },
  { id: "med", kind: "reimbursement", deductibleCredits: ["other_commercial_insurance"], clauseId: "C-med", name: text("General medical"), annualDeductible: "0", ratio: { used: "1", not_used: "0.6", could_not_be_used: "1" }, annualLimit: "1000000.00", eligibleCategories: ["bed", "surgery", "medicine"] },
  { id: "cash", kind: "per_diem", clauseId: "C-cash", name: text("Hospital cash"), dailyAmount: "100.00", maxDaysPerStay: 180, maxDaysPerYear: 180 },
  { id: "disability", kind: "schedule", clauseId: "C-disability", name: text("Disability"), sumInsured: "100000.00", table: tenths },
  { id: "death", kind: "fixed", clauseId: "C-death", name: text("Accidental death"), incidentTypes: ["accident"], sumInsured: "100000.00", benefits: [{ id: "death", name: text("Death"), when: { all: [{ fact: "died", operator: "equal", value: true }] }, deductPaidBy: ["disability"] }] },
];

/**
 * An accident paying accident medical (L1 surgery 10,710.00, L2 bed 900.00), general medical (L3 medicine 800.00),
 * 10 days of hospital cash (1,000.00) and a grade-9 disability (20,000.00): 33,410.00.
 */
export async function decidedAccident(): Promise<DecidedExample> {
  const adjudicator = createAdjudicator({ policy: coveragePolicy(ACCIDENT_COVERAGES), rules: noRules() });
  const claim = {
    ...smallClaim(
      [
        { amount: "12000.00", category: "surgery", serviceDate: "2026-04-11" },
        { amount: "1000.00", category: "bed", serviceDate: "2026-04-20" },
        { amount: "800.00", category: "medicine", serviceDate: "2026-04-12" },
      ],
      { incident: { date: "2026-04-10", type: "accident", description: "fell from scaffolding", disabilities: [{ code: "7-1-1", grade: 9, assessedOn: "2026-09-01" }] }, reportedOn: "2026-04-10", submittedOn: "2026-09-05" },
    ),
    policyId: "P-COV",
    hospitalStay: { admission: "2026-04-10", discharge: "2026-04-20" },
  };
  return { name: "accident", claim, decision: await adjudicator.adjudicate(claim, { asOf: "2026-09-10" }), policy: adjudicator.policy };
}

/** The insured dies of the same accident later: accidental death 100,000.00 less the 20,000.00 disability paid. */
export async function decidedDeath(): Promise<DecidedExample> {
  const adjudicator = createAdjudicator({ policy: coveragePolicy(ACCIDENT_COVERAGES), rules: noRules() });
  const claim = {
    id: "C-DEATH",
    policyId: "P-COV",
    currency: "CNY",
    claimant: { name: "王丽", relationship: "spouse" as const, idNumber: "11010519880315452X" },
    incident: { date: "2026-04-10", type: "accident" as const, description: "fell from scaffolding", death: { date: "2026-06-01" } },
    reportedOn: "2026-06-02",
    submittedOn: "2026-06-10",
    documents: [],
  };
  const decision = await adjudicator.adjudicate(claim, { asOf: "2026-06-12", accumulators: { coverages: { disability: { paid: "20000.00", disabilities: [{ code: "7-1-1", grade: 9 }] } } } });
  return { name: "death", claim, decision, policy: adjudicator.policy };
}

/**
 * A per-year sub-limit: medicine capped at 1,000.00 a policy year on the small test policy, 400.00 already used.
 * L1 medicine 5,000.00 (deductible met earlier) pays the 600.00 left; L2 bed 2,000.00 pays in full.
 */
export async function decidedSubLimit(): Promise<DecidedExample> {
  const base = smallPolicy();
  const [inpatient] = base.coverages;
  if (inpatient?.kind !== "reimbursement") throw new Error("the small policy's coverage is a reimbursement");
  const policy = { ...base, coverages: [{ ...inpatient, subLimits: [{ id: "medicine-per-year", categories: ["medicine"], amount: "1000.00", per: "year" as const }] }] };
  const adjudicator = createAdjudicator({ policy, rules: smallRules() });
  const claim = smallClaim([{ amount: "5000.00", category: "medicine" }, { amount: "2000.00", category: "bed" }]);
  const decision = await adjudicator.adjudicate(claim, { asOf: "2026-06-20", accumulators: { coverages: { inpatient: { deductibleUsed: "10000.00", paid: "2000.00", subLimitsUsed: { "medicine-per-year": "400.00" } } } } });
  return { name: "sub-limit", claim, decision, policy: adjudicator.policy };
}
