import type { Adjustment, AdjustmentKind } from "../schemas/decision-schema.js";
import type { LocalizedText } from "../schemas/primitives.js";

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

/** What each kind of adjustment means, for the adjustments the library makes by the policy's terms. */
const ADJUSTMENT_MESSAGES: Record<AdjustmentKind, LocalizedText> = {
  social_insurance: { en: "Already paid by social insurance.", zh: "基本医疗保险已支付部分。" },
  self_pay: { en: "Outside the social insurance catalogue, which the policy does not cover.", zh: "社保目录外自费部分，不在保险责任范围内。" },
  excluded_by_rule: { en: "Excluded by the policy.", zh: "属于责任免除。" },
  category_not_covered: { en: "This expense category is not covered by the policy.", zh: "该费用类别不在保险责任范围内。" },
  coverage_not_applicable: { en: "The benefit does not apply to this claim.", zh: "该项保险责任不适用于本次申请。" },
  no_coverage: { en: "No reimbursement benefit of the policy answers for this incident.", zh: "本保险合同无适用于本次事故的费用补偿责任。" },
  fee_cap: { en: "Above the reasonable and customary fee.", zh: "超过合理费用标准的部分。" },
  other_insurance: { en: "Already paid by another insurer.", zh: "其他保险已赔付部分。" },
  deductible: { en: "Deductible.", zh: "免赔额。" },
  per_claim_deductible: { en: "Per-claim deductible.", zh: "每次事故免赔额。" },
  coinsurance: { en: "The insured's share under the reimbursement ratio.", zh: "按赔付比例由被保险人自担部分。" },
  sub_limit: { en: "Above the sub-limit for this kind of expense.", zh: "超过该类费用分项限额的部分。" },
  per_claim_limit: { en: "Above the per-claim limit.", zh: "超过单次赔偿限额的部分。" },
  annual_limit: { en: "Above what is left of the annual limit.", zh: "超过年度剩余赔偿限额的部分。" },
  deductible_days: { en: "Deductible days.", zh: "免赔天数。" },
  earlier_payments: { en: "Already paid under the policy.", zh: "本保险合同已给付部分。" },
  benefit_maximum: { en: "Above the benefit's maximum.", zh: "超过该项保险金给付上限的部分。" },
  denied: { en: "The claim is denied.", zh: "本次申请不予赔付。" },
  pending_documents: { en: "Not assessed until the missing documents arrive.", zh: "待资料补齐后再行审核。" },
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
    message: source.message ?? ADJUSTMENT_MESSAGES[kind],
  };
}
