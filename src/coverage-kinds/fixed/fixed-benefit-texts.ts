/** Reason codes only a fixed benefit gives. */
export const FIXED_BENEFIT_REASONS = {
  PAYOUTS_EXHAUSTED: { en: "{benefit} has already been paid {maxPayouts:times}, the most it pays.", zh: "{benefit}已给付 {maxPayouts:times}，达到给付次数上限。" },
  CONDITION_ALREADY_PAID: { en: "{benefit} was already paid for {condition} on claim {claimId}; each condition is paid once.", zh: "{benefit}已在理赔申请 {claimId} 中就{condition}给付，每种疾病以给付一次为限。" },
  CONDITION_PAID_BEFORE_LEDGER: {
    en: "{benefit} was already paid for {condition}, on a claim from before this policy's claim history was kept; each condition is paid once.",
    zh: "{benefit}已就{condition}给付（系本保单理赔记录起算前的申请），每种疾病以给付一次为限。",
  },
  DEATH_AFTER_WINDOW: { en: "Death came {days} days after the accident; the benefit pays a death within {window} days.", zh: "身故发生在意外事故后第 {days} 日，本项保险金仅给付事故后 {window} 日内身故。" },
  GROUP_ALREADY_PAID: {
    en: "{benefit} was already paid for a condition of group {group} ({paidCondition}) on claim {claimId}; each group pays once.",
    zh: "{benefit}已在理赔申请 {claimId} 中就第 {group} 组疾病（{paidCondition}）给付，每组疾病以给付一次为限。",
  },
  INTERVAL_NOT_REACHED: {
    en: "{benefit}: this diagnosis came {days} days after the one paid on {lastOn:date}; the wording needs at least {intervalDays} days between two diagnoses.",
    zh: "{benefit}：本次确诊距 {lastOn:date} 已给付的确诊仅 {days} 日，条款约定两次确诊须间隔至少 {intervalDays} 日。",
  },
  DEFINITION_NOT_MET: {
    en: "{condition}: the definition is not met; it needs {findings}, which the claim does not record.",
    zh: "{condition}：未达到疾病定义，须具备{findings}，本次申请资料未载明。",
  },
  STATE_NOT_YET_ASSESSABLE: {
    en: "{condition} can be assessed from {dueOn:date}: its definition needs {findings}, and the claim's evidence reaches {evidenceDate:date} (diagnosis on {diagnosedOn:date}).",
    zh: "{condition}须自 {dueOn:date} 起方可评定：疾病定义须具备{findings}，本次申请资料仅及 {evidenceDate:date}（确诊日 {diagnosedOn:date}）。",
  },
  SEX_NOT_COVERED: { en: "{condition} is covered for {sex} insureds only.", zh: "{condition}仅承保{sex}被保险人。" },
  AGE_NOT_COVERED: { en: "{condition} is covered for insureds aged {ages} at the diagnosis; the insured was {age}.", zh: "{condition}仅承保确诊时年龄为 {ages} 的被保险人，被保险人确诊时为 {age} 周岁。" },
  INSURED_DETAIL_MISSING: { en: "The policy does not record the insured's {detail}, which {condition} depends on; a person must establish it.", zh: "保单未记载被保险人的{detail}，而{condition}的给付以此为条件，需人工核实。" },
  SURVIVAL_PERIOD_NOT_REACHED: {
    en: "{benefit} is paid once the insured has survived {survivalDays} days after the diagnosis, on {dueOn:date}; the claim's evidence reaches {evidenceDate:date}.",
    zh: "{benefit}须被保险人于确诊后生存满 {survivalDays} 日（{dueOn:date}）方予给付，本次申请资料仅及 {evidenceDate:date}。",
  },
  SURVIVAL_PERIOD_NOT_MET: {
    en: "The insured died on {diedOn:date}, {days} days after the diagnosis; {benefit} needs {survivalDays} days of survival.",
    zh: "被保险人于 {diedOn:date} 身故，距确诊 {days} 日，{benefit}须确诊后生存满 {survivalDays} 日。",
  },
} as const;

/** The step a fixed benefit writes. */
export const FIXED_BENEFIT_STEPS = {
  fixed_benefit: { en: "{benefit}: {share} × sum insured", zh: "{benefit}：保险金额 × {share}" },
} as const;
