/** Reason codes only hospital cash gives. */
export const PER_DIEM_REASONS = {
  DAYS_MAXIMUM: { en: "{days} day(s) exceed the maximum of {maxDaysPerStay} per stay or {maxDaysPerYear} per year.", zh: "{days} 日超过每次住院 {maxDaysPerStay} 日或每年 {maxDaysPerYear} 日的给付上限。" },
} as const;

/** The step hospital cash writes: the benefit's own description. */
export const PER_DIEM_STEPS = {
  per_diem: { en: "{payableDays} day(s) of hospital cash at {dailyAmount}", zh: "住院津贴 {payableDays} 日，每日 {dailyAmount}" },
} as const;
