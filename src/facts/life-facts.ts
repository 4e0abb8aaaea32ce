import { claimEvidenceDate } from "../claim/evidence-date.js";
import { daysBetween } from "../dates/iso-date.js";
import { ageOn } from "../life/insured-age.js";
import { insuredOf } from "../policy/compile-policy.js";
import { defineFact, type FactDefinition } from "./fact-definition.js";

/**
 * Facts of life, critical illness and accident wordings: the insured's age and sex, the days a definition counts from
 * the diagnosis, the documents' dates, the clinical findings. Part of the library's catalogue.
 */
export const LIFE_FACTS: readonly FactDefinition[] = [
  defineFact({
    name: "insuredAge", type: "number", scope: "claim",
    description: {
      en: "The insured's age in whole years on the incident date (for an illness, the date of diagnosis), from the policy's birthDate of the insured.",
      zh: "被保险人于出险日（疾病为确诊日）的周岁年龄，按保单记载的出生日期计算。",
    },
    derive: ({ claim, policy, place }) => {
      const birthDate = insuredOf(policy, place.insuredId).birthDate;
      return birthDate === undefined ? undefined : ageOn(birthDate, claim.incident.date);
    },
  }),
  defineFact({
    name: "insuredSex", type: "string", scope: "claim", values: ["female", "male"],
    description: { en: "The insured's sex as the policy records it: female or male.", zh: "保单记载的被保险人性别：female（女）或 male（男）。" },
    derive: ({ policy, place }) => insuredOf(policy, place.insuredId).sex,
  }),
  defineFact({
    name: "daysSinceDiagnosis", type: "number", scope: "claim",
    description: {
      en: "Calendar days from the incident date (for an illness, the date of diagnosis) to the latest day the claim's evidence reaches: its submission, the day its documents were complete, its documents' latest issue date or its findings' latest date.",
      zh: "自出险日（疾病为确诊日）至本次申请资料所及的最晚日期（提交日、资料齐全日、资料最晚出具日或检查所见最晚日期）的自然日数。",
    },
    derive: ({ claim }) => daysBetween(claimEvidenceDate(claim), claim.incident.date),
  }),
  defineFact({
    name: "latestDocumentIssuedOn", type: "date", scope: "claim",
    description: { en: "The latest issue date among the claim's documents (the incident date when it has none).", zh: "本次申请所提交资料中最晚的出具日期（未提交资料时为出险日期）。" },
    derive: ({ claim }) => claim.documents.reduce((latest, document) => (document.issuedOn > latest ? document.issuedOn : latest), claim.incident.date),
  }),
  defineFact({
    name: "findingCodes", type: "string[]", scope: "claim",
    description: { en: "Codes of the clinical findings the claim records (incident.findings), sorted, each once.", zh: "本次申请记载的临床检查所见编码（incident.findings，去重、排序）。" },
    derive: ({ claim }) => [...new Set((claim.incident.findings ?? []).map((finding) => finding.code))].sort(),
  }),
];
