import type { LocalizedText } from "../values/primitives.js";

/** The report's language: `zh` or `en`. */
export type ReportLocale = keyof LocalizedText;

/**
 * Every word the CSV and HTML reports show, in both languages. Typed as one interface per language, so a text
 * missing in either is a compile error; a test checks the Chinese has no English words in it.
 */
export interface ReportText {
  readonly title: string;
  /** The line under the title: as of when, the decision dates, how many decisions. */
  readonly subtitle: (asOf: string, first: string | null, last: string | null, analysed: number) => string;
  readonly noData: string;
  /** A number of days, in words. */
  readonly days: (days: number) => string;
  readonly estimate: string;
  readonly questions: {
    /** The question: what was paid in the month. */
    readonly paidThisMonth: (month: string) => string;
    /** Its answer: how many claims, and the amount. */
    readonly paidThisMonthAnswer: (count: number, amount: string) => string;
    readonly straightThrough: string;
    /** The straight-through answer: the rate, of how many. */
    readonly straightThroughAnswer: (rate: string, count: number, total: number) => string;
    readonly topRefusingRule: string;
    /** The rule refusing most: its id, label and denials. */
    readonly topRefusingRuleAnswer: (rule: string, label: string, denied: number) => string;
    readonly noRefusingRule: string;
    /** The question: how many determinations missed their period. */
    readonly determinationBreaches: (period: string) => string;
    /** Its answer: breaches and the on-time rate. */
    readonly determinationBreachesAnswer: (breaches: number, onTime: string) => string;
    readonly flaggedProviders: string;
    /** The most flagged provider: its flags and possible duplicate invoices. */
    readonly flaggedProvidersAnswer: (provider: string, flags: number, duplicates: number) => string;
    readonly noFlaggedProvider: string;
    readonly providersNotAvailable: string;
  };
  readonly sections: {
    readonly overview: string;
    readonly months: string;
    readonly products: string;
    readonly coverages: string;
    readonly reasons: string;
    readonly rules: string;
    readonly automation: string;
    readonly cycleTimes: string;
    readonly deadlines: string;
    readonly pendingDocuments: string;
    readonly flags: string;
    readonly duplicates: string;
    readonly providers: string;
    readonly risk: string;
    readonly sampling: string;
    readonly input: string;
    readonly definitions: string;
  };
  readonly charts: {
    readonly monthly: string;
    readonly outcomes: string;
    readonly automationByMonth: string;
    readonly reasons: string;
    readonly refusingRules: string;
    readonly cycleTimes: string;
    readonly breaches: string;
    readonly waiting: string;
    readonly providersByFlags: string;
    readonly productsPaid: string;
  };
  readonly columns: Readonly<Record<ColumnId, string>>;
  readonly eventTypes: Readonly<Record<string, string>>;
  readonly severities: Readonly<Record<"low" | "medium" | "high", string>>;
  readonly parties: Readonly<Record<"claimant" | "insurer", string>>;
  readonly periodUnits: Readonly<Record<string, string>>;
  readonly problemCodes: Readonly<Record<"unreadable" | "after_as_of" | "other_currency" | "extension_unreadable", string>>;
  /** A waiting band up to so many days. */
  readonly bandUpTo: (days: number) => string;
  /** The waiting band over so many days. */
  readonly bandOver: (days: number) => string;
  readonly sources: Readonly<Record<"routing" | "outcome" | "mixed", string>>;
  /** Says a figure is not available, and why. */
  readonly notAvailable: (what: string) => string;
  readonly definitions: readonly string[];
  readonly summaryFigures: Readonly<Record<SummaryFigureId, string>>;
  readonly yes: string;
  readonly no: string;
}

export type SummaryFigureId =
  | "asOf"
  | "currency"
  | "analysed"
  | "unreadable"
  | "afterAsOf"
  | "otherCurrency"
  | "paidThisMonthCount"
  | "paidThisMonthAmount"
  | "paidCount"
  | "paidAmount"
  | "approvalRate"
  | "averagePaid"
  | "medianPaid"
  | "paidToBilled"
  | "straightThroughRate"
  | "referralRate"
  | "determinationBreaches"
  | "determinationOnTimeRate"
  | "possibleDuplicates"
  | "paidTwice"
  | "paidTwiceAmount"
  | "caughtByRules"
  | "caughtByRisk"
  | "decisionsFlagged"
  | "duplicateWindow";

