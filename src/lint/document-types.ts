import type { LocalizedText } from "../values/primitives.js";

/** A document type rule authors may name, with its description. */
export interface DocumentTypeDefinition {
  readonly type: string;
  readonly description: LocalizedText;
}

/**
 * Document types the linter knows: what policies require and `require_document` rules ask for. A type outside
 * this list is reported as a warning (most likely a typo); pass `documentTypes` to the validators to add a
 * product's own types.
 */
export const DOCUMENT_TYPES: readonly DocumentTypeDefinition[] = [
  { type: "claim_form", description: { en: "Claim form signed by the claimant", zh: "理赔申请书" } },
  { type: "insured_id", description: { en: "The insured's identity document", zh: "被保险人身份证明" } },
  { type: "claimant_id", description: { en: "The claimant's identity document", zh: "申请人身份证明" } },
  { type: "relationship_proof", description: { en: "Proof of the claimant's relationship to the insured", zh: "申请人与被保险人关系证明" } },
  { type: "authorization_letter", description: { en: "Power of attorney for a claimant acting for someone else", zh: "授权委托书" } },
  { type: "bank_account", description: { en: "Bank account details for the payment", zh: "收款银行账户信息" } },
  { type: "invoice", description: { en: "Medical invoice", zh: "医疗费用发票" } },
  { type: "itemized_expense_list", description: { en: "Itemised list of expenses", zh: "费用明细清单" } },
  { type: "discharge_summary", description: { en: "Discharge summary", zh: "出院小结" } },
  { type: "admission_record", description: { en: "Hospital admission record", zh: "入院记录" } },
  { type: "medical_record", description: { en: "Medical record", zh: "病历" } },
  { type: "diagnosis_certificate", description: { en: "Diagnosis certificate", zh: "诊断证明书" } },
  { type: "pathology_report", description: { en: "Pathology report", zh: "病理报告" } },
  { type: "examination_report", description: { en: "Examination or imaging report", zh: "检查检验报告" } },
  { type: "prescription", description: { en: "Prescription", zh: "处方" } },
  { type: "social_insurance_settlement", description: { en: "Social insurance settlement statement", zh: "医保结算单" } },
  { type: "si_exclusion_proof", description: { en: "Proof that social insurance could not settle the expenses", zh: "不能通过基本医疗保险结算的证明" } },
  { type: "other_insurer_settlement", description: { en: "Another insurer's settlement statement", zh: "其他保险机构理赔结算单" } },
  { type: "accident_report", description: { en: "Accident report", zh: "意外事故证明" } },
  { type: "police_report", description: { en: "Police report", zh: "公安机关证明" } },
  { type: "traffic_accident_determination", description: { en: "Traffic accident liability determination", zh: "交通事故责任认定书" } },
  { type: "disability_assessment", description: { en: "Disability assessment (JR/T 0083-2013)", zh: "伤残鉴定书" } },
  { type: "death_certificate", description: { en: "Death certificate", zh: "死亡证明" } },
  { type: "household_register_cancellation", description: { en: "Household register cancellation", zh: "户籍注销证明" } },
  { type: "flight_delay_certificate", description: { en: "Carrier's flight delay certificate", zh: "航班延误证明" } },
  { type: "boarding_pass", description: { en: "Boarding pass or itinerary", zh: "登机牌或行程单" } },
  { type: "travel_itinerary", description: { en: "Travel itinerary", zh: "行程单" } },
];
