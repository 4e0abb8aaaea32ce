import { z } from "zod";
import { MoneyStringSchema } from "../values/primitives.js";

/**
 * Who else paid part of a bill line before this policy (其他途径已获补偿), in the order a settlement statement lists
 * them: basic medical insurance's pooled fund (统筹基金), critical-illness insurance (大病保险), medical assistance
 * (医疗救助), the civil-servant medical subsidy (公务员医疗补助), an employer's supplementary plan (单位补充医疗),
 * other commercial insurers (其他商业保险). Each reimbursement coverage says which of them it deducts and which
 * count towards its deductible.
 */
export const PAYER_SOURCES = [
  "basic_medical_insurance",
  "critical_illness_insurance",
  "medical_assistance",
  "civil_servant_subsidy",
  "employer_supplementary",
  "other_commercial_insurance",
] as const;
export type PayerSource = (typeof PAYER_SOURCES)[number];

/** The public schemes among them: paid before the patient's own share is known, and settled with the bill. */
export const SOCIAL_PAYER_SOURCES: ReadonlySet<PayerSource> = new Set(["basic_medical_insurance", "critical_illness_insurance", "medical_assistance", "civil_servant_subsidy"]);

/** What a payer source is called, for steps and messages. */
export const PAYER_SOURCE_WORDS: Readonly<Record<PayerSource, { readonly en: string; readonly zh: string }>> = {
  basic_medical_insurance: { en: "basic medical insurance (pooled fund)", zh: "基本医疗保险统筹基金" },
  critical_illness_insurance: { en: "critical-illness insurance", zh: "大病保险" },
  medical_assistance: { en: "medical assistance", zh: "医疗救助" },
  civil_servant_subsidy: { en: "civil-servant medical subsidy", zh: "公务员医疗补助" },
  employer_supplementary: { en: "employer's supplementary medical plan", zh: "单位补充医疗保险" },
  other_commercial_insurance: { en: "other commercial insurers", zh: "其他商业保险" },
};

/**
 * What the payers other than basic medical insurance (`socialInsurancePaid`) and other commercial insurers
 * (`otherInsurancePaid`) paid on a line, as its settlement statement shows.
 */
export const LinePaidBySchema = z.strictObject({
  /** 大病保险. */
  criticalIllnessInsurance: MoneyStringSchema.optional(),
  /** 医疗救助. */
  medicalAssistance: MoneyStringSchema.optional(),
  /** 公务员医疗补助. */
  civilServantSubsidy: MoneyStringSchema.optional(),
  /** 单位补充医疗保险. */
  employerSupplementary: MoneyStringSchema.optional(),
});
export type LinePaidBy = z.output<typeof LinePaidBySchema>;

/** The amounts a line's fields say each payer source paid ("0" when it says nothing). */
export function paymentsOf(line: { readonly socialInsurancePaid: string; readonly otherInsurancePaid: string; readonly paidBy?: LinePaidBy | undefined }): Readonly<Record<PayerSource, string>> {
  const by = line.paidBy ?? {};
  return {
    basic_medical_insurance: line.socialInsurancePaid,
    critical_illness_insurance: by.criticalIllnessInsurance ?? "0",
    medical_assistance: by.medicalAssistance ?? "0",
    civil_servant_subsidy: by.civilServantSubsidy ?? "0",
    employer_supplementary: by.employerSupplementary ?? "0",
    other_commercial_insurance: line.otherInsurancePaid,
  };
}
