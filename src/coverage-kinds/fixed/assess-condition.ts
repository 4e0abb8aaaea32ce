import type { Claim } from "../../claim/claim-schema.js";
import { addCalendarDays } from "../../dates/add-calendar-days.js";
import { ageInYears } from "../../dates/age-in-years.js";
import { reasonsOf } from "../../trace/make-reason.js";
import type { Reason } from "../../trace/reason-schema.js";
import type { LocalizedText } from "../../values/primitives.js";
import type { InsuredPerson } from "../coverage-kind-definition.js";
import type { FixedBenefit, FixedCondition } from "./fixed-benefit-coverage-schema.js";
import { FIXED_BENEFIT_REASONS } from "./fixed-benefit-texts.js";

/** The condition a claim is paid for: one the wording defines, or the diagnosis code itself when it defines none. */
export interface ClaimCondition {
  readonly id: string;
  readonly name: LocalizedText;
  readonly group?: string;
}

/**
 * What a tier makes of the claim's condition: it is met (and which it is), it cannot be judged yet (the state the
 * definition needs cannot have been observed by the claim's evidence date, or the survival period has not passed),
 * or the definition is not met (with why). `none`: the tier has no definitions and no condition the claim names.
 */
export type ConditionAssessment =
  | { readonly status: "met"; readonly condition: ClaimCondition }
  | { readonly status: "pending"; readonly condition: ClaimCondition; readonly reason: Reason }
  | { readonly status: "not_met"; readonly reasons: readonly Reason[] };

const SEX: Readonly<Record<"female" | "male", LocalizedText>> = { female: { en: "female", zh: "女性" }, male: { en: "male", zh: "男性" } };

const matches = (condition: FixedCondition, diagnosisCodes: readonly string[]) => diagnosisCodes.some((code) => condition.codes.some((prefix) => code.startsWith(prefix)));

/** The findings a definition asks for, in words: each with the day from which it counts. */
function findingsInWords(condition: FixedCondition): LocalizedText {
  const each = (locale: "en" | "zh") =>
    (condition.findings ?? []).map((finding) => {
      const day = finding.fromDay ?? 0;
      if (day === 0) return finding.name[locale];
      return locale === "en" ? `${finding.name.en} (observed ${day} days or more after the diagnosis)` : `${finding.name.zh}（确诊 ${day} 日后检查所见）`;
    });
  return { en: each("en").join("; or "), zh: each("zh").join("；或") };
}

function agesInWords(condition: FixedCondition): LocalizedText {
  const { minAge, maxAge } = condition;
  if (minAge !== undefined && maxAge !== undefined) return { en: `${minAge} to ${maxAge}`, zh: `${minAge} 至 ${maxAge} 周岁` };
  if (minAge !== undefined) return { en: `${minAge} or over`, zh: `${minAge} 周岁及以上` };
  return { en: `up to ${maxAge ?? 0}`, zh: `${maxAge ?? 0} 周岁及以下` };
}

/** One condition's definition against the claim: sex, age, the findings each from its day. */
function assessDefinition(condition: FixedCondition, claim: Claim, insured: InsuredPerson, evidenceDate: string, currency: string, clauseId: string): ConditionAssessment {
  const reason = reasonsOf(FIXED_BENEFIT_REASONS, currency);
  const found: ClaimCondition = { id: condition.id, name: condition.name, ...(condition.group !== undefined ? { group: condition.group } : {}) };
  const diagnosedOn = claim.incident.date;
  if (condition.sex !== undefined) {
    if (insured.sex === undefined) return { status: "pending", condition: found, reason: reason("INSURED_DETAIL_MISSING", clauseId, { condition: condition.name, detail: { en: "sex", zh: "性别" } }) };
    if (insured.sex !== condition.sex) return { status: "not_met", reasons: [reason("SEX_NOT_COVERED", clauseId, { condition: condition.name, sex: SEX[condition.sex] })] };
  }
  if (condition.minAge !== undefined || condition.maxAge !== undefined) {
    if (insured.birthDate === undefined) return { status: "pending", condition: found, reason: reason("INSURED_DETAIL_MISSING", clauseId, { condition: condition.name, detail: { en: "date of birth", zh: "出生日期" } }) };
    const age = ageInYears(insured.birthDate, diagnosedOn);
    if ((condition.minAge !== undefined && age < condition.minAge) || (condition.maxAge !== undefined && age > condition.maxAge)) {
      return { status: "not_met", reasons: [reason("AGE_NOT_COVERED", clauseId, { condition: condition.name, ages: agesInWords(condition), age: String(age) })] };
    }
  }
  if (condition.findings !== undefined) {
    const recorded = claim.incident.findings ?? [];
    const holds = condition.findings.some((wanted) => recorded.some((finding) => finding.code === wanted.code && finding.observedOn >= addCalendarDays(diagnosedOn, wanted.fromDay ?? 0)));
    if (!holds) {
      // A finding the evidence cannot show yet: the state must last longer than the claim reaches.
      const dueDates = condition.findings.map((wanted) => addCalendarDays(diagnosedOn, wanted.fromDay ?? 0)).filter((due) => due > evidenceDate).sort();
      const [dueOn] = dueDates;
      if (dueOn !== undefined) {
        return { status: "pending", condition: found, reason: reason("STATE_NOT_YET_ASSESSABLE", clauseId, { condition: condition.name, dueOn, findings: findingsInWords(condition), diagnosedOn, evidenceDate }) };
      }
      return { status: "not_met", reasons: [reason("DEFINITION_NOT_MET", clauseId, { condition: condition.name, findings: findingsInWords(condition) })] };
    }
  }
  return { status: "met", condition: found };
}

/**
 * The claim's condition under a tier. When some of the coverage's conditions name the tier, they are its definitions:
 * the first of them the claim's diagnoses fall under whose definition is met; the tier pays nothing for a claim none
 * of them covers. Otherwise the first condition naming no tier that the diagnoses fall under and whose definition is
 * met, else the first diagnosis code itself. A definition that cannot be judged yet holds the tier (pending) unless
 * another is met.
 */
export function assessTierCondition(conditions: readonly FixedCondition[], tier: FixedBenefit, claim: Claim, insured: InsuredPerson, evidenceDate: string, currency: string, clauseId: string): ConditionAssessment {
  const own = conditions.filter((condition) => condition.benefit === tier.id);
  const candidates = (own.length > 0 ? own : conditions.filter((condition) => condition.benefit === undefined)).filter((condition) => matches(condition, claim.incident.diagnosisCodes));
  if (candidates.length === 0) {
    if (own.length > 0) return { status: "not_met", reasons: [] };
    const [code] = claim.incident.diagnosisCodes;
    return { status: "met", condition: code === undefined ? { id: tier.id, name: tier.name } : { id: code, name: { en: code, zh: code } } };
  }
  const results = candidates.map((condition) => assessDefinition(condition, claim, insured, evidenceDate, currency, clauseId));
  const met = results.find((result) => result.status === "met");
  if (met !== undefined) return met;
  const pending = results.find((result) => result.status === "pending");
  if (pending !== undefined) return pending;
  return { status: "not_met", reasons: results.flatMap((result) => (result.status === "not_met" ? result.reasons : [])) };
}
