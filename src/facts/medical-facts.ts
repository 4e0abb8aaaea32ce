import { RELATIONSHIPS, SOCIAL_INSURANCE_USE, type BillLine, type Claim } from "../claim/claim-schema.js";
import { departmentOf, lineDiagnoses, matchesAnyPrefix, principalDiagnosisOf, providerOf, secondaryDiagnosesOf, settlementOf } from "../claim/medical-claim-views.js";
import { paymentsOf, type PayerSource } from "../claim/payer-sources.js";
import { ageInYears } from "../dates/age-in-years.js";
import { daysBetween } from "../dates/iso-date.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { sumMoneyStrings } from "../money/sum-money-strings.js";
import { insuredOf, type CompiledPolicy } from "../policy/compile-policy.js";
import { isPolicyInForce } from "../policy/policy-period.js";
import { defineFact, type FactContext, type FactDefinition } from "./fact-definition.js";

const totalPaidBy = ({ claim, policy }: FactContext, source: PayerSource) => sumMoneyStrings(claim.lines.map((line) => paymentsOf(line)[source]), policy.minorUnits);
const distinct = (values: readonly (string | undefined)[]) => [...new Set(values.filter((value): value is string => value !== undefined))].sort();
const preExisting = ({ policy, place }: FactContext) => insuredOf(policy, place.insuredId).preExistingConditions;

/** Each insured of the policy must state `field` for a fact that reads it: else rules would compare nothing. */
function everyInsuredStates(field: "birthDate" | "sex", fact: string) {
  return (policy: CompiledPolicy): Issue[] =>
    policy.insureds.flatMap((insured) => {
      if (insured[field] !== undefined) return [];
      const index = policy.source.insureds?.findIndex((candidate) => candidate.id === insured.id) ?? -1;
      const path = index >= 0 ? ["policy", "insureds", index, field] : ["policy", "insured", field];
      return [{ code: "invalid_input" as const, path, message: `the rules read ${fact}, but insured "${insured.id}" has no ${field}: give it on the policy` }];
    });
}

/** Where a line's service date lies relative to the claim's hospital stay. */
function stayWindow(line: BillLine, claim: Claim): "before_admission" | "during_stay" | "after_discharge" | "no_stay" {
  const stay = claim.hospitalStay;
  if (stay === undefined) return "no_stay";
  if (line.serviceDate < stay.admission) return "before_admission";
  return line.serviceDate > stay.discharge ? "after_discharge" : "during_stay";
}

/**
 * The facts of medical bills and the people and places behind them: diagnoses (principal and secondary), the
 * hospital stay's dates against the period of insurance, the insured's age and sex, the providers, every payer's
 * share, the social-insurance settlement of each line.
 */
