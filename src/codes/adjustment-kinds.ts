import type { LocalizedTemplate } from "./localized-template.js";

/** X12 835 claim adjustment group: PR patient responsibility, CO contractual, OA other payer. */
export type AdjustmentGroup = "PR" | "CO" | "OA";

/** The categories of HL7's `adjudication` code system (FHIR R4) an adjustment kind may be reported under. */
export type Hl7AdjudicationCategory = "submitted" | "eligible" | "deductible" | "eligpercent" | "copay" | "benefit";

/** Everything the library says about one kind of amount taken off a line or a benefit. */
export interface AdjustmentKindDefinition {
  /** X12 835 group code. */
  readonly group: AdjustmentGroup;
  /** X12 claim adjustment reason code (CARC). */
  readonly carc: string;
  /** The reason code an adjustment of this kind carries when no rule or term gives its own. */
  readonly reasonCode: string;
  /** The words of that reason code (no placeholders: an adjustment of this kind may be made without figures). */
  readonly message: LocalizedTemplate;
  /** The HL7 adjudication category it is exported under in FHIR, when one fits (else its own kind code). */
  readonly hl7Category?: Hl7AdjudicationCategory;
  /** Its short name in the claimant's breakdown of the amount. */
  readonly label: LocalizedTemplate;
  /**
   * It cuts what the policy's terms would otherwise pay, and so makes an approval partial. The others (offsets,
   * deductibles, the ratio, deductions of earlier payments) are the terms themselves.
   */
  readonly reducing: boolean;
}

/**
 * Every kind of adjustment, in the order a calculation takes them off: the one table the calculation, the
 * explanation, the notices and the FHIR export read. A new kind is one entry here.
 */
