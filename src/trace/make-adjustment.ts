import type { Adjustment, AdjustmentKind } from "../decision/decision-schema.js";
import type { LocalizedText } from "../values/primitives.js";
import { BUILTIN_REASON_MESSAGES } from "../codes/builtin-reasons.js";

/**
 * X12 835 group and claim adjustment reason code (CARC) of each kind of adjustment, and the reason code used when
 * no rule gives its own. PR patient responsibility, CO contractual, OA other payer.
 */
const ADJUSTMENT_CODES: Record<AdjustmentKind, { group: Adjustment["group"]; carc: string; reasonCode: string }> = {
  social_insurance: { group: "OA", carc: "23", reasonCode: "SOCIAL_INSURANCE_PAID" },
  self_pay: { group: "PR", carc: "96", reasonCode: "SELF_PAY_NOT_COVERED" },
  excluded_by_rule: { group: "CO", carc: "96", reasonCode: "EXCLUDED" },
  category_not_covered: { group: "CO", carc: "204", reasonCode: "CATEGORY_NOT_COVERED" },
  coverage_not_applicable: { group: "CO", carc: "204", reasonCode: "COVERAGE_REFUSED" },
  no_coverage: { group: "CO", carc: "204", reasonCode: "NO_REIMBURSEMENT_COVERAGE" },
  fee_cap: { group: "CO", carc: "45", reasonCode: "FEE_CAP" },
  other_insurance: { group: "OA", carc: "23", reasonCode: "OTHER_INSURANCE_PAID" },
  deductible: { group: "PR", carc: "1", reasonCode: "DEDUCTIBLE" },
  per_claim_deductible: { group: "PR", carc: "1", reasonCode: "PER_CLAIM_DEDUCTIBLE" },
  coinsurance: { group: "PR", carc: "2", reasonCode: "COINSURANCE" },
  sub_limit: { group: "CO", carc: "119", reasonCode: "SUB_LIMIT" },
  per_claim_limit: { group: "CO", carc: "119", reasonCode: "PER_CLAIM_LIMIT" },
  annual_limit: { group: "CO", carc: "119", reasonCode: "ANNUAL_LIMIT" },
  deductible_days: { group: "PR", carc: "1", reasonCode: "DEDUCTIBLE_DAYS" },
  earlier_payments: { group: "CO", carc: "119", reasonCode: "EARLIER_PAYMENTS" },
  benefit_maximum: { group: "CO", carc: "119", reasonCode: "BENEFIT_MAXIMUM" },
  denied: { group: "CO", carc: "204", reasonCode: "DENIED" },
  pending_documents: { group: "CO", carc: "252", reasonCode: "DOCUMENTS_REQUIRED" },
};

/**
 * Adjustments that cut what the policy's terms would otherwise pay: they make an approval partial. The others
 * (offsets, deductibles, the ratio, deductions of earlier payments) are the terms themselves.
 */
export const REDUCING_ADJUSTMENTS: ReadonlySet<AdjustmentKind> = new Set([
  "excluded_by_rule",
  "category_not_covered",
  "coverage_not_applicable",
  "fee_cap",
  "sub_limit",
  "per_claim_limit",
  "annual_limit",
  "benefit_maximum",
]);

export interface AdjustmentSource {
  readonly ruleId?: string;
  readonly reasonCode?: string;
  readonly coverageId?: string;
  /** The rule's or the refusal's own words; default the library's for the kind. */
  readonly message?: LocalizedText;
}

/** One adjustment record; its group and CARC follow from its kind, its reason code from the rule when a rule made it. */
export function makeAdjustment(kind: AdjustmentKind, amount: string, clauseId: string, source: AdjustmentSource = {}): Adjustment {
  const codes = ADJUSTMENT_CODES[kind];
  return {
    kind,
    group: codes.group,
    ...(source.coverageId !== undefined ? { coverageId: source.coverageId } : {}),
    carc: codes.carc,
    amount,
    clauseId,
    ...(source.ruleId !== undefined ? { ruleId: source.ruleId } : {}),
    reasonCode: source.reasonCode ?? codes.reasonCode,
    message: source.message ?? BUILTIN_REASON_MESSAGES[source.reasonCode ?? codes.reasonCode] ?? (BUILTIN_REASON_MESSAGES[codes.reasonCode] as LocalizedText),
  };
}
