import type { LocalizedText } from "../values/primitives.js";

/**
 * Message templates of every reason code the library itself gives, in zh and en (rules bring their own messages).
 * Placeholders are filled from the reason's `params`: `{name}`, or `{name:money}` / `{name:date}` / `{name:percent}`.
 * A rule may not reuse these codes (the lint says so): reports must tell a rule's reason from the library's.
 */
export const BUILTIN_REASON_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  // Adjustments of bill lines and benefits
  SOCIAL_INSURANCE_PAID: { en: "Already paid by social insurance.", zh: "基本医疗保险已支付部分。" },
  SELF_PAY_NOT_COVERED: { en: "Outside the social insurance catalogue, which the policy does not cover.", zh: "社保目录外自费部分，不在保险责任范围内。" },
  EXCLUDED: { en: "Excluded by the policy.", zh: "属于责任免除。" },
  CATEGORY_NOT_COVERED: { en: "This expense category is not covered by the policy.", zh: "该费用类别不在保险责任范围内。" },
  COVERAGE_REFUSED: { en: "The benefit does not apply to this claim.", zh: "该项保险责任不适用于本次申请。" },
  NO_REIMBURSEMENT_COVERAGE: { en: "No reimbursement benefit of the policy answers for this incident.", zh: "本保险合同无适用于本次事故的费用补偿责任。" },
  FEE_CAP: { en: "Above the reasonable and customary fee.", zh: "超过合理费用标准的部分。" },
  OTHER_INSURANCE_PAID: { en: "Already paid by another insurer.", zh: "其他保险已赔付部分。" },
  DEDUCTIBLE: { en: "Deductible.", zh: "免赔额。" },
  PER_CLAIM_DEDUCTIBLE: { en: "Per-claim deductible.", zh: "每次事故免赔额。" },
  COINSURANCE: { en: "The insured's share under the reimbursement ratio.", zh: "按赔付比例由被保险人自担部分。" },
  SUB_LIMIT: { en: "Above the sub-limit for this kind of expense.", zh: "超过该类费用分项限额的部分。" },
  PER_CLAIM_LIMIT: { en: "Above the per-claim limit.", zh: "超过单次赔偿限额的部分。" },
  ANNUAL_LIMIT: { en: "Above what is left of the annual limit.", zh: "超过年度剩余赔偿限额的部分。" },
  DEDUCTIBLE_DAYS: { en: "Deductible days.", zh: "免赔天数。" },
  EARLIER_PAYMENTS: { en: "Already paid under the policy.", zh: "本保险合同已给付部分。" },
  BENEFIT_MAXIMUM: { en: "Above the benefit's maximum.", zh: "超过该项保险金给付上限的部分。" },
  DENIED: { en: "The claim is denied.", zh: "本次申请不予赔付。" },
  DOCUMENTS_REQUIRED: { en: "Not assessed until the missing documents arrive.", zh: "待资料补齐后再行审核。" },
  // Refusals of a coverage
  POLICY_NOT_IN_FORCE: { en: "The incident on {incidentDate:date} is outside the period of insurance.", zh: "出险日期 {incidentDate:date} 不在保险期间内。" },
  WAITING_PERIOD: { en: "The incident happened on day {day} of cover, within the {waitingDays}-day waiting period.", zh: "出险发生在保险合同生效后第 {day} 日，处于 {waitingDays} 日等待期内。" },
  COVERAGE_ENDED: { en: "This benefit ended with an earlier payout.", zh: "该项保险责任已因此前的给付而终止。" },
  // Benefits
  PAYOUTS_EXHAUSTED: { en: "{benefit} has already paid {maxPayouts} time(s), the most it pays.", zh: "{benefit}已给付 {maxPayouts} 次，达到给付次数上限。" },
  DAYS_MAXIMUM: { en: "{days} day(s) exceed the maximum of {maxDaysPerStay} per stay or {maxDaysPerYear} per year.", zh: "{days} 日超过每次住院 {maxDaysPerStay} 日或每年 {maxDaysPerYear} 日的给付上限。" },
  LIMIT_REACHED: { en: "The benefit's limit of {limit:money} is reached.", zh: "已达本项保险责任限额 {limit:money}。" },
  DISABILITY_ASSESSED_LATE: {
    en: "Disability {code} was assessed on {assessedOn:date}, more than {window} days after the accident; a reviewer must confirm it reflects the state on day {window}.",
    zh: "伤残 {code} 于 {assessedOn:date} 鉴定，已超过意外发生后 {window} 日；需人工确认其反映第 {window} 日的身体状况。",
  },
  GRADE_NOT_IN_SCHEDULE: { en: "Grade {grade} is not in the schedule.", zh: "伤残等级 {grade} 级不在给付比例表内。" },
  DISABILITY_ALREADY_RATED: { en: "Every disability claimed was already rated and paid under this coverage.", zh: "所申请的伤残项目均已在本保险责任下评定并给付。" },
  DEATH_AFTER_WINDOW: { en: "Death came {days} days after the accident; the benefit pays a death within {window} days.", zh: "身故发生在意外事故后第 {days} 日，本项保险金仅给付事故后 {window} 日内身故。" },
  DELAY_BELOW_THRESHOLD: { en: "The {measure} was delayed {delay}, less than the {minHours} hours the first tier needs.", zh: "航班{measure}延误 {delay}，未达到首档所需的 {minHours} 小时。" },
  // The claim as a whole
  DOCUMENT_MISSING: { en: "A required document has not been received: {document}.", zh: "尚未收到所需的理赔资料：{document}。" },
  DOCUMENT_ORIGINAL_REQUIRED: { en: "The original is required, a copy was received: {document}.", zh: "需提供原件，目前仅收到复印件：{document}。" },
  NO_COVERED_BENEFIT: { en: "No benefit of the policy covers this claim.", zh: "本次申请不属于本保险合同任何一项保险责任。" },
  HUMAN_CONFIRMATION_REQUIRED: { en: "A person will review this decision before it is final.", zh: "本决定将由理赔人员复核确认后生效。" },
};
