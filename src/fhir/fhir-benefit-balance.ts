import { Dec } from "../money/money.js";
import type { CoverageAccumulator } from "../ledger/accumulators-schema.js";
import type { LocalizedText } from "../values/primitives.js";
import type { FhirExportContext } from "./fhir-export-context.js";
import type { FhirBenefitBalance, FhirBenefitFinancial, FhirCodeableConcept } from "./fhir-r4-types.js";
import { HL7_SYSTEMS } from "./fhir-systems.js";

const EMPTY: CoverageAccumulator = { deductibleUsed: "0", paid: "0", daysPaid: 0, payouts: {}, subLimitsUsed: {}, disabilities: [], ended: false };

/**
 * The accumulators after the decision as ExplanationOfBenefit `benefitBalance`, per coverage: an `annual` balance
 * (policy year) with the deductible used (`deductible`), the amount paid (`benefit`), days paid (our `days-paid`,
 * as unsignedInt) and each sub-limit used; and, when a fixed benefit has paid, a `lifetime` balance with the payouts
 * of each tier (unsignedInt). What each allows comes from `options.policy` when given (a reimbursement's annual
 * deductible and limit and per-year sub-limits, days per year, payouts per tier), and is left out otherwise.
 * For denied and pending decisions the accumulators after equal those before; for a referred one they include the
 * claim as it stands if the referral is confirmed.
 *
 * @param context - the export's context
 * @returns the balances, coverages in the policy's order (else the decision's, then the ledger's)
 * @example
 * fhirBenefitBalance(context)[0]?.financial?.map((f) => [f.type.coding?.[0]?.code, f.usedMoney?.value])
 * //=> [["deductible", 10000], ["benefit", 3000]]
 */
export function fhirBenefitBalance(context: FhirExportContext): FhirBenefitBalance[] {
  const { decision, options } = context;
  const policyCoverages = new Map((options.policy?.coverages ?? []).map((coverage) => [coverage.id, coverage]));
  const decisionCoverages = new Map(decision.coverages.map((coverage) => [coverage.coverageId, coverage]));
  const ledger = decision.accumulatorsAfter.coverages;
  const ids = [...new Set([...policyCoverages.keys(), ...decisionCoverages.keys(), ...Object.keys(ledger).sort()])];
  return ids.flatMap((id) => {
    const coverage = policyCoverages.get(id);
    const policyPath = ["options", "policy", "coverages", options.policy?.coverages.findIndex((candidate) => candidate.id === id) ?? -1] as const;
    const kind = coverage?.kind ?? decisionCoverages.get(id)?.kind;
    const name = coverage?.name ?? decisionCoverages.get(id)?.name;
    const used = ledger[id] ?? EMPTY;
    const path = ["decision", "accumulatorsAfter", "coverages", id] as const;
    const category: FhirCodeableConcept = { coding: [{ system: context.systems.coverage, code: id }], ...(name !== undefined ? { text: context.text(name) } : {}) };
    const common = {
      category,
      ...(name !== undefined ? { name: context.text(name) } : {}),
      unit: { coding: [{ system: HL7_SYSTEMS.benefitUnit, code: "individual", display: "Individual" }] },
    };

    const annual: FhirBenefitFinancial[] = [];
    if (kind === "reimbursement" || new Dec(used.deductibleUsed).greaterThan(0)) {
      const allowed = coverage?.kind === "reimbursement" ? { amount: coverage.annualDeductible, path: [...policyPath, "annualDeductible"] } : undefined;
      annual.push(moneyFinancial(context, benefitType("deductible", "Deductible"), allowed, used.deductibleUsed, [...path, "deductibleUsed"]));
    }
    const limit = coverage?.kind === "reimbursement" ? { amount: coverage.annualLimit, path: [...policyPath, "annualLimit"] } : undefined;
    annual.push(moneyFinancial(context, benefitType("benefit", "Benefit"), limit, used.paid, [...path, "paid"]));
    if (kind === "per_diem" || used.daysPaid > 0) {
      annual.push({
        type: { coding: [{ system: context.systems.accumulator, code: "days-paid" }], text: context.text(DAYS_PAID) },
        ...(coverage?.kind === "per_diem" ? { allowedUnsignedInt: coverage.maxDaysPerYear } : {}),
        usedUnsignedInt: used.daysPaid,
      });
    }
    for (const [subLimitId, amount] of Object.entries(used.subLimitsUsed).sort(([a], [b]) => a.localeCompare(b))) {
      const index = coverage?.kind === "reimbursement" ? coverage.subLimits.findIndex((candidate) => candidate.id === subLimitId && candidate.per === "year") : -1;
      const subLimit = coverage?.kind === "reimbursement" ? coverage.subLimits[index] : undefined;
      const allowed = subLimit !== undefined ? { amount: subLimit.amount, path: [...policyPath, "subLimits", index, "amount"] } : undefined;
      annual.push(moneyFinancial(context, { coding: [{ system: context.systems.subLimit, code: subLimitId }] }, allowed, amount, [...path, "subLimitsUsed", subLimitId]));
    }

    const lifetime: FhirBenefitFinancial[] = Object.entries(used.payouts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([benefitId, count]) => {
        const tier = coverage?.kind === "fixed" ? coverage.benefits.find((candidate) => candidate.id === benefitId) : undefined;
        return {
          type: { coding: [{ system: context.systems.fixedBenefit, code: benefitId }], ...(tier !== undefined ? { text: context.text(tier.name) } : {}) },
          ...(tier !== undefined ? { allowedUnsignedInt: tier.maxPayouts } : {}),
          usedUnsignedInt: count,
        };
      });

    return [
      { ...common, ...(used.ended ? { description: context.text(ENDED) } : {}), term: benefitTerm("annual", "Annual"), financial: annual },
      ...(lifetime.length > 0 ? [{ ...common, term: benefitTerm("lifetime", "Lifetime"), financial: lifetime }] : []),
    ];
  });
}

const DAYS_PAID: LocalizedText = { en: "Days paid", zh: "已给付天数" };
const ENDED: LocalizedText = { en: "This coverage has ended after a payout that ends it.", zh: "该保险责任已因给付而终止。" };

type Path = readonly (string | number)[];

function moneyFinancial(context: FhirExportContext, type: FhirCodeableConcept, allowed: { amount: string; path: Path } | undefined, used: string, path: Path): FhirBenefitFinancial {
  return {
    type,
    ...(allowed !== undefined ? { allowedMoney: context.money(allowed.amount, allowed.path) } : {}),
    usedMoney: context.money(used, path),
  };
}

function benefitType(code: string, display: string): FhirCodeableConcept {
  return { coding: [{ system: HL7_SYSTEMS.benefitType, code, display }] };
}

function benefitTerm(code: string, display: string): FhirCodeableConcept {
  return { coding: [{ system: HL7_SYSTEMS.benefitTerm, code, display }] };
}