export const MEDICAL_FACTS: readonly FactDefinition[] = [
  defineFact({
    name: "principalDiagnosis", type: "string", scope: "claim",
    description: { en: "The principal diagnosis (ICD-10): incident.principalDiagnosis, else the first of diagnosisCodes (empty without one).", zh: "主要诊断（ICD-10）：incident.principalDiagnosis，未提供时为 diagnosisCodes 的第一项（无诊断时为空）。" },
    derive: ({ claim }) => principalDiagnosisOf(claim),
  }),
  defineFact({
    name: "secondaryDiagnoses", type: "string[]", scope: "claim",
    description: { en: "The other diagnoses of the claim (comorbidities), all but the principal one.", zh: "除主要诊断外的其他诊断（合并症）。" },
    derive: (context) => [...secondaryDiagnosesOf(context.claim)],
  }),
  defineFact({
    name: "principalDiagnosisPreExisting", type: "boolean", scope: "claim",
    description: { en: "The principal diagnosis is one of the pre-existing conditions the policy declares for the insured (by ICD-10 prefix).", zh: "主要诊断属于保单记载的该被保险人既往症（按 ICD-10 前缀）。" },
    derive: (context) => matchesAnyPrefix([principalDiagnosisOf(context.claim)].filter((code) => code !== ""), preExisting(context)),
  }),
  defineFact({
    name: "admissionDate", type: "date", scope: "claim",
    description: { en: "Date of admission to hospital (empty without a stay: no date comparison then holds).", zh: "入院日期（无住院时为空，任何日期比较均不成立）。" },
    derive: ({ claim }) => claim.hospitalStay?.admission ?? "",
  }),
  defineFact({
    name: "dischargeDate", type: "date", scope: "claim",
    description: { en: "Date of discharge from hospital (empty without a stay).", zh: "出院日期（无住院时为空）。" },
    derive: ({ claim }) => claim.hospitalStay?.discharge ?? "",
  }),
  defineFact({
    name: "admittedOutsidePolicyPeriod", type: "boolean", scope: "claim",
    description: { en: "The claim has a hospital stay whose admission lies outside the period of insurance (false without a stay).", zh: "本次理赔包含住院，且入院日期不在保险期间内（无住院时为 false）。" },
    derive: ({ claim, policy }) => claim.hospitalStay !== undefined && !isPolicyInForce(policy.source.period, claim.hospitalStay.admission),
  }),
  defineFact({
    name: "daysInHospitalAfterExpiry", type: "number", scope: "claim",
    description: { en: "Days of the hospital stay after the policy's expiry date (discharge − expiry; 0 when discharged by then or without a stay).", zh: "住院期间超出保险期间满期日的天数（出院日期 − 满期日；满期前出院或无住院为 0）。" },
    derive: ({ claim, policy }) => (claim.hospitalStay === undefined ? 0 : Math.max(0, daysBetween(claim.hospitalStay.discharge, policy.source.period.expiry))),
  }),
  defineFact({
    name: "insuredAge", type: "number", scope: "claim",
    description: {
      en: "The insured's age in whole years on the incident date (for an illness, the date of diagnosis), from the policy's birthDate of the insured.",
      zh: "被保险人于出险日（疾病为确诊日）的周岁年龄，按保单记载的出生日期计算。",
    },
    // createAdjudicator refuses rules reading it unless every insured has a birth date (checkPolicy): -1 is never read.
    derive: ({ claim, policy, place }) => {
      const birthDate = insuredOf(policy, place.insuredId).birthDate;
      return birthDate === undefined ? -1 : ageInYears(birthDate, claim.incident.date);
    },
    checkPolicy: everyInsuredStates("birthDate", "insuredAge"),
  }),
  defineFact({
    name: "insuredSex", type: "string", scope: "claim", values: ["female", "male"],
    description: { en: "The insured's sex on the policy: female or male.", zh: "保单记载的被保险人性别：female（女）或 male（男）。" },
    derive: ({ policy, place }) => insuredOf(policy, place.insuredId).sex ?? "",
    checkPolicy: everyInsuredStates("sex", "insuredSex"),
  }),
  defineFact({
    name: "insuredRelationship", type: "string", scope: "claim", values: RELATIONSHIPS,
    description: { en: "How the claim's insured is related to the main insured (family plans): self, spouse, child, parent, other.", zh: "本次申请被保险人与主被保险人的关系（家庭保单）：self、spouse、child、parent、other。" },
    derive: ({ policy, place }) => insuredOf(policy, place.insuredId).relationship,
  }),
  defineFact({
    name: "socialInsuranceSettlements", type: "string[]", scope: "claim",
    description: { en: "How the claim's lines were settled with social insurance, distinct and sorted (used, not_used, could_not_be_used).", zh: "各费用明细的社保结算情况（去重、排序）：used、not_used、could_not_be_used。" },
    derive: ({ claim }) => distinct(claim.lines.map((line) => settlementOf(line, claim))),
  }),
  defineFact({
    name: "providerIds", type: "string[]", scope: "claim",
    description: { en: "The providers the claim's lines were billed by, distinct and sorted.", zh: "各费用明细的医疗机构或药店编码（去重、排序）。" },
    derive: ({ claim }) => distinct(claim.lines.map((line) => providerOf(line, claim)?.id)),
  }),
  defineFact({
    name: "departments", type: "string[]", scope: "claim",
    description: { en: "The departments the lines were billed by (general, special_needs, international, vip), distinct and sorted.", zh: "各费用明细的就诊部门（general 普通部、special_needs 特需部、international 国际部、vip 贵宾部；去重、排序）。" },
    derive: ({ claim }) => distinct(claim.lines.map((line) => departmentOf(line, claim))),
  }),
  defineFact({
    name: "totalCriticalIllnessInsurancePaid", type: "money", scope: "claim",
    description: { en: "Sum of what critical-illness insurance (大病保险) paid on the lines.", zh: "全部费用明细中大病保险已支付金额合计。" },
    derive: (context) => totalPaidBy(context, "critical_illness_insurance"),
  }),
  defineFact({
    name: "totalMedicalAssistancePaid", type: "money", scope: "claim",
    description: { en: "Sum of what medical assistance (医疗救助) paid on the lines.", zh: "全部费用明细中医疗救助已支付金额合计。" },
    derive: (context) => totalPaidBy(context, "medical_assistance"),
  }),
  defineFact({
    name: "totalCivilServantSubsidyPaid", type: "money", scope: "claim",
    description: { en: "Sum of what the civil-servant medical subsidy paid on the lines.", zh: "全部费用明细中公务员医疗补助已支付金额合计。" },
    derive: (context) => totalPaidBy(context, "civil_servant_subsidy"),
  }),
  defineFact({
    name: "totalEmployerSupplementaryPaid", type: "money", scope: "claim",
    description: { en: "Sum of what an employer's supplementary medical plan paid on the lines.", zh: "全部费用明细中单位补充医疗保险已支付金额合计。" },
    derive: (context) => totalPaidBy(context, "employer_supplementary"),
  }),
];

