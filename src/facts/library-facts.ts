import { RELATIONSHIPS, SOCIAL_INSURANCE_USE, type BillLine } from "../claim/claim-schema.js";
import { flightDelayMinutes } from "../claim/flight-delay-minutes.js";
import { INCIDENT_TYPES } from "../claim/incident-types.js";
import { stayDays } from "../claim/stay-days.js";
import { daysBetween } from "../dates/iso-date.js";
import { countLimitationPeriod } from "../deadlines/is-limitation-period-expired.js";
import { formatMoney } from "../money/money.js";
import { sumMoneyStrings } from "../money/sum-money-strings.js";
import { claimsWithin, incidentHistory, invoicesAlreadyPaid, paidInPolicyYear, previousSubmission } from "../ledger/claim-history.js";
import { insuredOf } from "../policy/compile-policy.js";
import { coverStart, daysSinceInception, isPolicyInForce, waitingPeriodDays } from "../policy/policy-period.js";
import { defineFact, type FactContext, type FactDefinition } from "./fact-definition.js";
import { LIFE_FACTS } from "./life-facts.js";
import { isIncontestable, waitingPeriodStartOn } from "../life/contract-status.js";
import { claimSettlement, MEDICAL_FACTS, MEDICAL_LINE_FIELDS, medicalLineFields } from "./medical-facts.js";

const total = ({ claim, policy }: FactContext, pick: (line: BillLine) => string) => sumMoneyStrings(claim.lines.map(pick), policy.minorUnits);
const sinceInception = ({ claim, policy }: FactContext) => daysSinceInception(policy.source.period, claim.incident.date);
const waitingDays = ({ claim, policy }: FactContext) => waitingPeriodDays(policy.source.coverages, claim.incident.type);

/**
 * The facts of the library, in the order the README lists them. Every one is computed before any rule runs,
 * synchronously, from the claim, the policy, the ledger and the clocks.
 */
