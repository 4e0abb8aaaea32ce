/** Reason codes only a fixed benefit gives. */
export const FIXED_BENEFIT_REASONS = {
  PAYOUTS_EXHAUSTED: { en: "{benefit} has already been paid {maxPayouts:times}, the most it pays.", zh: "{benefit}已给付 {maxPayouts:times}，达到给付次数上限。" },
  CONDITION_ALREADY_PAID: { en: "{benefit} was already paid for {condition}; each condition is paid once.", zh: "{benefit}已就{condition}给付，每种疾病以给付一次为限。" },
  DEATH_AFTER_WINDOW: { en: "Death came {days} days after the accident; the benefit pays a death within {window} days.", zh: "身故发生在意外事故后第 {days} 日，本项保险金仅给付事故后 {window} 日内身故。" },
} as const;

/** The step a fixed benefit writes. */
export const FIXED_BENEFIT_STEPS = {
  fixed_benefit: { en: "{benefit}: {share} × sum insured", zh: "{benefit}：保险金额 × {share}" },
} as const;
