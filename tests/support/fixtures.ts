import type { ClaimInput, PolicyInput, RuleSetInput } from "../../src/index.js";

/** A small medical policy: deductible 10,000, ratio 100% / 60%, annual limit 100,000, per claim 50,000. */
export function smallPolicy(overrides: Partial<PolicyInput> = {}): PolicyInput {
  return {
    id: "P-TEST",
    product: "medical_reimbursement",
    name: { zh: "测试医疗险", en: "Test medical" },
    insured: { id: "I-1", name: "张伟", preExistingConditions: ["I10"] },
    holder: { id: "H-1", name: "张伟" },
    period: { effective: "2026-01-01", expiry: "2026-12-31" },
    currency: { code: "CNY", minorUnits: 2, rounding: "half_up" },
    clauses: [
      { id: "2.1", title: { zh: "住院医疗保险金", en: "Inpatient medical benefit" }, text: { zh: "我们按约定赔付住院医疗费用。", en: "We pay inpatient medical expenses as agreed." } },
      { id: "3.1", title: { zh: "等待期", en: "Waiting period" }, text: { zh: "等待期内因疾病发生的费用不赔。", en: "Illness within the waiting period is not covered." } },
      { id: "5.2", title: { zh: "理赔资料", en: "Claim documents" }, text: { zh: "申请理赔须提供下列资料。", en: "A claim needs the following documents." } },
    ],
    coverages: [
      {
        id: "inpatient",
        kind: "reimbursement",
        deductibleCredits: ["other_commercial_insurance"],
        clauseId: "2.1",
        name: { zh: "住院医疗", en: "Inpatient medical" },
        annualDeductible: "10000.00",
        ratio: { used: "1", not_used: "0.6", could_not_be_used: "1" },
        perClaimLimit: "50000.00",
        annualLimit: "100000.00",
        eligibleCategories: ["bed", "medicine", "surgery", "examination"],
        waitingPeriods: { illnessDays: 30, accidentDays: 0 },
      },
    ],
    documentRequirements: [
      { id: "req-claim-form", documentType: "claim_form", clauseId: "5.2", description: { zh: "理赔申请书", en: "Claim form" } },
    ],
    ...overrides,
  };
}

export function smallRules(overrides: Partial<RuleSetInput> = {}): RuleSetInput {
  return {
    id: "RS-TEST",
    version: "1.0.0",
    rules: [
      {
        id: "waiting-period",
        clauseId: "3.1",
        priority: 10,
        conditions: { all: [{ fact: "waitingPeriodPassed", operator: "equal", value: false }] },
        event: { type: "deny", reasonCode: "WAITING_PERIOD", reusesLibraryCode: true, message: { zh: "等待期内出险。", en: "Incident in the waiting period." } },
      },
    ],
    ...overrides,
  };
}

/** A claim with one line per amount; social insurance used, nothing paid by it unless given. */
export type FixtureLine = { amount: string; socialInsurancePaid?: string; selfPay?: string; otherInsurancePaid?: string; category?: string; serviceDate?: string; quantity?: number; itemCode?: string; visitId?: string };

export function smallClaim(lines: readonly FixtureLine[], overrides: Partial<ClaimInput> = {}): ClaimInput & { lines: NonNullable<ClaimInput["lines"]> } {
  return {
    id: "C-TEST",
    policyId: "P-TEST",
    currency: "CNY",
    claimant: { name: "张伟", relationship: "self" },
    incident: { date: "2026-06-01", type: "illness", diagnosisCodes: ["K35.8"], description: "急性阑尾炎" },
    reportedOn: "2026-06-02",
    submittedOn: "2026-06-10",
    documents: [{ type: "claim_form", id: "CF-1", issuedOn: "2026-06-10", original: true }],
    socialInsurance: "used",
    lines: lines.map((line, i) => ({
      id: `L${i + 1}`,
      category: line.category ?? "medicine",
      amount: line.amount,
      serviceDate: line.serviceDate ?? "2026-06-02",
      invoiceNumber: `INV-${i + 1}`,
      ...(line.socialInsurancePaid !== undefined ? { socialInsurancePaid: line.socialInsurancePaid } : {}),
      ...(line.selfPay !== undefined ? { selfPay: line.selfPay } : {}),
      ...(line.otherInsurancePaid !== undefined ? { otherInsurancePaid: line.otherInsurancePaid } : {}),
      ...(line.quantity !== undefined ? { quantity: line.quantity } : {}),
      ...(line.itemCode !== undefined ? { itemCode: line.itemCode } : {}),
      ...(line.visitId !== undefined ? { visitId: line.visitId } : {}),
    })),
    ...overrides,
  } as ClaimInput & { lines: NonNullable<ClaimInput["lines"]> };
}

const text = (en: string) => ({ en, zh: en });

/** An empty rule set for policies whose coverages are under test. */
export function noRules(): RuleSetInput {
  return { id: "RS-NONE", version: "1", rules: [] };
}

/**
 * A policy with one clause per coverage ("C-<id>") plus "PERIOD" and "DOCS", effective 2026-01-01 to 2026-12-31,
 * holding the coverages given; no document requirements unless given.
 */
export function coveragePolicy(coverages: PolicyInput["coverages"], overrides: Partial<PolicyInput> = {}): PolicyInput {
  const clauseIds = new Set(["PERIOD", "DOCS", ...coverages.map((coverage) => `C-${coverage.id}`)]);
  for (const coverage of coverages) if ("clauseId" in coverage) clauseIds.add(coverage.clauseId);
  return {
    id: "P-COV",
    product: "accident",
    name: text("Coverage test policy"),
    insured: { id: "I-1", name: "李明" },
    holder: { id: "H-1", name: "李明" },
    period: { effective: "2026-01-01", expiry: "2026-12-31", clauseId: "PERIOD" },
    currency: { code: "CNY" },
    clauses: [...clauseIds].map((id) => ({ id, title: text(`Clause ${id}`), text: text(`Wording of clause ${id}.`) })),
    coverages,
    ...overrides,
  };
}

/** A claim without bill lines (a lump sum, a disability, a flight), on policy P-COV. */
export function benefitClaim(overrides: Partial<ClaimInput> & { incident: ClaimInput["incident"] }): ClaimInput {
  return {
    id: "C-BEN",
    policyId: "P-COV",
    currency: "CNY",
    claimant: { name: "李明", relationship: "self" },
    reportedOn: overrides.incident.date,
    submittedOn: overrides.incident.date,
    documents: [],
    ...overrides,
  };
}
