import type { CoverageBalances } from "../coverage-kind-definition.js";
import type { ReimbursementLedger } from "./calculate-reimbursement.js";
import type { ReimbursementCoverage } from "./reimbursement-coverage-schema.js";

/**
 * A reimbursement coverage's balances over the policy year: the deductible used (against the annual deductible), what
 * it paid (against the annual limit), and what each per-year sub-limit paid (against its amount).
 */
export function reimbursementBalances(ledger: ReimbursementLedger, coverage: ReimbursementCoverage | undefined, paths: { readonly ledger: readonly (string | number)[]; readonly coverage: readonly (string | number)[] }): CoverageBalances {
  const subLimits = Object.entries(ledger.subLimitsUsed)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([subLimitId, used]) => {
      const index = coverage?.subLimits.findIndex((candidate) => candidate.id === subLimitId && candidate.per === "year") ?? -1;
      const subLimit = coverage?.subLimits[index];
      return {
        system: "sub-limit" as const,
        code: subLimitId,
        ...(subLimit !== undefined ? { allowedMoney: { amount: subLimit.amount, path: [...paths.coverage, "subLimits", index, "amount"] } } : {}),
        usedMoney: { amount: used, path: [...paths.ledger, "subLimitsUsed", subLimitId] },
      };
    });
  return {
    annual: [
      {
        system: "benefit-type",
        code: "deductible",
        display: "Deductible",
        ...(coverage !== undefined ? { allowedMoney: { amount: coverage.annualDeductible, path: [...paths.coverage, "annualDeductible"] } } : {}),
        usedMoney: { amount: ledger.deductibleUsed, path: [...paths.ledger, "deductibleUsed"] },
      },
      {
        system: "benefit-type",
        code: "benefit",
        display: "Benefit",
        ...(coverage !== undefined ? { allowedMoney: { amount: coverage.annualLimit, path: [...paths.coverage, "annualLimit"] } } : {}),
        usedMoney: { amount: ledger.paid, path: [...paths.ledger, "paid"] },
      },
      ...subLimits,
    ],
    lifetime: [],
  };
}