export const ADJUSTMENT_KINDS = {
  // bill lines
  // The provider's contracted rate is below its charge: the provider writes off the rest, which the insured never owes.
  negotiated_discount: {
    group: "CO", carc: "45", reasonCode: "NEGOTIATED_RATE", reducing: false,
    message: { en: "Above the rate agreed with the provider, who writes it off: you do not owe it.", zh: "超出与医疗机构约定价格的部分，由医疗机构减免，您无需支付。" },
    label: { en: "provider's discount (you do not owe it)", zh: "医疗机构协议减免（无需您支付）" },
  },
  social_insurance: {
    group: "OA", carc: "23", reasonCode: "SOCIAL_INSURANCE_PAID", reducing: false,
    message: { en: "Already paid by social insurance.", zh: "基本医疗保险已支付部分。" },
    label: { en: "paid by social insurance", zh: "基本医疗保险已支付" },
  },
  critical_illness_insurance: {
    group: "OA", carc: "23", reasonCode: "CRITICAL_ILLNESS_INSURANCE_PAID", reducing: false,
    message: { en: "Already paid by critical-illness insurance.", zh: "大病保险已支付部分。" },
    label: { en: "paid by critical-illness insurance", zh: "大病保险已支付" },
  },
  medical_assistance: {
    group: "OA", carc: "23", reasonCode: "MEDICAL_ASSISTANCE_PAID", reducing: false,
    message: { en: "Already paid by medical assistance.", zh: "医疗救助已支付部分。" },
    label: { en: "paid by medical assistance", zh: "医疗救助已支付" },
  },
  civil_servant_subsidy: {
    group: "OA", carc: "23", reasonCode: "CIVIL_SERVANT_SUBSIDY_PAID", reducing: false,
    message: { en: "Already paid by the civil-servant medical subsidy.", zh: "公务员医疗补助已支付部分。" },
    label: { en: "paid by the civil-servant subsidy", zh: "公务员医疗补助已支付" },
  },
  self_pay: {
    group: "PR", carc: "96", reasonCode: "SELF_PAY_NOT_COVERED", reducing: false,
    message: { en: "Outside the social insurance catalogue, which the policy does not cover.", zh: "社保目录外自费部分，不在保险责任范围内。" },
    label: { en: "outside the social insurance catalogue", zh: "社保目录外自费" },
  },
  class_b_self_pay: {
    group: "PR", carc: "96", reasonCode: "CLASS_B_SELF_PAY_NOT_COVERED", reducing: false,
    message: { en: "The share of a class B item you pay first under social insurance, which the policy does not cover.", zh: "乙类项目先行自付部分，不在保险责任范围内。" },
    label: { en: "class B items' first share", zh: "乙类先行自付" },
  },
  excluded_by_rule: {
    group: "PR", carc: "96", reasonCode: "EXCLUDED", reducing: true,
    message: { en: "Excluded by the policy.", zh: "属于责任免除。" },
    label: { en: "excluded items", zh: "责任免除项目" },
  },
  category_not_covered: {
    group: "PR", carc: "204", reasonCode: "CATEGORY_NOT_COVERED", reducing: true,
    message: { en: "This expense category is not covered by the policy.", zh: "该费用类别不在保险责任范围内。" },
    label: { en: "expenses not covered", zh: "不属于保险责任的费用" },
  },
  coverage_not_applicable: {
    group: "PR", carc: "204", reasonCode: "COVERAGE_REFUSED", reducing: true,
    message: { en: "The benefit does not apply to this claim.", zh: "该项保险责任不适用于本次申请。" },
    label: { en: "benefits that do not apply", zh: "不适用的保险责任" },
  },
  no_coverage: {
    group: "PR", carc: "204", reasonCode: "NO_REIMBURSEMENT_COVERAGE", reducing: false,
    message: { en: "No reimbursement benefit of the policy answers for this incident.", zh: "本保险合同无适用于本次事故的费用补偿责任。" },
    label: { en: "expenses no benefit covers", zh: "无适用保险责任的费用" },
  },
  provider_not_eligible: {
    group: "PR", carc: "242", reasonCode: "PROVIDER_NOT_ELIGIBLE", reducing: true,
    message: { en: "The provider is not one the policy covers treatment at.", zh: "就诊医疗机构不符合保险合同约定。" },
    label: { en: "providers not covered", zh: "不符合约定的医疗机构" },
  },
  outside_treatment_window: {
    group: "PR", carc: "204", reasonCode: "OUTSIDE_TREATMENT_WINDOW", reducing: true,
    message: { en: "Outside the days before admission or after discharge the policy covers.", zh: "不在保险合同约定的住院前后门急诊期间内。" },
    label: { en: "outside the days around the stay", zh: "超出住院前后约定期间" },
  },
  after_cover_ended: {
    group: "PR", carc: "27", reasonCode: "AFTER_COVER_ENDED", reducing: true,
    message: { en: "Incurred after the cover ended.", zh: "保险责任终止后发生的费用。" },
    label: { en: "after the cover ended", zh: "保险责任终止后发生" },
  },
  drug_not_listed: {
    group: "PR", carc: "96", reasonCode: "DRUG_NOT_LISTED", reducing: true,
    message: { en: "The drug is not on the policy's drug list for this condition.", zh: "该药品不在保险合同约定的药品清单内或不符合适应症。" },
    label: { en: "drugs not on the list", zh: "清单外药品" },
  },
  prescription_expired: {
    group: "PR", carc: "96", reasonCode: "PRESCRIPTION_EXPIRED", reducing: true,
    message: { en: "Bought too long after the prescription.", zh: "购药日期超出处方有效期。" },
    label: { en: "outdated prescriptions", zh: "超出处方有效期" },
  },
  pharmacy_not_designated: {
    group: "PR", carc: "242", reasonCode: "PHARMACY_NOT_DESIGNATED", reducing: true,
    message: { en: "Bought at a pharmacy the policy does not designate.", zh: "非保险合同指定药店购药。" },
    label: { en: "pharmacies not designated", zh: "非指定药店" },
  },
  fee_cap: {
    group: "PR", carc: "45", reasonCode: "FEE_CAP", reducing: true,
    message: { en: "Above the reasonable and customary fee.", zh: "超过合理费用标准的部分。" },
    label: { en: "above reasonable fees", zh: "超出合理费用标准" },
  },
  employer_supplementary: {
    group: "OA", carc: "23", reasonCode: "EMPLOYER_SUPPLEMENTARY_PAID", reducing: false,
    message: { en: "Already paid by an employer's supplementary medical plan.", zh: "单位补充医疗保险已支付部分。" },
    label: { en: "paid by an employer's plan", zh: "单位补充医疗已支付" },
  },
  other_insurance: {
    group: "OA", carc: "23", reasonCode: "OTHER_INSURANCE_PAID", reducing: false,
    message: { en: "Already paid by another insurer.", zh: "其他保险已赔付部分。" },
    label: { en: "paid by other insurers", zh: "其他保险已赔付" },
  },
  copay: {
    group: "PR", carc: "3", reasonCode: "COPAY", reducing: false, hl7Category: "copay",
    message: { en: "Copayment.", zh: "定额自付（每次就诊或服务的固定自付金额）。" },
    label: { en: "copays", zh: "定额自付" },
  },
  deductible: {
    group: "PR", carc: "1", reasonCode: "DEDUCTIBLE", reducing: false, hl7Category: "deductible",
    message: { en: "Deductible.", zh: "免赔额。" },
    label: { en: "deductible", zh: "免赔额" },
  },
  per_claim_deductible: {
    group: "PR", carc: "1", reasonCode: "PER_CLAIM_DEDUCTIBLE", reducing: false, hl7Category: "deductible",
    message: { en: "Per-claim deductible.", zh: "每次事故免赔额。" },
    label: { en: "per-claim deductible", zh: "每次事故免赔额" },
  },
  per_incident_deductible: {
    group: "PR", carc: "1", reasonCode: "PER_INCIDENT_DEDUCTIBLE", reducing: false, hl7Category: "deductible",
    message: { en: "Deductible per incident, taken once for all claims of the incident.", zh: "每次事故免赔额，同一事故的各次申请合计扣除一次。" },
    label: { en: "per-incident deductible", zh: "每次事故免赔额" },
  },
  // R4 has no coinsurance category: the share the insured keeps under the ratio is the patient's co-payment, and
  // its CARC 2 says it is coinsurance.
  coinsurance: {
    group: "PR", carc: "2", reasonCode: "COINSURANCE", reducing: false, hl7Category: "copay",
    message: { en: "The insured's share under the reimbursement ratio.", zh: "按赔付比例由被保险人自担部分。" },
    label: { en: "your share under the ratio", zh: "按比例自担" },
  },
  sub_limit: {
    group: "PR", carc: "119", reasonCode: "SUB_LIMIT", reducing: true,
    message: { en: "Above the sub-limit for this kind of expense.", zh: "超过该类费用分项限额的部分。" },
    label: { en: "above sub-limits", zh: "超出分项限额" },
  },
  per_claim_limit: {
    group: "PR", carc: "119", reasonCode: "PER_CLAIM_LIMIT", reducing: true,
    message: { en: "Above the per-claim limit.", zh: "超过单次赔偿限额的部分。" },
    label: { en: "above the per-claim limit", zh: "超出单次限额" },
  },
  annual_limit: {
    group: "PR", carc: "119", reasonCode: "ANNUAL_LIMIT", reducing: true,
    message: { en: "Above what is left of the annual limit.", zh: "超过年度剩余赔偿限额的部分。" },
    label: { en: "above the annual limit", zh: "超出年度限额" },
  },
  shared_limit: {
    group: "PR", carc: "119", reasonCode: "SHARED_LIMIT", reducing: true,
    message: { en: "Above what is left of a limit the policy's benefits share.", zh: "超过各项保险责任共用限额剩余部分。" },
    label: { en: "above a shared limit", zh: "超出共用限额" },
  },
  duplicate_invoice: {
    group: "CO", carc: "18", reasonCode: "DUPLICATE_INVOICE", reducing: true,
    message: { en: "The invoice was already claimed on another claim.", zh: "该发票已在其他理赔申请中使用。" },
    label: { en: "invoices already claimed", zh: "已申请理赔过的发票" },
  },
  // fixed, schedule, per-diem and parametric benefits
  days_already_paid: {
    group: "CO", carc: "18", reasonCode: "DAYS_ALREADY_PAID", reducing: true,
    message: { en: "Hospital days already paid on another claim.", zh: "已在其他理赔申请中给付的住院天数。" },
    label: { en: "hospital days already paid", zh: "已给付的住院天数" },
  },
  deductible_days: {
    group: "PR", carc: "1", reasonCode: "DEDUCTIBLE_DAYS", reducing: false, hl7Category: "deductible",
    message: { en: "Deductible days.", zh: "免赔天数。" },
    label: { en: "deductible days", zh: "免赔天数" },
  },
  earlier_payments: {
    group: "CO", carc: "119", reasonCode: "EARLIER_PAYMENTS", reducing: false,
    message: { en: "Already paid under the policy.", zh: "本保险合同已给付部分。" },
    label: { en: "already paid under the policy", zh: "本合同已给付" },
  },
  benefit_maximum: {
    group: "PR", carc: "119", reasonCode: "BENEFIT_MAXIMUM", reducing: true,
    message: { en: "Above the benefit's maximum.", zh: "超过该项保险金给付上限的部分。" },
    label: { en: "above the benefit's maximum", zh: "超出给付上限" },
  },
  // A disability the insured had before, which the policy did not pay: its share is deducted from the merged grade's.
  prior_disability: {
    group: "CO", carc: "26", reasonCode: "PRIOR_DISABILITY", reducing: false,
    message: { en: "The share of a disability the insured had before.", zh: "原有伤残程度对应的给付部分。" },
    label: { en: "share of an earlier disability", zh: "原有伤残对应部分" },
  },
  // A claim in the grace period is paid less the premium due (PRC Insurance Law art. 36); CARC 200: lapse in coverage.
  unpaid_premium: {
    group: "OA", carc: "200", reasonCode: "PREMIUM_DUE", reducing: false,
    message: { en: "Premium due and unpaid, deducted.", zh: "应交未交的保险费，予以扣减。" },
    label: { en: "premium due and unpaid", zh: "应交未交保险费" },
  },
  per_incident_limit: {
    group: "CO", carc: "119", reasonCode: "PER_INCIDENT_LIMIT", reducing: true,
    message: { en: "Above what is left of the limit for one accident, over every claim for it.", zh: "超过每次事故保险金额剩余部分（同一事故的各次申请合计计算）。" },
    label: { en: "above the limit per accident", zh: "超出每次事故限额" },
  },
  // the whole claim
  denied: {
    group: "PR", carc: "204", reasonCode: "DENIED", reducing: false,
    message: { en: "The claim is denied.", zh: "本次申请不予赔付。" },
    label: { en: "denied", zh: "拒赔" },
  },
  pending_documents: {
    group: "CO", carc: "252", reasonCode: "DOCUMENTS_REQUIRED", reducing: false,
    message: { en: "Not assessed until the missing documents arrive.", zh: "待资料补齐后再行审核。" },
    label: { en: "awaiting documents", zh: "待补充资料" },
  },
} as const satisfies Readonly<Record<string, AdjustmentKindDefinition>>;

/** A kind of amount adjustment (deductible, co-insurance, limit, exclusion, …): a key of `ADJUSTMENT_KINDS`, with its X12 group, CARC and words. */
export type AdjustmentKind = keyof typeof ADJUSTMENT_KINDS;

/** The adjustment kinds, in the table's order. */
export const ADJUSTMENT_KIND_NAMES = Object.keys(ADJUSTMENT_KINDS) as [AdjustmentKind, ...AdjustmentKind[]];

/** The definition of an adjustment kind. */
export function adjustmentKind(kind: AdjustmentKind): AdjustmentKindDefinition {
  return ADJUSTMENT_KINDS[kind];
}
