/** Reason codes only hospital cash gives. */
export const PER_DIEM_REASONS = {
  DAYS_ALREADY_PAID: { en: "{days:days} of this stay were already paid on claim {claimId}.", zh: "本次住院中 {days:days}已在理赔申请 {claimId} 中给付。" },
  DAYS_MAXIMUM: { en: "{days:days} beyond the maximum of {maxDaysPerStay:days} per stay or {maxDaysPerYear:days} per year are not paid.", zh: "{days:days}超过每次住院 {maxDaysPerStay:days}或每年 {maxDaysPerYear:days}的给付上限。" },
} as const;

/** The step hospital cash writes: the benefit's own description. */
export const PER_DIEM_STEPS = {
  per_diem: { en: "{payableDays:days} of hospital cash at {dailyAmount:money} a day", zh: "住院津贴 {payableDays:days}，每日 {dailyAmount:money}" },
  per_diem_by_ward: { en: "{payableDays:days} of hospital cash at the daily amount of the ward each day was spent in", zh: "住院津贴 {payableDays:days}，按每日所住病房的日额给付" },
  per_diem_readmission: {
    en: "Admitted again {gap:days} after the discharge on {discharge:date} (claim {claimId}) for the same disease: one stay with it, {earlierDays:days} in hospital and {earlierPaid:days} paid before",
    zh: "于 {discharge:date} 出院（理赔申请 {claimId}）后 {gap:days}因同一疾病再次入院，视为同一次住院：此前住院 {earlierDays:days}，已给付 {earlierPaid:days}",
  },
  per_diem_ward: {
    en: "{ward}: {days:days} in hospital, {paidDays:days} paid at {dailyAmount:money} a day, {amount:money}",
    zh: "{ward}：住院 {days:days}，给付 {paidDays:days}，每日 {dailyAmount:money}，计 {amount:money}",
  },
} as const;

/** Words of hospital cash's steps: the ward a day is paid as when the claim puts it in no ward of a rated type. */
export const PER_DIEM_WORDS = {
  generalWard: { en: "General ward", zh: "普通病房" },
} as const;
