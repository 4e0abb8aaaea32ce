/**
 * What the risk score says to the adjuster, in zh and en: each red-flag indicator's name, the evidence it records
 * (why it fired or did not), and what an investigator checks when it fired. Placeholders as in reason templates.
 * The claimant never reads these: they appear in the adjuster's view only.
 */
export const RISK_INDICATOR_NAMES = {
  soon_after_inception: { en: "Claim soon after inception", zh: "承保后短期内出险" },
  claim_frequency: { en: "Frequent claims", zh: "频繁理赔" },
  duplicate_invoice: { en: "Duplicate or near-duplicate invoice", zh: "重复或疑似重复发票" },
  invoice_outside_stay: { en: "Invoice dated outside the stay", zh: "发票日期不在住院期间" },
  long_stay: { en: "Stay long for its diagnosis", zh: "住院时间超出病种标准（疑似挂床）" },
  amount_near_threshold: { en: "Amount just under a threshold", zh: "金额略低于阈值" },
  repeated_provider: { en: "Repeated provider", zh: "同一医疗机构反复就诊" },
  late_report: { en: "Late report", zh: "延迟报案" },
  claimant_not_insured: { en: "Claimant not the insured", zh: "申请人非被保险人本人" },
  external_score: { en: "External model score", zh: "外部模型评分" },
  rule_flags: { en: "Risk flags of the rules", zh: "规则风险提示" },
} as const;

/** The evidence of an indicator: what was measured and against what. */
export const RISK_EVIDENCE = {
  SOON_AFTER_INCEPTION: {
    en: "The incident happened on day {day} of cover (cover began on {coverStart:date}); the indicator fires in the first {withinDays} days.",
    zh: "出险发生在承保后第 {day} 日（承保起始日 {coverStart:date}）；承保后 {withinDays} 日内出险即触发本指标。",
  },
  CLAIM_FREQUENCY: {
    en: "Other claims of the insured in the {windowDays} days up to this one: {count} (the indicator fires at {atLeast}).",
    zh: "被保险人在本次申请前 {windowDays} 日内的其他理赔申请：{count} 件（达到 {atLeast} 件即触发本指标）。",
  },
  DUPLICATE_INVOICE_NUMBER: {
    en: "Invoice {invoice} was already billed on claim {otherClaim}.",
    zh: "发票 {invoice} 已在理赔申请 {otherClaim} 中提交。",
  },
  DUPLICATE_INVOICE_NEAR: {
    en: "Invoice {invoice} ({amount:money}, {date:date}, provider {provider}) has the amount, date and provider of invoice {other} on claim {otherClaim}.",
    zh: "发票 {invoice}（{amount:money}，{date:date}，开票单位 {provider}）与理赔申请 {otherClaim} 的发票 {other} 金额、日期及开票单位均相同。",
  },
  DUPLICATE_INVOICE_NONE: {
    en: "No invoice of the claim has the number, or the amount, date and provider, of another invoice on the policy.",
    zh: "本次申请的发票与本保单其他发票号码均不相同，也无金额、日期及开票单位均相同者。",
  },
  INVOICE_OUTSIDE_STAY: {
    en: "Invoice {invoice} is dated {date:date}, outside the stay from {admission:date} to {discharge:date}.",
    zh: "发票 {invoice} 开具日期为 {date:date}，不在住院期间（{admission:date} 至 {discharge:date}）内。",
  },
  INVOICES_WITHIN_STAY: {
    en: "Every invoice is dated within the stay from {admission:date} to {discharge:date}, give or take {toleranceDays} days.",
    zh: "全部发票开具日期均在住院期间（{admission:date} 至 {discharge:date}，前后允许 {toleranceDays} 日）内。",
  },
  NO_HOSPITAL_STAY: { en: "The claim has no hospital stay.", zh: "本次申请不含住院。" },
  LONG_STAY: {
    en: "Days in hospital: {days} for {diagnosis}, whose norm is {normDays}; the indicator fires above {factor} times the norm ({limitDays}).",
    zh: "住院天数 {days} 日，诊断 {diagnosis} 的标准住院日为 {normDays} 日；超过标准的 {factor} 倍（{limitDays} 日）即触发本指标。",
  },
  NO_STAY_NORM: { en: "No length-of-stay norm is set for the diagnoses {diagnoses}.", zh: "诊断 {diagnoses} 未设定标准住院日。" },
  AMOUNT_NEAR_THRESHOLD: {
    en: "The {measure} of {amount:money} is just under the {threshold} of {limit:money} (within {within:percent} of it).",
    zh: "{measure} {amount:money} 略低于{threshold} {limit:money}（差距在 {within:percent} 以内）。",
  },
  AMOUNT_CLEAR_OF_THRESHOLDS: {
    en: "The {measure} of {amount:money} is not within {within:percent} under any threshold.",
    zh: "{measure} {amount:money} 不在任何阈值下方 {within:percent} 的范围内。",
  },
  REPEATED_PROVIDER: {
    en: "Other claims of the insured at provider {provider} in the {windowDays} days up to this one: {count} (the indicator fires at {atLeast}).",
    zh: "被保险人在本次申请前 {windowDays} 日内在开票单位 {provider} 就诊的其他理赔申请：{count} 件（达到 {atLeast} 件即触发本指标）。",
  },
  NO_PROVIDER: { en: "The claim's invoices name no provider.", zh: "本次申请的发票未载明开票单位。" },
  LATE_REPORT: {
    en: "Days from knowing of the incident to the report: {days} (the indicator fires at {atLeast}).",
    zh: "自知道保险事故发生至报案的天数：{days} 日（达到 {atLeast} 日即触发本指标）。",
  },
  CLAIMANT_NOT_INSURED: { en: "The claimant is the insured's {relationship}, not the insured.", zh: "申请人为被保险人的{relationship}，并非被保险人本人。" },
  CLAIMANT_NOT_COUNTED: {
    en: "The claimant is the insured's {relationship}, which this indicator does not count.",
    zh: "申请人为被保险人的{relationship}，本指标不计入。",
  },
  CLAIMANT_IS_INSURED: { en: "The claimant is the insured.", zh: "申请人即被保险人本人。" },
  EXTERNAL_SCORE: { en: "The external model's score is {value}; the indicator fires at {atLeast}.", zh: "外部模型评分为 {value}；达到 {atLeast} 即触发本指标。" },
  EXTERNAL_SCORE_MISSING: { en: "The external model gave no score for this claim.", zh: "外部模型未对本次申请给出评分。" },
  RULE_FLAGS: { en: "Risk flags raised by the rules: {flags}", zh: "规则提示的风险：{flags}" },
  NO_RULE_FLAGS: { en: "No rule raised a risk flag of the severities counted ({severities}).", zh: "规则未提示所计严重程度（{severities}）的风险。" },
} as const;

