/**
 * Why a claim went where it went (straight through, to a queue, with the authority it needs), in zh and en, for the
 * adjuster and the claims manager. Placeholders as in reason templates; a queue, level or outcome is filled in words.
 */
export const ROUTING_REASONS = {
  // A routing rule held: one sentence per condition of it.
  RISK_SCORE: { en: "The risk score {score} is at least {threshold}.", zh: "风险评分 {score} 达到 {threshold}。" },
  RISK_LEVEL: { en: "Risk level: {level}.", zh: "风险等级：{level}。" },
  RISK_INDICATORS: { en: "Red flags: {indicators}.", zh: "触发的风险指标：{indicators}。" },
  OUTCOME: { en: "The decision is: {outcome}.", zh: "决定为：{outcome}。" },
  PAYABLE_AT_LEAST: { en: "The amount payable, {amount:money}, is at least {threshold:money}.", zh: "应赔金额 {amount:money} 达到 {threshold:money}。" },
  BILLED_AT_LEAST: { en: "The amount billed, {amount:money}, is at least {threshold:money}.", zh: "申请金额 {amount:money} 达到 {threshold:money}。" },
  REASON_CODES: { en: "The decision gives {codes}.", zh: "决定涉及 {codes}。" },
  FLAG_SEVERITIES: { en: "The rules raised a flag of {severities} severity: {flags}", zh: "规则提示{severities}风险：{flags}" },
  PRODUCT: { en: "The product is {product}.", zh: "产品为 {product}。" },
  // Why the system does not decide it alone.
  ABOVE_AUTOMATIC_LIMIT: {
    en: "The {measure}, {amount:money}, is above the {limit:money} the system may decide alone when the decision is: {outcome}.",
    zh: "{measure} {amount:money} 超过系统可自动处理的上限 {limit:money}（决定为：{outcome}）。",
  },
  OUTCOME_NOT_AUTOMATIC: { en: "The system does not decide alone when the decision is: {outcome}.", zh: "决定为“{outcome}”时，系统不自动处理。" },
  REFERRED_BY_ADJUDICATION: { en: "The adjudication referred the claim for review: {codes}.", zh: "理算结果需人工审核：{codes}。" },
  FOUR_EYES: { en: "Above {threshold:money} a second person reviews the decision (four-eyes).", zh: "金额超过 {threshold:money}，须由第二人复核（双人复核）。" },
  // The authority it needs.
  AUTHORITY_LEVEL: { en: "Deciding {amount:money} when the decision is “{outcome}” needs authority level {level}.", zh: "决定为“{outcome}”、金额 {amount:money}，须具备{level}权限。" },
  DENIAL_LEVEL: { en: "A denial needs authority level {level} or above.", zh: "拒赔须具备{level}或以上权限。" },
  RULE_LEVEL: { en: "Routing rule {rule} needs authority level {level} or above.", zh: "分配规则 {rule} 要求{level}或以上权限。" },
  BEYOND_AUTHORITY: {
    en: "No authority level may decide {amount:money} when the decision is “{outcome}”; the highest, {level}, decides.",
    zh: "决定为“{outcome}”、金额 {amount:money}，超出各级核赔权限，由最高权限{level}签批。",
  },
  // Where it went.
  STRAIGHT_THROUGH: {
    en: "Decided by the system alone: no routing rule applies and {amount:money} is within its authority when the decision is: {outcome}.",
    zh: "由系统自动处理：无分配规则适用，且金额 {amount:money} 在系统自动处理权限内（决定为：{outcome}）。",
  },
  DEFAULT_QUEUE: { en: "No routing rule applies: the claim goes to {queue}.", zh: "无分配规则适用，案件进入{queue}。" },
  AWAITING_DOCUMENTS: { en: "The claim waits for the claimant's documents; no one needs to work it until they arrive.", zh: "案件待申请人补充资料，资料到齐前无需人工处理。" },
} as const;

export type RoutingReasonCode = keyof typeof ROUTING_REASONS;

/** The words the routing reasons fill in. */
export const ROUTING_WORDS = {
  payable: { en: "amount payable", zh: "应赔金额" },
  billed: { en: "amount billed", zh: "申请金额" },
  approved: { en: "approved", zh: "同意赔付" },
  partially_approved: { en: "partially approved", zh: "部分赔付" },
  denied: { en: "denied", zh: "拒赔" },
  pending_documents: { en: "pending documents", zh: "待补充资料" },
  referred: { en: "referred for review", zh: "转人工审核" },
  low: { en: "low", zh: "低" },
  medium: { en: "medium", zh: "中" },
  high: { en: "high", zh: "高" },
} as const;

/** What an investigation request is (调查, 现场勘查). */
export const TASK_KINDS = {
  investigation: { en: "Investigation", zh: "调查" },
  field_survey: { en: "Field survey", zh: "现场勘查" },
} as const;