export type ColumnId =
  | "figure"
  | "value"
  | "outcome"
  | "product"
  | "coverage"
  | "coverageId"
  | "month"
  | "decisions"
  | "determined"
  | "billed"
  | "payable"
  | "paidCount"
  | "paidAmount"
  | "averagePaid"
  | "medianPaid"
  | "p90Paid"
  | "approvalRate"
  | "paidToBilled"
  | "statusPaid"
  | "statusNothingPayable"
  | "statusRefused"
  | "statusReferred"
  | "changeDecisions"
  | "changePaidAmount"
  | "changePaidAmountRate"
  | "straightThroughRate"
  | "referralRate"
  | "determinationBreaches"
  | "reasonCode"
  | "clause"
  | "denied"
  | "referred"
  | "partiallyApproved"
  | "share"
  | "ruleSet"
  | "rule"
  | "eventType"
  | "hits"
  | "hitRate"
  | "queue"
  | "queueName"
  | "routed"
  | "open"
  | "openPayable"
  | "medianDays"
  | "p90Days"
  | "maxDays"
  | "measure"
  | "count"
  | "deadline"
  | "party"
  | "applicable"
  | "metOnTime"
  | "metLate"
  | "metUndated"
  | "due"
  | "overdue"
  | "notStarted"
  | "notRecorded"
  | "breaches"
  | "medianDaysOver"
  | "maxDaysOver"
  | "waitingBand"
  | "document"
  | "documentType"
  | "severity"
  | "claim"
  | "duplicateOf"
  | "provider"
  | "providerId"
  | "flags"
  | "decisionsFlagged"
  | "possibleDuplicates"
  | "level"
  | "indicator"
  | "totalContribution"
  | "segment"
  | "segmentId"
  | "samplingRate"
  | "sampledShare"
  | "considered"
  | "sampled"
  | "line"
  | "lumpSumsPaid"
  | "source"
  | "path"
  | "problem"
  | "message";