/** The fields the item fact `line` gains for medical bills, with their types. */
export const MEDICAL_LINE_FIELDS = {
  socialInsurance: "string",
  criticalIllnessInsurancePaid: "money",
  medicalAssistancePaid: "money",
  civilServantSubsidyPaid: "money",
  employerSupplementaryPaid: "money",
  catalogueClass: "string",
  classBSelfPay: "money",
  diagnosisCodes: "string[]",
  treatsPreExistingCondition: "boolean",
  providerId: "string",
  providerKind: "string",
  providerLevel: "string",
  providerOwnership: "string",
  department: "string",
  dtpPharmacy: "boolean",
  emergency: "boolean",
  negotiatedAmount: "money",
  drugCode: "string",
  prescriptionAgeDays: "number",
  stayWindow: "string",
  daysBeforeAdmission: "number",
  daysAfterDischarge: "number",
} as const;

/** The values of those fields for one line ("" for a string the line does not have, 0 for a number that does not apply). */
export function medicalLineFields(context: FactContext, line: BillLine): Record<keyof typeof MEDICAL_LINE_FIELDS, unknown> {
  const { claim } = context;
  const payments = paymentsOf(line);
  const provider = providerOf(line, claim);
  const window = stayWindow(line, claim);
  const stay = claim.hospitalStay;
  const diagnoses = lineDiagnoses(line, claim);
  return {
    socialInsurance: settlementOf(line, claim),
    criticalIllnessInsurancePaid: payments.critical_illness_insurance,
    medicalAssistancePaid: payments.medical_assistance,
    civilServantSubsidyPaid: payments.civil_servant_subsidy,
    employerSupplementaryPaid: payments.employer_supplementary,
    catalogueClass: line.catalogueClass ?? "",
    classBSelfPay: line.classBSelfPay ?? "0",
    diagnosisCodes: [...diagnoses],
    treatsPreExistingCondition: matchesAnyPrefix(diagnoses, preExisting(context)),
    providerId: provider?.id ?? "",
    providerKind: provider?.kind ?? "",
    providerLevel: provider?.level ?? "",
    providerOwnership: provider?.ownership ?? "",
    department: departmentOf(line, claim) ?? "",
    dtpPharmacy: provider?.dtp === true,
    emergency: line.emergency === true,
    negotiatedAmount: line.negotiatedAmount ?? line.amount,
    drugCode: line.drug?.code ?? "",
    prescriptionAgeDays: line.drug === undefined ? 0 : daysBetween(line.serviceDate, line.drug.prescribedOn),
    stayWindow: window,
    daysBeforeAdmission: window === "before_admission" && stay !== undefined ? daysBetween(stay.admission, line.serviceDate) : 0,
    daysAfterDischarge: window === "after_discharge" && stay !== undefined ? daysBetween(line.serviceDate, stay.discharge) : 0,
  };
}

/** How the claim was settled: the one settlement of all its lines, `mixed` when they differ, the claim's own without lines. */
export function claimSettlement(claim: Claim): (typeof SOCIAL_INSURANCE_USE)[number] | "mixed" | "not_applicable" {
  const settlements = distinct(claim.lines.map((line) => settlementOf(line, claim)));
  if (settlements.length > 1) return "mixed";
  return (settlements[0] as (typeof SOCIAL_INSURANCE_USE)[number] | undefined) ?? claim.socialInsurance ?? "not_applicable";
}

