/** Reason codes only a disability schedule gives. */
export const DISABILITY_SCHEDULE_REASONS = {
  DISABILITY_ASSESSED_LATE: {
    en: "Disability {code} was assessed on {assessedOn:date}, more than {window} days after the accident; a reviewer must confirm it reflects the state on day {window}.",
    zh: "伤残 {code} 于 {assessedOn:date} 鉴定，已超过意外发生后 {window} 日；需人工确认其反映第 {window} 日的身体状况。",
  },
  GRADE_NOT_IN_SCHEDULE: { en: "Grade {grade} is not in the schedule.", zh: "伤残等级 {grade} 级不在给付比例表内。" },
  DISABILITY_ALREADY_RATED: { en: "Every disability claimed was already rated and paid under this coverage.", zh: "所申请的伤残项目均已在本保险责任下评定并给付。" },
} as const;

/** The step a disability schedule writes, and the benefit's description. */
export const DISABILITY_SCHEDULE_STEPS = {
  disability_schedule: { en: "Disability grade {grade}{promotion}", zh: "伤残等级 {grade} 级{promotion}" },
} as const;

export const DISABILITY_BENEFIT = { en: "Disability grade {grade}", zh: "{grade} 级伤残" } as const;

export const PROMOTED = { en: " (promoted one grade)", zh: "（晋升一级）" } as const;
export const NOT_PROMOTED = { en: "", zh: "" } as const;