const ZH: ReportText = {
  title: "理赔运营报告",
  subtitle: (asOf, first, last, analysed) => `统计截至 ${asOf}，共 ${analysed} 件理赔决定${first === null || last === null ? "" : `（决定日期 ${first} 至 ${last}）`}`,
  noData: "无数据",
  days: (days) => `${days} 天`,
  estimate: "（估算值，误差不超过 0.5%）",
  questions: {
    paidThisMonth: (month) => `${month}赔付了多少件、多少金额？`,
    paidThisMonthAnswer: (count, amount) => `${count} 件，合计 ${amount}`,
    straightThrough: "自动直赔（无需人工处理）的比例是多少？",
    straightThroughAnswer: (rate, count, total) => `${rate}（${total} 件中 ${count} 件）`,
    topRefusingRule: "哪条规则拒赔最多？",
    topRefusingRuleAnswer: (rule, label, denied) => `${rule}（${label}），拒赔 ${denied} 件`,
    noRefusingRule: "没有规则拒赔",
    determinationBreaches: (period) => `有多少件未在法定核定期限（${period}）内作出核定？`,
    determinationBreachesAnswer: (breaches, onTime) => `${breaches} 件（已核定的按期率 ${onTime}）`,
    flaggedProviders: "哪些医疗机构的风险提示最多？",
    flaggedProvidersAnswer: (provider, flags, duplicates) => `${provider}：风险提示 ${flags} 项${duplicates > 0 ? `，疑似重复 ${duplicates} 件` : ""}`,
    noFlaggedProvider: "没有医疗机构带有风险提示或疑似重复",
    providersNotAvailable: "理赔决定未注明医疗机构，无法统计",
  },
  sections: {
    overview: "总体情况",
    months: "按月趋势",
    products: "按产品",
    coverages: "按保险责任",
    reasons: "理赔原因",
    rules: "规则命中率",
    automation: "自动直赔与转人工",
    cycleTimes: "处理时效",
    deadlines: "法定时限执行情况",
    pendingDocuments: "待补充资料的案件",
    flags: "风险提示",
    duplicates: "疑似重复理赔",
    providers: "医疗机构",
    risk: "风险评分",
    sampling: "质量抽检",
    input: "输入数据问题",
    definitions: "指标口径",
  },
  charts: {
    monthly: "每月决定件数与赔付金额",
    outcomes: "决定结果分布",
    automationByMonth: "每月自动直赔率与转人工率",
    reasons: "最常见的理赔原因",
    refusingRules: "拒赔规则及拒赔件数",
    cycleTimes: "处理时效：中位数与90分位（天）",
    breaches: "各项时限的违反件数",
    waiting: "待补充资料案件的等待天数",
    providersByFlags: "风险提示最多的医疗机构",
    productsPaid: "各产品赔付金额",
  },
  columns: {
    figure: "指标",
    value: "数值",
    outcome: "决定结果",
    product: "产品",
    coverage: "保险责任",
    coverageId: "保险责任编号",
    month: "月份",
    decisions: "决定件数",
    determined: "已核定件数",
    billed: "申请金额",
    payable: "应付金额",
    paidCount: "赔付件数",
    paidAmount: "赔付金额",
    averagePaid: "平均赔付金额",
    medianPaid: "赔付金额中位数",
    p90Paid: "赔付金额90分位",
    approvalRate: "获赔率",
    paidToBilled: "赔付占申请金额比例",
    statusPaid: "有赔付",
    statusNothingPayable: "适用但无应付",
    statusRefused: "拒绝给付",
    statusReferred: "转人工",
    changeDecisions: "件数较上月变化",
    changePaidAmount: "赔付金额较上月变化",
    changePaidAmountRate: "赔付金额环比",
    straightThroughRate: "自动直赔率",
    referralRate: "转人工率",
    determinationBreaches: "核定超期件数",
    reasonCode: "原因代码",
    clause: "条款",
    denied: "拒赔",
    referred: "转人工",
    partiallyApproved: "部分赔付",
    share: "占全部决定比例",
    ruleSet: "规则集",
    rule: "规则",
    eventType: "规则类型",
    hits: "命中次数",
    hitRate: "命中率",
    queue: "队列编号",
    queueName: "工作队列",
    routed: "进入件数",
    open: "未结件数",
    openPayable: "未结案件应付金额",
    medianDays: "中位数（天）",
    p90Days: "90分位（天）",
    maxDays: "最长（天）",
    measure: "环节",
    count: "件数",
    deadline: "时限",
    party: "责任方",
    applicable: "适用件数",
    metOnTime: "按期完成",
    metLate: "逾期完成",
    metUndated: "已完成（无固定天数）",
    due: "期限未届满",
    overdue: "已超期未完成",
    notStarted: "尚无到期日",
    notRecorded: "未记录完成日期",
    breaches: "违反件数",
    medianDaysOver: "超期天数中位数",
    maxDaysOver: "最长超期天数",
    waitingBand: "等待天数",
    document: "所缺资料",
    documentType: "资料类型",
    severity: "风险等级",
    claim: "理赔案件",
    duplicateOf: "疑似重复的在先案件",
    provider: "医疗机构",
    providerId: "机构编号",
    flags: "风险提示项数",
    decisionsFlagged: "带提示的决定件数",
    possibleDuplicates: "疑似重复件数",
    level: "等级",
    indicator: "风险指标",
    totalContribution: "贡献分值合计",
    segment: "抽检分层",
    segmentId: "分层编号",
    samplingRate: "设定抽检率",
    sampledShare: "实际抽中比例",
    considered: "纳入件数",
    sampled: "抽中件数",
    line: "行号",
    lumpSumsPaid: "其中定额给付（无费用单据）",
    source: "来源文件",
    path: "数据位置",
    problem: "问题类型",
    message: "说明",
  },
  eventTypes: { deny: "拒赔", refer: "转人工审核", flag: "风险提示", require_document: "要求补充资料", exclude_item: "剔除费用项目", cap_item: "限定合理费用" },
  severities: { low: "低", medium: "中", high: "高" },
  parties: { claimant: "申请人", insurer: "保险人" },
  periodUnits: { calendar_days: "个自然日", working_days: "个工作日", years: "年" },
  problemCodes: { unreadable: "无法读取的理赔决定", after_as_of: "决定日期晚于统计截止日，未计入", other_currency: "币种与报告不同，未计入", extension_unreadable: "附加信息格式不符，按未提供处理" },
  bandUpTo: (days) => `${days} 天以内`,
  bandOver: (days) => `超过 ${days} 天`,
  sources: {
    routing: "依据理赔决定中的分派信息",
    outcome: "理赔决定尚无分派信息：已核定且无需人工确认的视为自动直赔，转人工审核的按触发规则归入队列",
    mixed: "部分理赔决定带有分派信息（以其为准），其余按决定结果推定",
  },
  notAvailable: (what) => `理赔决定中没有${what}信息，本节暂无数据。`,
  definitions: [
    "获赔率 = 赔付件数 ÷ 已核定件数。已核定指同意赔付、部分赔付或拒赔；赔付件数指同意赔付或部分赔付且应付金额大于零的件数。待补充资料和转人工审核的案件尚未核定，不计入分母。",
    "平均赔付金额 = 赔付金额 ÷ 赔付件数，四舍五入到分；中位数与90分位按最近秩法取实际出现过的金额，样本很大时为误差不超过 0.5% 的估算值并注明。",
    "赔付占申请金额比例 = 有费用明细的同意赔付和部分赔付案件的应付金额合计 ÷ 其申请金额合计。",
    "自动直赔率 = 自动直赔件数 ÷ 全部决定件数；转人工率 = 转人工件数 ÷ 全部决定件数。",
    "月份按理赔决定作出的日期归属；“赔付”按核定赔付的月份统计。",
    "法定时限依据每件决定所附的时限（《保险法》第二十二条至第二十五条及产品约定），按统计截止日判断；支付和拒赔通知须有完成日期记录才计入是否违反。",
    "处理时效按自然日计算，中位数与90分位为精确值。",
    "疑似重复：同一保单、同一出险日期、同一申请金额及同一医疗机构的在先案件，在最近若干件有费用明细的决定中查找。",
    "医疗机构的赔付金额包括定额给付（如重大疾病、住院津贴、身故保险金，不凭费用单据给付），故可高于申请金额；其赔付占申请金额比例与总体口径相同，只计有费用明细的案件。",
  ],
  summaryFigures: {
    asOf: "统计截止日",
    currency: "币种",
    analysed: "纳入统计的决定件数",
    unreadable: "无法读取的行数",
    afterAsOf: "晚于截止日未计入的决定",
    otherCurrency: "币种不同未计入的决定",
    paidThisMonthCount: "本月赔付件数",
    paidThisMonthAmount: "本月赔付金额",
    paidCount: "赔付件数",
    paidAmount: "赔付金额",
    approvalRate: "获赔率",
    averagePaid: "平均赔付金额",
    medianPaid: "赔付金额中位数",
    paidToBilled: "赔付占申请金额比例",
    straightThroughRate: "自动直赔率",
    referralRate: "转人工率",
    determinationBreaches: "核定超期件数",
    determinationOnTimeRate: "核定按期率",
    possibleDuplicates: "疑似重复件数",
    paidTwice: "两次均已赔付的件数",
    paidTwiceAmount: "重复赔付金额",
    caughtByRules: "规则识别的重复",
    caughtByRisk: "风险评分识别的重复",
    decisionsFlagged: "带风险提示的决定件数",
    duplicateWindow: "查找重复时比对的在先决定件数",
  },
  yes: "是",
  no: "否",
};