export type RiskEvidenceCode = keyof typeof RISK_EVIDENCE;

/** What an investigation (调查 / 现场勘查) checks for an indicator that fired. */
export const INVESTIGATION_CHECKS = {
  soon_after_inception: {
    en: "Check the insured's health before cover began on {coverStart:date}: earlier medical records and the health declaration at underwriting.",
    zh: "核查承保起始日 {coverStart:date} 前被保险人的健康状况：既往病历及投保时的健康告知。",
  },
  claim_frequency: { en: "Review the insured's earlier claims together ({claims}) for a pattern.", zh: "合并审阅被保险人此前的理赔申请（{claims}），核查有无异常规律。" },
  duplicate_invoice: {
    en: "Verify invoice {invoice} through the e-invoice check and with {provider}, and compare it with invoice {other} of claim {otherClaim}.",
    zh: "通过电子发票查验平台及{provider}核实发票 {invoice}，并与理赔申请 {otherClaim} 的发票 {other} 比对。",
  },
  invoice_outside_stay: {
    en: "Ask {provider} why invoice {invoice} is dated {date:date}, outside the stay from {admission:date} to {discharge:date}.",
    zh: "向{provider}核实发票 {invoice} 开具日期 {date:date} 不在住院期间（{admission:date} 至 {discharge:date}）内的原因。",
  },
  long_stay: {
    en: "Visit the ward or ask {provider} for the nursing and progress notes: were {days} days in hospital needed for {diagnosis} (norm {normDays})?",
    zh: "到病房实地查看或向{provider}调取护理记录和病程记录：诊断 {diagnosis} 是否确需住院 {days} 日（标准住院日 {normDays} 日）。",
  },
  amount_near_threshold: {
    en: "Check that the bills were not split or trimmed to stay under the {threshold} ({limit:money}): ask for the complete itemised list.",
    zh: "核查费用是否为低于{threshold}（{limit:money}）而拆分或删减：调取完整的费用明细清单。",
  },
  repeated_provider: {
    en: "Review the insured's claims at {provider} together, and the provider's claims on other policies.",
    zh: "合并审阅被保险人在{provider}的理赔申请，并核查该机构在其他保单下的理赔情况。",
  },
  late_report: {
    en: "Ask the claimant why the report came {days} days after they knew of the incident, and whether the delay hides the cause or extent of the loss.",
    zh: "询问申请人在知道保险事故发生 {days} 日后才报案的原因，并核查延迟是否导致事故性质、原因或损失程度难以确定。",
  },
  claimant_not_insured: {
    en: "Verify the claimant's authority to claim for the insured (power of attorney, proof of relationship) and confirm with the insured directly.",
    zh: "核实申请人代为申请的授权（授权委托书、关系证明），并直接向被保险人确认。",
  },
  external_score: { en: "Review what drove the external model's score of {value}.", zh: "复核外部模型评分 {value} 的主要依据。" },
  rule_flags: { en: "Resolve each risk flag the rules raised: {flags}", zh: "逐项核实规则提示的风险：{flags}" },
} as const;

/** Words the evidence fills in: what an amount is, who the claimant is, how severe a flag is, who a provider is. */
export const RISK_WORDS = {
  billed: { en: "amount billed", zh: "申请金额" },
  payable: { en: "amount payable", zh: "应赔金额" },
  spouse: { en: "spouse", zh: "配偶" },
  child: { en: "child", zh: "子女" },
  parent: { en: "parent", zh: "父母" },
  other: { en: "representative outside the close family", zh: "近亲属以外的代理人" },
  low: { en: "low", zh: "低" },
  medium: { en: "medium", zh: "中" },
  high: { en: "high", zh: "高" },
  provider: { en: "the provider", zh: "开票单位" },
  hospital: { en: "the hospital", zh: "医院" },
} as const;
