import type { BalanceEntry, CoverageBalances } from "../coverage-kinds/coverage-kind-definition.js";
import { COVERAGE_KIND_DEFINITIONS } from "../coverage-kinds/coverage-kinds.js";
import type { CoverageAccumulator } from "../ledger/counters-schema.js";
import { Dec } from "../money/money.js";
import type { LocalizedText } from "../values/primitives.js";
import type { FhirExportContext } from "./fhir-export-context.js";
import type { FhirBenefitBalance, FhirBenefitFinancial, FhirCodeableConcept } from "./fhir-r4-types.js";
import { HL7_SYSTEMS } from "./fhir-systems.js";

type Path = readonly (string | number)[];

/**
 * The accumulators after the decision as ExplanationOfBenefit `benefitBalance`, per coverage: an `annual` balance
 * (policy year) and, when the coverage has lifetime counters in use (a fixed benefit's payouts), a `lifetime` one.
 * Each coverage kind says what its balances are (a reimbursement: deductible, benefit and per-year sub-limits;
 * hospital cash: benefit and days paid; …) and, from `options.policy` when given, what each allows.
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
  const kinds = new Map([...COVERAGE_KIND_DEFINITIONS, ...(options.coverageKinds ?? [])].map((kind) => [kind.kind, kind]));
  const policyCoverages = new Map((options.policy?.coverages ?? []).map((coverage, index) => [coverage.id, { coverage, index }]));
  const decisionCoverages = new Map(decision.coverages.map((coverage) => [coverage.coverageId, coverage]));
  const ledger = decision.counters.after.coverages;
  const ids = [...new Set([...policyCoverages.keys(), ...decisionCoverages.keys(), ...Object.keys(ledger).sort()])];
  return ids.flatMap((id) => {
    const inPolicy = policyCoverages.get(id);
    const kindName = inPolicy?.coverage.kind ?? decisionCoverages.get(id)?.kind;
    const name = inPolicy?.coverage.name ?? decisionCoverages.get(id)?.name;
    const used = ledger[id] ?? EMPTY;
    const paths = { ledger: ["decision", "counters", "after", "coverages", id], coverage: ["options", "policy", "coverages", inPolicy?.index ?? -1] };
    const kind = kindName === undefined ? undefined : kinds.get(kindName);
    const balances: CoverageBalances =
      kind === undefined ? balancesOfUnknownKind(used, paths.ledger) : (kind.balances?.(used as never, inPolicy?.coverage, paths) ?? { annual: [benefitEntry(used, paths.ledger)], lifetime: [] });
    const category: FhirCodeableConcept = { coding: [{ system: context.systems.coverage, code: id }], ...(name !== undefined ? { text: context.text(name) } : {}) };
    const common = {
      category,
      ...(name !== undefined ? { name: context.text(name) } : {}),
      unit: { coding: [{ system: HL7_SYSTEMS.benefitUnit, code: "individual", display: "Individual" }] },
    };
    return [
      { ...common, ...(used.ended ? { description: context.text(ENDED) } : {}), term: benefitTerm("annual", "Annual"), financial: balances.annual.map((entry) => financial(context, entry)) },
      ...(balances.lifetime.length > 0 ? [{ ...common, term: benefitTerm("lifetime", "Lifetime"), financial: balances.lifetime.map((entry) => financial(context, entry)) }] : []),
    ];
  });
}

const EMPTY = { paid: "0", ended: false, deductibleUsed: "0", daysPaid: 0, payouts: {}, subLimitsUsed: {}, disabilities: [] } as unknown as CoverageAccumulator;
const ENDED: LocalizedText = { en: "This coverage has ended after a payout that ends it.", zh: "该保险责任已因给付而终止。" };

function benefitEntry(used: CoverageAccumulator, ledgerPath: Path): BalanceEntry {
  return { system: "benefit-type", code: "benefit", display: "Benefit", usedMoney: { amount: used.paid, path: [...ledgerPath, "paid"] } };
}

/**
 * The balances of a ledger entry whose coverage kind neither the policy nor the decision names (a decision that did
 * not calculate, exported without the policy): whatever counters it holds.
 */
function balancesOfUnknownKind(used: CoverageAccumulator, ledgerPath: Path): CoverageBalances {
  const annual: BalanceEntry[] = [];
  if (new Dec(used.deductibleUsed).greaterThan(0)) annual.push({ system: "benefit-type", code: "deductible", display: "Deductible", usedMoney: { amount: used.deductibleUsed, path: [...ledgerPath, "deductibleUsed"] } });
  annual.push(benefitEntry(used, ledgerPath));
  if (used.daysPaid > 0) annual.push({ system: "accumulator", code: "days-paid", text: { en: "Days paid", zh: "已给付天数" }, usedCount: used.daysPaid });
  for (const [subLimitId, amount] of Object.entries(used.subLimitsUsed).sort(([a], [b]) => a.localeCompare(b))) {
    annual.push({ system: "sub-limit", code: subLimitId, usedMoney: { amount, path: [...ledgerPath, "subLimitsUsed", subLimitId] } });
  }
  const lifetime = Object.entries(used.payouts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([benefitId, count]): BalanceEntry => ({ system: "fixed-benefit", code: benefitId, usedCount: count }));
  return { annual, lifetime };
}

function financial(context: FhirExportContext, entry: BalanceEntry): FhirBenefitFinancial {
  const system = { "benefit-type": HL7_SYSTEMS.benefitType, accumulator: context.systems.accumulator, "sub-limit": context.systems.subLimit, "fixed-benefit": context.systems.fixedBenefit }[entry.system];
  return {
    type: { coding: [{ system, code: entry.code, ...(entry.display !== undefined ? { display: entry.display } : {}) }], ...(entry.text !== undefined ? { text: context.text(entry.text) } : {}) },
    ...(entry.allowedMoney !== undefined ? { allowedMoney: context.money(entry.allowedMoney.amount, entry.allowedMoney.path) } : {}),
    ...(entry.allowedCount !== undefined ? { allowedUnsignedInt: entry.allowedCount } : {}),
    ...(entry.usedMoney !== undefined ? { usedMoney: context.money(entry.usedMoney.amount, entry.usedMoney.path) } : {}),
    ...(entry.usedCount !== undefined ? { usedUnsignedInt: entry.usedCount } : {}),
  };
}

function benefitTerm(code: string, display: string): FhirCodeableConcept {
  return { coding: [{ system: HL7_SYSTEMS.benefitTerm, code, display }] };
}
