import { Decimal } from "decimal.js";

/** Outcomes whose decision took effect on the ledger. */
const EFFECTIVE = new Set(["approved", "partially_approved", "referred"]);

/**
 * What a policy's ledger (its claim history) counts for a coverage field, over every claim whose decision took effect
 * and the opening counters: for a policy with one insured and one policy year, the coverage's counter.
 */
export function ledgerTotal(ledger: unknown, coverageId: string, field: "paid" | "deductibleUsed"): Decimal {
  const { opening = [], claims = {} } = ledger as {
    opening?: { coverages: Record<string, Record<string, string>> }[];
    claims?: Record<string, { outcome: string; coverages: Record<string, Record<string, string>> }>;
  };
  const entries = [...opening.map((entry) => entry.coverages), ...Object.values(claims).filter((record) => EFFECTIVE.has(record.outcome)).map((record) => record.coverages)];
  return entries.reduce((sum, coverages) => sum.plus(coverages[coverageId]?.[field] ?? "0"), new Decimal(0));
}

/**
 * What a ledger holds independent of the order its claims were decided in: the claims it records and, per coverage,
 * what they paid and took from the deductible. Concurrent workers decide a family's claims in some order; what each
 * claim paid may differ with the order, what the family was paid in all may not.
 */
export function ledgerSummary(ledger: unknown): { claims: string[]; coverages: Record<string, { paid: string; deductibleUsed: string }> } {
  const { claims = {} } = (ledger ?? {}) as { claims?: Record<string, { coverages: Record<string, unknown> }> };
  const coverageIds = [...new Set(Object.values(claims).flatMap((record) => Object.keys(record.coverages)))].sort();
  return {
    claims: Object.keys(claims).sort(),
    coverages: Object.fromEntries(coverageIds.map((id) => [id, { paid: ledgerTotal(ledger, id, "paid").toFixed(2), deductibleUsed: ledgerTotal(ledger, id, "deductibleUsed").toFixed(2) }])),
  };
}
