import { z } from "zod";
import { toMoney } from "../../money/money.js";
import { defineCoverageKind } from "../coverage-kind-definition.js";
import { calculatePerDiem } from "./calculate-per-diem.js";
import { PerDiemCoverageSchema } from "./per-diem-coverage-schema.js";
import { PER_DIEM_REASONS, PER_DIEM_STEPS } from "./per-diem-texts.js";

/** An amount per day in hospital (住院津贴), after deductible days, within per-stay and per-year maxima. */
export const perDiemKind = defineCoverageKind({
  kind: "per_diem",
  schema: PerDiemCoverageSchema,
  ledgerShape: {
    /** Days a per-diem coverage has paid. */
    daysPaid: z.int().min(0).default(0),
  },
  reasons: PER_DIEM_REASONS,
  steps: PER_DIEM_STEPS,
  checkReferences(coverage, { checkClause, checkUnique }) {
    checkClause(coverage.clauseRefs.limits, ["clauseRefs", "limits"]);
    checkClause(coverage.stay?.clauseId, ["stay", "clauseId"]);
    checkClause(coverage.readmission?.clauseId, ["readmission", "clauseId"]);
    if (coverage.wardRates !== undefined) checkUnique(coverage.wardRates.map((rate) => rate.type), (i) => ["wardRates", i, "type"], "ward type");
  },
  amounts: (coverage) => [{ amount: coverage.dailyAmount, path: ["dailyAmount"] }, ...(coverage.wardRates ?? []).map((rate, i) => ({ amount: rate.dailyAmount, path: ["wardRates", i, "dailyAmount"] }))],
  compile: (coverage) => ({
    kind: "per_diem",
    id: coverage.id,
    clauseId: coverage.clauseId,
    source: coverage,
    dailyAmount: toMoney(coverage.dailyAmount),
    wardRates: new Map((coverage.wardRates ?? []).map((rate) => [rate.type, { name: rate.name, dailyAmount: toMoney(rate.dailyAmount) }])),
  }),
  calculate: calculatePerDiem,
  // A readmission counted as the same stay is compared with the insured's earlier stays, which the ledger then keeps.
  keepsStays: (coverage) => coverage.readmission !== undefined,
  balances: (ledger, coverage, paths) => ({
    annual: [
      { system: "benefit-type", code: "benefit", display: "Benefit", usedMoney: { amount: ledger.paid, path: [...paths.ledger, "paid"] } },
      { system: "accumulator", code: "days-paid", text: { en: "Days paid", zh: "已给付天数" }, ...(coverage !== undefined ? { allowedCount: coverage.maxDaysPerYear } : {}), usedCount: ledger.daysPaid },
    ],
    lifetime: [],
  }),
});