const EN: ReportText = {
  title: "Claims operations report",
  subtitle: (asOf, first, last, analysed) => `As of ${asOf}: ${analysed} claim decisions${first === null || last === null ? "" : ` (decided ${first} to ${last})`}`,
  noData: "no data",
  days: (days) => `${days} ${days === 1 ? "day" : "days"}`,
  estimate: " (an estimate, within 0.5%)",
  questions: {
    paidThisMonth: (month) => `How many claims were paid in ${month}, and for how much?`,
    paidThisMonthAnswer: (count, amount) => `${count} ${count === 1 ? "claim" : "claims"}, ${amount} in total`,
    straightThrough: "What share went straight through, with no person involved?",
    straightThroughAnswer: (rate, count, total) => `${rate} (${count} of ${total})`,
    topRefusingRule: "Which rule refuses most?",
    topRefusingRuleAnswer: (rule, label, denied) => `${rule} (${label}): ${denied} ${denied === 1 ? "denial" : "denials"}`,
    noRefusingRule: "No rule denied a claim",
    determinationBreaches: (period) => `How many decisions missed the statutory determination period (${period})?`,
    determinationBreachesAnswer: (breaches, onTime) => `${breaches} (determinations on time: ${onTime})`,
    flaggedProviders: "Which providers carry the most flags?",
    flaggedProvidersAnswer: (provider, flags, duplicates) => `${provider}: ${flags} ${flags === 1 ? "flag" : "flags"}${duplicates > 0 ? `, ${duplicates} possible ${duplicates === 1 ? "duplicate" : "duplicates"}` : ""}`,
    noFlaggedProvider: "No provider carries a flag or a possible duplicate",
    providersNotAvailable: "The decisions name no provider: not available",
  },
  sections: {
    overview: "Overview",
    months: "Month by month",
    products: "By product",
    coverages: "By coverage",
    reasons: "Reasons",
    rules: "Rule hit rates",
    automation: "Straight through and referrals",
    cycleTimes: "Cycle times",
    deadlines: "Statutory clocks",
    pendingDocuments: "Claims waiting for documents",
    flags: "Flags",
    duplicates: "Possible duplicates",
    providers: "Providers",
    risk: "Risk scores",
    sampling: "Quality sampling",
    input: "Problems in the input",
    definitions: "Definitions",
  },
  charts: {
    monthly: "Decisions and amount paid per month",
    outcomes: "Outcomes",
    automationByMonth: "Straight-through and referral rates per month",
    reasons: "Most frequent reasons",
    refusingRules: "Denials per deny rule",
    cycleTimes: "Cycle times: median and 90th percentile (days)",
    breaches: "Breaches per deadline",
    waiting: "Days claims have waited for documents",
    providersByFlags: "Providers with the most flags",
    productsPaid: "Amount paid per product",
  },
  columns: {
    figure: "Figure",
    value: "Value",
    outcome: "Outcome",
    product: "Product",
    coverage: "Coverage",
    coverageId: "Coverage id",
    month: "Month",
    decisions: "Decisions",
    determined: "Determined",
    billed: "Billed",
    payable: "Payable",
    paidCount: "Claims paid",
    paidAmount: "Amount paid",
    averagePaid: "Average paid",
    medianPaid: "Median paid",
    p90Paid: "90th percentile paid",
    approvalRate: "Approval rate",
    paidToBilled: "Paid against billed",
    statusPaid: "Paid",
    statusNothingPayable: "Applies, nothing payable",
    statusRefused: "Refused",
    statusReferred: "Referred",
    changeDecisions: "Change in decisions",
    changePaidAmount: "Change in amount paid",
    changePaidAmountRate: "Amount paid, month over month",
    straightThroughRate: "Straight-through rate",
    referralRate: "Referral rate",
    determinationBreaches: "Determinations late",
    reasonCode: "Reason code",
    clause: "Clause",
    denied: "Denied",
    referred: "Referred",
    partiallyApproved: "Partially approved",
    share: "Share of all decisions",
    ruleSet: "Rule set",
    rule: "Rule",
    eventType: "Kind of rule",
    hits: "Hits",
    hitRate: "Hit rate",
    queue: "Queue id",
    queueName: "Work queue",
    routed: "Routed",
    open: "Open",
    openPayable: "Payable on open claims",
    medianDays: "Median (days)",
    p90Days: "90th percentile (days)",
    maxDays: "Longest (days)",
    measure: "Stage",
    count: "Claims",
    deadline: "Deadline",
    party: "Who must act",
    applicable: "Applies to",
    metOnTime: "Met on time",
    metLate: "Met late",
    metUndated: "Met (no fixed period)",
    due: "Not yet due",
    overdue: "Overdue",
    notStarted: "No due date yet",
    notRecorded: "No date recorded",
    breaches: "Breaches",
    medianDaysOver: "Median days over",
    maxDaysOver: "Most days over",
    waitingBand: "Days waiting",
    document: "Missing document",
    documentType: "Document type",
    severity: "Severity",
    claim: "Claim",
    duplicateOf: "Possible duplicate of",
    provider: "Provider",
    providerId: "Provider id",
    flags: "Flags",
    decisionsFlagged: "Decisions flagged",
    possibleDuplicates: "Possible duplicates",
    level: "Level",
    indicator: "Indicator",
    totalContribution: "Total contribution",
    segment: "Segment",
    segmentId: "Segment id",
    samplingRate: "Rate set",
    sampledShare: "Share sampled",
    considered: "Considered",
    sampled: "Sampled",
    line: "Line",
    lumpSumsPaid: "Of which lump sums (nothing billed)",
    source: "File",
    path: "Where in the data",
    problem: "Problem",
    message: "Details",
  },
  eventTypes: { deny: "Deny", refer: "Refer for review", flag: "Flag", require_document: "Require a document", exclude_item: "Exclude an item", cap_item: "Cap an item" },
  severities: { low: "Low", medium: "Medium", high: "High" },
  parties: { claimant: "Claimant", insurer: "Insurer" },
  periodUnits: { calendar_days: "calendar days", working_days: "working days", years: "years" },
  problemCodes: {
    unreadable: "Not a readable decision",
    after_as_of: "Decided after the report's date: left out",
    other_currency: "In another currency than the report: left out",
    extension_unreadable: "Extra information in an unexpected shape: read as absent",
  },
  bandUpTo: (days) => `up to ${days} days`,
  bandOver: (days) => `over ${days} days`,
  sources: {
    routing: "From the routing the decisions carry",
    outcome: "The decisions carry no routing yet: a decision that determines the claim with no person to confirm it counts as straight through; a referred one goes to the queue of the rule that referred it",
    mixed: "Some decisions carry routing (used where present); the others are inferred from their outcome",
  },
  notAvailable: (what) => `The decisions carry no ${what} yet: nothing to show.`,
  definitions: [
    "Approval rate (获赔率) = claims paid ÷ claims determined. Determined: approved, partially approved or denied. Paid: approved or partially approved with a payable amount above zero. Pending and referred claims are not determined yet and are not in the denominator.",
    "Average paid = amount paid ÷ claims paid, rounded half up to the cent. Medians and 90th percentiles take the nearest rank, always an amount that occurred; on very large groups they are estimates within 0.5%, and marked so.",
    "Paid against billed = the payable of approved and partially approved claims with bill lines ÷ what they billed.",
    "Straight-through rate = decisions straight through ÷ all decisions; referral rate = decisions referred to a person ÷ all decisions.",
    "A decision belongs to the month it was made in; a claim is paid in the month its payment was determined.",
    "Statutory clocks are the decisions' own (PRC Insurance Law arts. 22–25 and the product's terms), taken on the report's date. A payment or denial notice counts for or against a deadline only when its date is recorded.",
    "Cycle times are calendar days; their medians and 90th percentiles are exact.",
    "Possible duplicate: an earlier decision, among the most recent ones with bill lines, with the same policy, incident date, billed amount and provider.",
    "A provider's amount paid includes lump sums (critical illness, hospital cash, death benefits: paid without bills), so it can exceed what was billed; its paid against billed is the overall one's, over claims with bill lines only.",
  ],
  summaryFigures: {
    asOf: "Report date",
    currency: "Currency",
    analysed: "Decisions counted",
    unreadable: "Lines not readable",
    afterAsOf: "Decisions after the report date, left out",
    otherCurrency: "Decisions in another currency, left out",
    paidThisMonthCount: "Claims paid this month",
    paidThisMonthAmount: "Amount paid this month",
    paidCount: "Claims paid",
    paidAmount: "Amount paid",
    approvalRate: "Approval rate",
    averagePaid: "Average paid",
    medianPaid: "Median paid",
    paidToBilled: "Paid against billed",
    straightThroughRate: "Straight-through rate",
    referralRate: "Referral rate",
    determinationBreaches: "Determinations late",
    determinationOnTimeRate: "Determinations on time",
    possibleDuplicates: "Possible duplicates",
    paidTwice: "Paid both times",
    paidTwiceAmount: "Amount paid twice",
    caughtByRules: "Duplicates caught by rules",
    caughtByRisk: "Duplicates caught by the risk score",
    decisionsFlagged: "Decisions flagged",
    duplicateWindow: "Earlier decisions compared for duplicates",
  },
  yes: "yes",
  no: "no",
};

/** The report's words in one language. */
export const REPORT_TEXT: Readonly<Record<ReportLocale, ReportText>> = { zh: ZH, en: EN };
