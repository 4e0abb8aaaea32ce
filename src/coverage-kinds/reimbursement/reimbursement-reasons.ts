/** Reason codes only a reimbursement coverage gives, each with the figures that say why. */
export const REIMBURSEMENT_REASONS = {
  PROVIDER_NOT_COVERED: {
    en: "{provider} is {found}; the policy covers treatment at {required}.",
    zh: "{provider}为{found}，保险合同约定的就诊医疗机构为{required}。",
  },
  DEPARTMENT_NOT_COVERED: {
    en: "This item was billed by the {department} of {provider}; the policy covers treatment at {required}.",
    zh: "该项费用由{provider}{department}收取，保险合同约定的就诊医疗机构为{required}。",
  },
  PROVIDER_NOT_VERIFIED: {
    en: "Item {lineId}: the policy covers treatment at {required}, and the claim does not say {missing} of the provider; a person will check it.",
    zh: "费用明细 {lineId}：保险合同约定的就诊医疗机构为{required}，本次申请未载明该医疗机构的{missing}，需人工核实。",
  },
  OUTSIDE_STAY_WINDOW: {
    en: "Treated on {serviceDate:date}, {when}; the policy covers outpatient care {daysBefore} days before admission and {daysAfter} days after discharge.",
    zh: "就诊日期 {serviceDate:date}，{when}；保险合同约定承保住院前 {daysBefore} 日、出院后 {daysAfter} 日内的门急诊费用。",
  },
  AFTER_CONTINUED_STAY: {
    en: "Incurred on {serviceDate:date}, after the policy expired on {expiry:date} and beyond the {days} day(s) a stay running at expiry is covered for.",
    zh: "费用发生于 {serviceDate:date}，在保险期间于 {expiry:date} 届满之后，且超出延续住院承保的 {days} 日。",
  },
  DRUG_NOT_ON_LIST: {
    en: "Drug {drug} is not on the {list} for this diagnosis.",
    zh: "药品 {drug} 不在{list}内或不符合所列适应症。",
  },
  PRESCRIPTION_TOO_OLD: {
    en: "Bought {days} day(s) after the prescription of {prescribedOn:date}; the policy covers purchases within {maxDays} day(s) of it.",
    zh: "购药日期距处方日期 {prescribedOn:date} 已 {days} 日，保险合同约定须在处方开具后 {maxDays} 日内购药。",
  },
  PHARMACY_NOT_DESIGNATED: {
    en: "Bought at {pharmacy}, which is not a pharmacy the policy designates for special drugs.",
    zh: "于{pharmacy}购药，该药店不是保险合同指定的特药药店。",
  },
} as const;

/** Words for the figures of those reasons. */
export const PROVIDER_WORDS = {
  level_1: { en: "a grade I hospital", zh: "一级医院" },
  level_2: { en: "a grade II hospital", zh: "二级医院" },
  level_3: { en: "a grade III hospital", zh: "三级医院" },
  public: { en: "public", zh: "公立" },
  private: { en: "private", zh: "民营" },
  general: { en: "general department", zh: "普通部" },
  special_needs: { en: "special-needs department", zh: "特需部" },
  international: { en: "international department", zh: "国际部" },
  vip: { en: "VIP ward", zh: "贵宾病房" },
} as const;
