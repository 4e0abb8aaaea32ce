import { Dec } from "../../money/money.js";
import { defineCoverageKind } from "../coverage-kind-definition.js";
import { calculateReimbursement } from "./calculate-reimbursement.js";
import { compileReimbursementCoverage } from "./compile-reimbursement-coverage.js";
import { reimbursementBalances } from "./reimbursement-balances.js";
import { ReimbursementCoverageSchema } from "./reimbursement-coverage-schema.js";
import { REIMBURSEMENT_LEDGER_SHAPE } from "./reimbursement-ledger.js";
import { REIMBURSEMENT_STEPS } from "./reimbursement-steps.js";
import { REIMBURSEMENT_REASONS } from "./reimbursement-reasons.js";
import { reimbursementAmounts, checkReimbursementReferences } from "./reimbursement-references.js";

/** Reimbursement of bill lines (费用补偿型医疗): deductibles, the ratio, sub-limits and limits. */
export const reimbursementKind = defineCoverageKind({
  kind: "reimbursement",
  schema: ReimbursementCoverageSchema,
  ledgerShape: REIMBURSEMENT_LEDGER_SHAPE,
  ledgerKeys: (coverage) => {
    // The parts a coverage pays its lines in: "all", or the catalogue's parts.
    const parts = coverage.catalogueParts === undefined ? ["all"] : ["in_catalogue", ...(coverage.catalogueParts.outOfCatalogue !== undefined ? ["out_of_catalogue"] : [])];
    return {
      subLimitsUsed: { what: "sub-limit", ids: coverage.subLimits.map((subLimit) => subLimit.id) },
      partDeductiblesUsed: { what: "catalogue part", ids: parts.filter((part) => part !== "all") },
      ratioBandsUsed: { what: "part of a banded ratio", ids: parts },
    };
  },
  reasons: REIMBURSEMENT_REASONS,
  steps: REIMBURSEMENT_STEPS,
  billLines: { categories: (coverage) => coverage.eligibleCategories },
  ledgerScopes: (coverage) => ({
    deductibleUsed: coverage.deductibleLevel === "family" ? "family_year" : "year",
    paid: coverage.limitLevel === "family" ? "family_year" : "year",
    subLimitsUsed: "year",
    incidentDeductibleUsed: "incident",
    familyDeductibleUsed: "family_year",
    partDeductiblesUsed: coverage.deductibleLevel === "family" ? "family_year" : "year",
    ratioBandsUsed: "year",
    outOfPocketUsed: "year",
    familyOutOfPocketUsed: "family_year",
  }),
  checkReferences: checkReimbursementReferences,
  amounts: reimbursementAmounts,
  checkAmounts: (coverage) =>
    coverage.perClaimLimit !== undefined && new Dec(coverage.perClaimLimit).greaterThan(coverage.annualLimit)
      ? [{ code: "invalid_input" as const, path: ["perClaimLimit"], message: `per-claim limit ${coverage.perClaimLimit} is above the annual limit ${coverage.annualLimit}` }]
      : [],
  compile: compileReimbursementCoverage,
  calculate: calculateReimbursement,
  balances: reimbursementBalances,
});
