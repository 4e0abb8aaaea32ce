import type { LocalizedText } from "../values/primitives.js";

/** The type of a fact's value as rules see it. Money and dates are strings (`"1234.50"`, `"2026-03-01"`). */
export type FactType = "boolean" | "number" | "string" | "money" | "date" | "string[]" | "object";

export interface FactDefinition {
  readonly name: string;
  readonly type: FactType;
  /** `claim`: available to every rule and requirement; `item`: only to rules with `scope: "item"`. */
  readonly scope: "claim" | "item";
  readonly description: LocalizedText;
  /** For `object` facts: the fields a `path` such as `$.category` may reach, with their types. */
  readonly fields?: Readonly<Record<string, FactType>>;
}

const fact = (name: string, type: FactType, en: string, zh: string, scope: "claim" | "item" = "claim"): FactDefinition => ({
  name,
  type,
  scope,
  description: { en, zh },
});

/**
 * The facts rule authors write against: every one is computed before any rule runs
 * (synchronously, from the claim, the policy, the accumulators and `asOf`).
 */
export const FACT_CATALOGUE: readonly FactDefinition[] = [
  fact("policyInForce", "boolean", "The incident date lies within the policy period (both ends included).", "出险日期在保险期间内（含首尾两日）。"),
  fact("daysSinceInception", "number", "Calendar days from the start of continuous cover to the incident (0 on the first day).", "自连续承保起始日至出险日的自然日数（首日为 0）。"),
  fact("waitingPeriodDays", "number", "The waiting period for this incident type, the longest among the coverages that answer for it (each coverage also applies its own).", "本次出险类型适用的等待期天数，取承保该类型的各保障责任中最长者（各保障责任另按自身等待期处理）。"),
  fact("waitingPeriodPassed", "boolean", "The incident happened after the waiting period: daysSinceInception >= waitingPeriodDays.", "出险发生在等待期之后：daysSinceInception >= waitingPeriodDays。"),
  fact("incidentType", "string", "illness, accident or flight_delay.", "出险类型：illness（疾病）、accident（意外）或 flight_delay（航班延误）。"),
  fact("incidentDate", "date", "Date of the incident (onset of illness or the accident).", "出险日期（疾病发病日或意外发生日）。"),
  fact("diagnosisCodes", "string[]", "ICD-10 diagnosis codes of the claim.", "本次理赔的 ICD-10 诊断编码。"),
  fact("preExistingConditionCodes", "string[]", "ICD-10 codes or prefixes of the insured's pre-existing conditions declared in the policy.", "保单记载的被保险人既往症 ICD-10 编码或前缀。"),
  fact("symptomsBeforeCover", "boolean", "The medical record dates the first symptoms before continuous cover began.", "病历记载的首次症状日期早于连续承保起始日。"),
  fact("claimantIsInsured", "boolean", "The claimant is the insured person.", "申请人即被保险人本人。"),
  fact("claimantRelationship", "string", "Claimant's relationship to the insured: self, spouse, child, parent, other.", "申请人与被保险人关系：self、spouse、child、parent、other。"),
  fact("reportDelayDays", "number", "Calendar days from the incident to the report.", "自出险至报案的自然日数。"),
  fact("submissionDelayDays", "number", "Calendar days from the incident to the submission of the claim.", "自出险至提交理赔申请的自然日数。"),
  fact("limitationPeriodExpired", "boolean", "The claim was brought after the limitation period (PRC Insurance Law art. 26: 2 years, 5 for life insurance, from when the incident was known).", "理赔申请已超过诉讼时效（《保险法》第二十六条：自知道保险事故发生之日起 2 年，人寿保险 5 年）。"),
  fact("hospitalized", "boolean", "The claim includes a hospital stay.", "本次理赔包含住院。"),
  fact("hospitalDays", "number", "Days in hospital: discharge − admission, at least 1 when admitted (0 without a stay).", "住院天数：出院日期 − 入院日期，入院则至少 1 天（无住院为 0）。"),
  fact("died", "boolean", "The insured died of the incident.", "被保险人因本次事故身故。"),
  fact("disabilityCount", "number", "Number of disabilities assessed on the claim.", "本次申请中经鉴定的伤残项目数。"),
  fact("departureDelayMinutes", "number", "Minutes from the flight's scheduled to actual departure (0 without a flight).", "航班计划起飞至实际起飞的分钟数（无航班为 0）。"),
  fact("arrivalDelayMinutes", "number", "Minutes from the flight's scheduled to actual arrival (0 without a flight).", "航班计划到达至实际到达的分钟数（无航班为 0）。"),
  fact("socialInsurance", "string", "How social insurance took part: used, not_used, could_not_be_used (not_applicable without bill lines).", "社保结算情况：used（已结算）、not_used（未使用）、could_not_be_used（无法使用）；无费用明细时为 not_applicable。"),
  fact("totalBilled", "money", "Sum of the bill lines' amounts.", "全部费用明细金额合计。"),
  fact("totalSelfPay", "money", "Sum of the lines' self-pay portions.", "全部费用明细自费部分合计。"),
  fact("totalSocialInsurancePaid", "money", "Sum of what social insurance already paid on the lines.", "全部费用明细中社保已支付金额合计。"),
  fact("totalOtherInsurancePaid", "money", "Sum of what other commercial insurers already paid on the lines.", "全部费用明细中其他商业保险已赔付金额合计。"),
  fact("lineCount", "number", "Number of bill lines.", "费用明细条数。"),
  fact("lineCategories", "string[]", "Distinct expense categories of the bill lines, sorted.", "费用明细涉及的费用类别（去重、排序）。"),
  fact("documentTypes", "string[]", "Distinct types of the documents submitted, sorted.", "已提交资料的类型（去重、排序）。"),
  fact("paidThisPolicyYear", "money", "What the policy already paid this policy year before this claim (from the accumulators).", "本保单年度此前已赔付金额（来自累计器）。"),
  {
    ...fact("line", "object", "The bill line a rule with scope item is looking at; reach its fields with path, e.g. $.category.", "item 级规则当前评估的费用明细；以 path 访问其字段，如 $.category。", "item"),
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
    },
  },
];

const BY_NAME = new Map(FACT_CATALOGUE.map((definition) => [definition.name, definition]));

export function findFact(name: string): FactDefinition | undefined {
  return BY_NAME.get(name);
}
