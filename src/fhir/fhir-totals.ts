import { Dec, type Money } from "../money/money.js";
import { hl7AdjudicationCategory } from "./fhir-adjudications.js";
import type { FhirExportContext } from "./fhir-export-context.js";
import type { FhirAdjudication, FhirCodeableConcept, FhirTotal } from "./fhir-r4-types.js";

/**
 * The totals per adjudication category, summed exactly (decimal.js) over every item and added item: `submitted`
 * (the decision's billed), `eligible`, each adjustment category, and `benefit` (the decision's payable), in that
 * order. Categories carrying a `value` (eligpercent) are not money and have no total.
 *
 * @param adjudications - the adjudications of every item and added item
 * @param context - the export's context
 * @returns one total per category
 * @example
 * fhirTotals(adjudications, context).at(-1)
 * //=> { category: { coding: [{ …, code: "benefit" }] }, amount: { value: 3000, currency: "CNY" } }
 */
export function fhirTotals(adjudications: readonly FhirAdjudication[], context: FhirExportContext): FhirTotal[] {
  const sums = new Map<string, { category: FhirCodeableConcept; sum: Money }>();
  for (const code of ["submitted", "eligible"] as const) sums.set(keyOf(hl7AdjudicationCategory(code)), { category: hl7AdjudicationCategory(code), sum: new Dec(0) });
  const benefit = hl7AdjudicationCategory("benefit");
  for (const adjudication of adjudications) {
    if (adjudication.amount === undefined) continue;
    const key = keyOf(adjudication.category);
    const entry = sums.get(key) ?? { category: adjudication.category, sum: new Dec(0) };
    // Money values were checked to be exact doubles; their shortest rendering is the decimal itself.
    sums.set(key, { category: entry.category, sum: entry.sum.plus(new Dec(String(adjudication.amount.value))) });
  }
  const benefitKey = keyOf(benefit);
  const benefitSum = sums.get(benefitKey)?.sum ?? new Dec(0);
  sums.delete(benefitKey);
  return [...sums.values(), { category: benefit, sum: benefitSum }].map(({ category, sum }) => ({
    category,
    amount: context.money(sum.toString(), ["total", category.coding?.[0]?.code ?? ""]),
  }));
}

function keyOf(category: FhirCodeableConcept): string {
  const coding = category.coding?.[0];
  return `${coding?.system ?? ""}|${coding?.code ?? ""}`;
}
