import { ACCIDENT_CIRCUMSTANCES } from "../claim/claim-schema.js";
import { claimEvidenceDate } from "../claim/evidence-date.js";
import { contractStatusOn, daysSinceFormationOrReinstatement, isIncontestable, premiumUnpaidOn } from "../life/contract-status.js";
import { waivedFrom } from "../life/waived-from.js";
import { formatMoney } from "../money/money.js";
import { daysBetween } from "../dates/iso-date.js";
import { defineFact, type FactDefinition } from "./fact-definition.js";

/**
 * Facts of life, critical illness and accident wordings (the insured's age and sex are medical-facts.ts's): the days a definition counts from
 * the diagnosis, the documents' dates, the clinical findings. Part of the library's catalogue.
 */
export const LIFE_FACTS: readonly FactDefinition[] = [
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
    name: "policyStatus", type: "string", scope: "claim", values: ["in_force", "grace_period", "suspended"],
    description: {
      en: "Where the contract stood on the incident date: in_force; grace_period (an instalment unpaid since its due date, within the grace period, PRC Insurance Law art. 36); suspended (unpaid after the grace period, or in a suspension later reinstated). Premiums waived on an earlier claim count as paid.",
      zh: "出险日合同状态：in_force（有效）；grace_period（宽限期内，有应交未交的保险费，《保险法》第三十六条）；suspended（宽限期满仍未交费而效力中止，或处于此后复效的中止期间）。已豁免的保险费视为已交。",
    },
    derive: ({ claim, policy, counters }) => contractStatusOn(policy.source.contract, policy.source.period, claim.incident.date, waivedFrom(counters.coverages)).status,
  }),
  defineFact({
    name: "premiumUnpaid", type: "money", scope: "claim",
    description: { en: "The premium due and unpaid on the incident date, in the grace period (0 otherwise).", zh: "出险日处于宽限期时应交未交的保险费（其他情形为 0）。" },
    derive: ({ claim, policy, counters }) => formatMoney(premiumUnpaidOn(policy.source.contract, policy.source.period, claim.incident.date, waivedFrom(counters.coverages)), policy.minorUnits),
  }),
  defineFact({
    name: "daysSinceFormationOrReinstatement", type: "number", scope: "claim",
    description: {
      en: "Calendar days from the contract's formation, or its latest reinstatement, to the incident: the two years of PRC Insurance Law art. 44 (suicide) count from there.",
      zh: "自合同成立或最后复效之日至出险日的自然日数；《保险法》第四十四条（自杀）的二年自此起算。",
    },
    derive: ({ claim, policy }) => daysSinceFormationOrReinstatement(policy.source.contract, policy.source.period, claim.incident.date),
  }),
  defineFact({
    name: "incontestable", type: "boolean", scope: "claim",
    description: {
      en: "The incident came more than two years (the policy's incontestability years) after the contract's formation or latest reinstatement: non-disclosure can no longer deny the claim (PRC Insurance Law art. 16).",
      zh: "出险日距合同成立或最后复效之日已超过二年（或保单约定的不可抗辩年数）：不得再以未如实告知为由拒赔（《保险法》第十六条）。",
    },
    derive: ({ claim, policy }) => isIncontestable(policy.source.contract, policy.source.period, claim.incident.date),
  }),
  defineFact({
    name: "findingCodes", type: "string[]", scope: "claim",
    description: { en: "Codes of the clinical findings the claim records (incident.findings), sorted, each once.", zh: "本次申请记载的临床检查所见编码（incident.findings，去重、排序）。" },
    derive: ({ claim }) => [...new Set((claim.incident.findings ?? []).map((finding) => finding.code))].sort(),
  }),
  defineFact({
    name: "accidentCircumstances", type: "string[]", scope: "claim", values: ACCIDENT_CIRCUMSTANCES,
    description: {
      en: "Circumstances of the accident the usual exclusions turn on (incident.circumstances: drunk_driving, unlicensed_driving, dangerous_sport, …), sorted, each once.",
      zh: "意外事故中与常见责任免除相关的情形（incident.circumstances：酒后驾驶 drunk_driving、无证驾驶 unlicensed_driving、高风险运动 dangerous_sport 等），去重、排序。",
    },
    derive: ({ claim }) => [...new Set(claim.incident.circumstances ?? [])].sort(),
  }),
];
