/** Reason codes only a disability schedule gives. */
export const DISABILITY_SCHEDULE_REASONS = {
  DISABILITY_ASSESSED_LATE: {
    en: "Disability {code} was assessed on {assessedOn:date}, more than {window} days after the accident; a reviewer must confirm it reflects the state on day {window}.",
    zh: "伤残 {code} 于 {assessedOn:date} 鉴定，已超过意外发生后 {window} 日；需人工确认其反映第 {window} 日的身体状况。",
  },
  GRADE_NOT_IN_SCHEDULE: { en: "Grade {grade} is not in the schedule.", zh: "伤残等级 {grade} 级不在给付比例表内。" },
  DISABILITY_ALREADY_RATED: { en: "Every disability claimed was already rated and paid under this coverage.", zh: "所申请的伤残项目均已在本保险责任下评定并给付。" },
  DISABILITY_ITEM_REPEATED: {
    en: "Disability item {code} is listed {times} times; one item is rated once (JR/T 0083-2013 §3.4).",
    zh: "伤残项目 {code} 被列明 {times} 次；同一条文只评定一次（JR/T 0083-2013 第 3.4 条）。",
  },
  DISABILITY_HAD_BEFORE: {
    en: "Disability item {code} is one the insured had before ({source}); it is not paid again.",
    zh: "伤残项目 {code} 为被保险人原有伤残（{source}），不再给付。",
  },
} as const;

/** Where an earlier disability came from, in words. */
export const PRIOR_SOURCE = {
  before_cover: { en: "before the cover began", zh: "本合同生效前已存在" },
  other_insurer: { en: "paid by another insurer", zh: "已由其他保险人给付" },
  excluded_cause: { en: "of a cause the policy excludes", zh: "因责任免除事项所致" },
  other: { en: "recorded before this claim", zh: "本次申请前已存在" },
} as const;

/** The step a disability schedule writes, and the benefit's description. */
export const DISABILITY_SCHEDULE_STEPS = {
  disability_schedule: { en: "Disability grade {grade}{promotion}", zh: "伤残等级 {grade} 级{promotion}" },
  disability_schedule_sum: { en: "Disabilities of grades {grades}: shares added up, at most the sum insured", zh: "伤残等级 {grades} 级：给付比例累加，以保险金额为限" },
} as const;

export const DISABILITY_BENEFIT = { en: "Disability grade {grade}", zh: "{grade} 级伤残" } as const;

/** The benefit of disabilities whose shares add up (`sum_of_shares`). */
export const DISABILITY_SUM_BENEFIT = { en: "Disabilities of grades {grades}, shares added up", zh: "伤残等级 {grades} 级，给付比例累加" } as const;

export const PROMOTED = { en: " (promoted one grade)", zh: "（晋升一级）" } as const;
export const NOT_PROMOTED = { en: "", zh: "" } as const;
