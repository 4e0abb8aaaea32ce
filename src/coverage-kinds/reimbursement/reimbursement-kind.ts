import { Dec } from "../../money/money.js";
import { defineCoverageKind } from "../coverage-kind-definition.js";
import { calculateReimbursement } from "./calculate-reimbursement.js";
import { compileReimbursementCoverage } from "./compile-reimbursement-coverage.js";
import { reimbursementBalances } from "./reimbursement-balances.js";
import { ReimbursementCoverageSchema } from "./reimbursement-coverage-schema.js";
import { REIMBURSEMENT_LEDGER_SHAPE } from "./reimbursement-ledger.js";
import { REIMBURSEMENT_STEPS } from "./reimbursement-steps.js";

/** Reimbursement of bill lines (费用补偿型医疗): deductibles, the ratio, sub-limits and limits. */
export const reimbursementKind = defineCoverageKind({
  kind: "reimbursement",
  schema: ReimbursementCoverageSchema,
  ledgerShape: REIMBURSEMENT_LEDGER_SHAPE,
  ledgerKeys: (coverage) => ({ subLimitsUsed: { what: "sub-limit", ids: coverage.subLimits.map((subLimit) => subLimit.id) } }),
  reasons: {},
  steps: REIMBURSEMENT_STEPS,
  billLines: { categories: (coverage) => coverage.eligibleCategories },
  ledgerScopes: (coverage) => ({
    deductibleUsed: coverage.deductibleLevel === "family" ? "family_year" : "year",
    paid: coverage.limitLevel === "family" ? "family_year" : "year",
    subLimitsUsed: "year",
    incidentDeductibleUsed: "incident",
  }),
  checkReferences(coverage, { checkClause, checkUnique }) {
    for (const [step, clauseId] of Object.entries(coverage.clauseRefs)) checkClause(clauseId, ["clauseRefs", step]);
    checkUnique(coverage.subLimits.map((subLimit) => subLimit.id), (j) => ["subLimits", j, "id"], "sub-limit");
    coverage.subLimits.forEach((subLimit, j) => checkClause(subLimit.clauseId, ["subLimits", j, "clauseId"]));
  },
  amounts: (coverage) => [
    { amount: coverage.annualDeductible, path: ["annualDeductible"] },
    { amount: coverage.perClaimDeductible, path: ["perClaimDeductible"] },
    { amount: coverage.perIncidentDeductible, path: ["perIncidentDeductible"] },
    ...(coverage.perClaimLimit !== undefined ? [{ amount: coverage.perClaimLimit, path: ["perClaimLimit"] }] : []),
    { amount: coverage.annualLimit, path: ["annualLimit"] },
    ...coverage.subLimits.map((subLimit, j) => ({ amount: subLimit.amount, path: ["subLimits", j, "amount"] })),
  ],
  checkAmounts: (coverage) =>
    coverage.perClaimLimit !== undefined && new Dec(coverage.perClaimLimit).greaterThan(coverage.annualLimit)
      ? [{ code: "invalid_input" as const, path: ["perClaimLimit"], message: `per-claim limit ${coverage.perClaimLimit} is above the annual limit ${coverage.annualLimit}` }]
      : [],
  compile: compileReimbursementCoverage,
  calculate: calculateReimbursement,
  balances: reimbursementBalances,
});
