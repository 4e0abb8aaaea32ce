/** Reason codes only hospital cash gives. */
export const PER_DIEM_REASONS = {
  DAYS_ALREADY_PAID: { en: "{days:days} of this stay were already paid on claim {claimId}.", zh: "本次住院中 {days:days}已在理赔申请 {claimId} 中给付。" },
  DAYS_MAXIMUM: { en: "{days:days} beyond the maximum of {maxDaysPerStay:days} per stay or {maxDaysPerYear:days} per year are not paid.", zh: "{days:days}超过每次住院 {maxDaysPerStay:days}或每年 {maxDaysPerYear:days}的给付上限。" },
} as const;

/** The step hospital cash writes: the benefit's own description. */
export const PER_DIEM_STEPS = {
  per_diem: { en: "{payableDays:days} of hospital cash at {dailyAmount:money} a day", zh: "住院津贴 {payableDays:days}，每日 {dailyAmount:money}" },
} as const;