export const FACT_CATALOGUE: readonly FactDefinition[] = [
  defineFact({
    name: "policyInForce", type: "boolean", scope: "claim",
    description: { en: "The incident date lies within the policy period (both ends included).", zh: "出险日期在保险期间内（含首尾两日）。" },
    derive: ({ claim, policy }) => isPolicyInForce(policy.source.period, claim.incident.date),
  }),
  defineFact({
    name: "daysSinceInception", type: "number", scope: "claim",
    description: { en: "Calendar days from the start of continuous cover to the incident (0 on the first day).", zh: "自连续承保起始日至出险日的自然日数（首日为 0）。" },
    derive: sinceInception,
  }),
  defineFact({
    name: "waitingPeriodDays", type: "number", scope: "claim",
    description: {
      en: "The waiting period for this incident type, the longest among the coverages that answer for it (each coverage also applies its own).",
      zh: "本次出险类型适用的等待期天数，取承保该类型的各保障责任中最长者（各保障责任另按自身等待期处理）。",
    },
    derive: waitingDays,
  }),
  defineFact({
    name: "waitingPeriodPassed", type: "boolean", scope: "claim",
    description: {
      en: "The incident happened after the waiting period: daysSinceInception >= waitingPeriodDays, counted from the latest reinstatement when that restarts waiting periods.",
      zh: "出险发生在等待期之后：daysSinceInception >= waitingPeriodDays；合同复效重新计算等待期的，自最后复效日起算。",
    },
    derive: (context) => daysBetween(context.claim.incident.date, waitingPeriodStartOn(context.policy.source.contract, context.policy.source.period, context.claim.incident.date).from) >= waitingDays(context),
  }),
  defineFact({
    name: "incidentType", type: "string", scope: "claim", values: INCIDENT_TYPES,
    description: { en: "illness, accident or flight_delay.", zh: "出险类型：illness（疾病）、accident（意外）或 flight_delay（航班延误）。" },
    derive: ({ claim }) => claim.incident.type,
  }),
  defineFact({
    name: "incidentDate", type: "date", scope: "claim",
    description: { en: "Date of the incident (onset of illness or the accident).", zh: "出险日期（疾病发病日或意外发生日）。" },
    derive: ({ claim }) => claim.incident.date,
  }),
  defineFact({
    name: "diagnosisCodes", type: "string[]", scope: "claim",
    description: { en: "ICD-10 diagnosis codes of the claim.", zh: "本次理赔的 ICD-10 诊断编码。" },
    derive: ({ claim }) => [...claim.incident.diagnosisCodes],
  }),
  defineFact({
    name: "preExistingConditionCodes", type: "string[]", scope: "claim",
    description: { en: "ICD-10 codes or prefixes of the pre-existing conditions the policy declares for the claim's insured.", zh: "保单记载的本次申请被保险人既往症 ICD-10 编码或前缀。" },
    derive: ({ policy, place }) => [...insuredOf(policy, place.insuredId).preExistingConditions],
  }),
  defineFact({
    name: "symptomsBeforeCover", type: "boolean", scope: "claim",
    description: {
      en: "The medical record dates the first symptoms before continuous cover began, and the contract can still be contested: not more than two years after its formation or latest reinstatement (PRC Insurance Law art. 16).",
      zh: "病历记载的首次症状日期早于连续承保起始日，且合同尚在可抗辩期内：自合同成立或最后复效之日起未超过二年（《保险法》第十六条）。",
    },
    // Art. 16: two years after formation, undisclosed earlier symptoms no longer deny the claim.
    derive: ({ claim, policy }) =>
      claim.incident.firstSymptomsOn !== undefined && claim.incident.firstSymptomsOn < coverStart(policy.source.period) && !isIncontestable(policy.source.contract, policy.source.period, claim.incident.date),
  }),
  defineFact({
    name: "claimantIsInsured", type: "boolean", scope: "claim",
    description: { en: "The claimant is the insured person.", zh: "申请人即被保险人本人。" },
    derive: ({ claim }) => claim.claimant.relationship === "self",
  }),
  defineFact({
    name: "claimantRelationship", type: "string", scope: "claim", values: RELATIONSHIPS,
    description: { en: "Claimant's relationship to the insured: self, spouse, child, parent, other.", zh: "申请人与被保险人关系：self、spouse、child、parent、other。" },
    derive: ({ claim }) => claim.claimant.relationship,
  }),
  defineFact({
    name: "reportDelayDays", type: "number", scope: "claim",
    description: {
      en: "Calendar days from when the claimant knew of the incident (incident.knownOn, else its date) to the report; 0 when reported before.",
      zh: "自申请人知道或者应当知道保险事故发生之日（未提供时为出险日期）至报案的自然日数；知道前已报案的为 0。",
    },
    // PRC Insurance Law art. 21: the duty to notify arises once the claimant knows of the event.
    derive: ({ claim }) => Math.max(0, daysBetween(claim.reportedOn, claim.incident.knownOn ?? claim.incident.date)),
  }),
  defineFact({
    name: "submissionDelayDays", type: "number", scope: "claim",
    description: { en: "Calendar days from the incident to the submission of the claim.", zh: "自出险至提交理赔申请的自然日数。" },
    derive: ({ claim }) => daysBetween(claim.submittedOn, claim.incident.date),
  }),
  defineFact({
    name: "limitationPeriodExpired", type: "boolean", scope: "claim",
    description: {
      en: "The claim was brought after the limitation period (PRC Insurance Law art. 26: 2 years, 5 for life insurance, from when the incident was known; a report within it restarts it, Civil Code art. 195).",
      zh: "理赔申请已超过诉讼时效（《保险法》第二十六条：自知道保险事故发生之日起 2 年，人寿保险 5 年；期间内报案的，诉讼时效中断并重新计算，《民法典》第一百九十五条）。",
    },
    // The claim's dates were validated with it: count the period without validating them again.
    derive: ({ claim, policy, profile }) =>
      claim.submittedOn >
      countLimitationPeriod({ productLine: policy.source.productLine, incidentOn: claim.incident.date, knownOn: claim.incident.knownOn, reportedOn: claim.reportedOn, submittedOn: claim.submittedOn }, profile).dueOn,
  }),
  defineFact({
    name: "hospitalized", type: "boolean", scope: "claim",
    description: { en: "The claim includes a hospital stay.", zh: "本次理赔包含住院。" },
    derive: ({ claim }) => claim.hospitalStay !== undefined,
  }),
  defineFact({
    name: "hospitalDays", type: "number", scope: "claim",
    description: { en: "Days in hospital: discharge − admission, at least 1 when admitted (0 without a stay).", zh: "住院天数：出院日期 − 入院日期，入院则至少 1 天（无住院为 0）。" },
    derive: ({ claim }) => (claim.hospitalStay === undefined ? 0 : stayDays(claim.hospitalStay)),
  }),
  defineFact({
    name: "died", type: "boolean", scope: "claim",
    description: { en: "The insured died of the incident.", zh: "被保险人因本次事故身故。" },
    derive: ({ claim }) => claim.incident.death !== undefined,
  }),
  defineFact({
    name: "disabilityCount", type: "number", scope: "claim",
    description: { en: "Number of disabilities assessed on the claim.", zh: "本次申请中经鉴定的伤残项目数。" },
    derive: ({ claim }) => claim.incident.disabilities.length,
  }),
  defineFact({
    name: "departureDelayMinutes", type: "number", scope: "claim",
    description: { en: "Minutes from the flight's scheduled to actual departure, or to the replacement flight's actual departure when the insured took one (0 without a flight).", zh: "航班计划起飞至实际起飞的分钟数，乘坐替代航班的，至替代航班实际起飞（无航班为 0）。" },
    derive: ({ claim }) => (claim.flight === undefined ? 0 : flightDelayMinutes(claim.flight, "departure_delay")),
  }),
  defineFact({
    name: "arrivalDelayMinutes", type: "number", scope: "claim",
    description: { en: "Minutes from the flight's scheduled to actual arrival, or to the replacement flight's actual arrival when the insured took one (0 without a flight).", zh: "航班计划到达至实际到达的分钟数，乘坐替代航班的，至替代航班实际到达（无航班为 0）。" },
    derive: ({ claim }) => (claim.flight === undefined ? 0 : flightDelayMinutes(claim.flight, "arrival_delay")),
  }),
  defineFact({
    name: "socialInsurance", type: "string", scope: "claim", values: [...SOCIAL_INSURANCE_USE, "mixed", "not_applicable"],
    description: {
      en: "How social insurance took part: used, not_used, could_not_be_used; mixed when the lines were settled differently (not_applicable without bill lines).",
      zh: "社保结算情况：used（已结算）、not_used（未使用）、could_not_be_used（无法使用）；各费用明细结算情况不同时为 mixed；无费用明细时为 not_applicable。",
    },
    derive: ({ claim }) => claimSettlement(claim),
  }),
  defineFact({
    name: "totalBilled", type: "money", scope: "claim",
    description: { en: "Sum of the bill lines' amounts.", zh: "全部费用明细金额合计。" },
    derive: (context) => total(context, (line) => line.amount),
  }),
  defineFact({
    name: "totalSelfPay", type: "money", scope: "claim",
    description: { en: "Sum of the lines' self-pay portions.", zh: "全部费用明细自费部分合计。" },
    derive: (context) => total(context, (line) => line.selfPay),
  }),
  defineFact({
    name: "totalSocialInsurancePaid", type: "money", scope: "claim",
    description: { en: "Sum of what social insurance already paid on the lines.", zh: "全部费用明细中社保已支付金额合计。" },
    derive: (context) => total(context, (line) => line.socialInsurancePaid),
  }),
  defineFact({
    name: "totalOtherInsurancePaid", type: "money", scope: "claim",
    description: { en: "Sum of what other commercial insurers already paid on the lines.", zh: "全部费用明细中其他商业保险已赔付金额合计。" },
    derive: (context) => total(context, (line) => line.otherInsurancePaid),
  }),
  defineFact({
    name: "lineCount", type: "number", scope: "claim",
    description: { en: "Number of bill lines.", zh: "费用明细条数。" },
    derive: ({ claim }) => claim.lines.length,
  }),
  defineFact({
    name: "lineCategories", type: "string[]", scope: "claim",
    description: { en: "Distinct expense categories of the bill lines, sorted.", zh: "费用明细涉及的费用类别（去重、排序）。" },
    derive: ({ claim }) => [...new Set(claim.lines.map((line) => line.category))].sort(),
  }),
  defineFact({
    name: "documentTypes", type: "string[]", scope: "claim",
    description: { en: "Distinct types of the documents submitted, sorted.", zh: "已提交资料的类型（去重、排序）。" },
    derive: ({ claim }) => [...new Set(claim.documents.map((document) => document.type))].sort(),
  }),
  defineFact({
    name: "paidThisPolicyYear", type: "money", scope: "claim",
    description: { en: "What the policy already paid the insured in the claim's policy year before this claim (from the ledger).", zh: "本保单年度此前已向该被保险人赔付的金额（来自理赔台账）。" },
    derive: ({ ledger, place, claim, policy }) => formatMoney(paidInPolicyYear(ledger, place, claim.id), policy.minorUnits),
  }),
  defineFact({
    name: "invoiceAlreadyPaid", type: "boolean", scope: "claim",
    description: { en: "An invoice of the claim was already claimed on another claim of the policy that took effect (its lines are refused on this one).", zh: "本次申请中有发票已在本保单其他已生效的理赔中使用（该发票的费用在本次申请中不予赔付）。" },
    derive: ({ ledger, claim }) => {
      const paid = invoicesAlreadyPaid(ledger, claim.id);
      return claim.lines.some((line) => paid.has(line.invoiceNumber));
    },
  }),
  defineFact({
    name: "claimsInLast365Days", type: "number", scope: "claim",
    description: { en: "The insured's other claims on the policy submitted in the 365 days up to this one's submission.", zh: "被保险人在本次申请提交前 365 日内（含当日）在本保单提交的其他理赔件数。" },
    derive: ({ ledger, place, claim }) => claimsWithin(ledger, place, claim.id, claim.submittedOn, 365),
  }),
  defineFact({
    name: "daysSincePreviousClaim", type: "number", scope: "claim",
    description: {
      en: "Calendar days from the insured's previous claim on the policy to this one (submission dates); for a first claim, the days since cover began.",
      zh: "被保险人上一次在本保单提交理赔至本次提交的自然日数；首次理赔为自承保起始日起的天数。",
    },
    derive: ({ ledger, place, claim, policy }) => daysBetween(claim.submittedOn, previousSubmission(ledger, place, claim.id, claim.submittedOn) ?? coverStart(policy.source.period)),
  }),
  defineFact({
    name: "claimsForThisIncident", type: "number", scope: "claim",
    description: { en: "Other claims on the policy for the same incident (incident.id).", zh: "本保单中同一事故（incident.id）的其他理赔件数。" },
    derive: ({ ledger, place, claim }) => incidentHistory(ledger, place, claim.id).claims,
  }),
  defineFact({
    name: "paidForThisIncident", type: "money", scope: "claim",
    description: { en: "What the policy already paid for the same incident on other claims.", zh: "本保单已就同一事故在其他理赔中赔付的金额。" },
    derive: ({ ledger, place, claim, policy }) => formatMoney(incidentHistory(ledger, place, claim.id).paid, policy.minorUnits),
  }),
  ...LIFE_FACTS,
  ...MEDICAL_FACTS,
  defineFact({
    name: "line", type: "object", scope: "item",
    description: { en: "The bill line a rule with scope item is looking at; reach its fields with path, e.g. $.category.", zh: "item 级规则当前评估的费用明细；以 path 访问其字段，如 $.category。" },
    fields: {
      id: "string",
      category: "string",
      description: "string",
      amount: "money",
      selfPay: "money",
      socialInsurancePaid: "money",
      otherInsurancePaid: "money",
      itemCode: "string",
      quantity: "number",
      visitId: "string",
      serviceDate: "date",
      invoiceNumber: "string",
      daysFromIncident: "number",
      ...MEDICAL_LINE_FIELDS,
    },
    derive: (context, line) => ({
      id: line.id,
      category: line.category,
      description: line.description ?? "",
      amount: line.amount,
      selfPay: line.selfPay,
      socialInsurancePaid: line.socialInsurancePaid,
      otherInsurancePaid: line.otherInsurancePaid,
      itemCode: line.itemCode ?? "",
      quantity: line.quantity,
      visitId: line.visitId ?? line.serviceDate,
      serviceDate: line.serviceDate,
      invoiceNumber: line.invoiceNumber,
      daysFromIncident: daysBetween(line.serviceDate, context.claim.incident.date),
      ...medicalLineFields(context, line),
    }),
  }),
];
