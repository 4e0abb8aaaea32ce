import type { Decision } from "../decision/decision-schema.js";
import { formatAmount, type Locale } from "../text/format-amount.js";
import { showValue } from "../text/show-value.js";
import type { NoticeBlock } from "./notice-blocks.js";
import { riskBlocks, routingBlocks, samplingBlocks } from "./operations-blocks.js";

const HEAD: Record<Locale, Record<string, string>> = {
  en: {
    title: "Adjuster view",
    reasons: "Reasons",
    rules: "Triggered rules and their evidence",
    flags: "Risk flags",
    lines: "Bill lines",
    benefits: "Benefits",
    coverages: "Coverages",
    trace: "Calculation trace",
    ledger: "Ledger before and after",
    deadlines: "Claim clocks",
    documents: "Missing documents",
    provenance: "Provenance",
  },
  zh: {
    title: "理赔审核视图",
    reasons: "理由",
    rules: "触发的规则及依据",
    flags: "风险标记",
    lines: "费用明细",
    benefits: "给付项目",
    coverages: "保障责任",
    trace: "理算过程",
    ledger: "累计器（理算前 / 理算后）",
    deadlines: "时效",
    documents: "缺失资料",
    provenance: "可追溯信息",
  },
};

/** The words of the view in each language: table headers, outcomes, statuses, yes and no. Codes and ids stay codes. */
const WORDS = {
  en: {
    reasons: ["code", "clause", "rule", "line", "coverage", "message"],
    evidence: ["condition", "fact", "operator", "expected", "actual", "result"],
    lines: ["line", "category", "coverage", "billed", "eligible", "payable", "adjustments"],
    benefits: ["coverage", "benefit", "gross", "adjustments", "payable", "basis"],
    coverages: ["coverage", "kind", "status", "payable", "reasons"],
    trace: ["step", "coverage", "line", "result", "clause", "inputs"],
    ledger: ["coverage", "deductible used", "paid", "days paid", "ended"],
    deadlines: ["deadline", "due", "basis"],
    outcome: { approved: "approved", partially_approved: "partially approved", denied: "denied", pending_documents: "pending documents", referred: "referred for review" },
    status: { paid: "paid", nothing_payable: "nothing payable", refused: "refused", referred: "referred", not_applicable: "not applicable" },
    severity: { low: "low", medium: "medium", high: "high" },
    // A flag the library raises itself (an invoice, flight, condition or hospital day already paid) has no rule id.
    libraryCheck: "claim history check",
    problem: { missing: "missing", copy_only: "original required, copy received", issued_too_early: "issued too early" },
    meta: { decisionId: "decision", ruleSetId: "rule set", ruleSetVersion: "rule set version", policyHash: "policy hash", ruleSetHash: "rule set hash", claimHash: "claim hash", accumulatorsHash: "ledger hash", asOf: "as of", libraryVersion: "library version", operationsId: "operations configuration", operationsVersion: "operations configuration version", operationsHash: "operations configuration hash" } as Record<string, string>,
    yes: "yes",
    no: "no",
    notEvaluated: "not evaluated",
  },
  zh: {
    reasons: ["代码", "条款", "规则", "费用明细", "保障责任", "说明"],
    evidence: ["条件", "事实", "运算符", "期望值", "实际值", "结果"],
    lines: ["费用明细", "类别", "保障责任", "申请金额", "合理金额", "应赔金额", "调整"],
    benefits: ["保障责任", "给付项目", "给付基数", "调整", "应赔金额", "依据"],
    coverages: ["保障责任", "类型", "状态", "应赔金额", "理由"],
    trace: ["步骤", "保障责任", "费用明细", "结果", "条款", "输入"],
    ledger: ["保障责任", "已用免赔额", "已赔付", "已给付天数", "已终止"],
    deadlines: ["时效", "到期日", "依据"],
    outcome: { approved: "同意赔付", partially_approved: "部分赔付", denied: "拒赔", pending_documents: "待补充资料", referred: "转人工审核" },
    status: { paid: "赔付", nothing_payable: "无应赔金额", refused: "不予给付", referred: "转人工审核", not_applicable: "不适用" },
    severity: { low: "低", medium: "中", high: "高" },
    libraryCheck: "理赔历史核查",
    problem: { missing: "缺失", copy_only: "需原件，仅收到复印件", issued_too_early: "出具日期过早" },
    meta: { decisionId: "决定编号", ruleSetId: "规则集", ruleSetVersion: "规则集版本", policyHash: "保单哈希", ruleSetHash: "规则集哈希", claimHash: "申请哈希", accumulatorsHash: "累计器哈希", asOf: "理算日期", libraryVersion: "程序库版本", operationsId: "运营配置", operationsVersion: "运营配置版本", operationsHash: "运营配置哈希" } as Record<string, string>,
    yes: "是",
    no: "否",
    notEvaluated: "未评估",
  },
} as const;

/** Who raised a flag: its `flag` rule, or for the library's own flags (an invoice billed before) the clause it applies. */
// A flag the library raises itself (an invoice, flight, condition or hospital day already paid) has no rule: the view
// says it is the claim history check and names its clause.
function flagSource(flag: Decision["flags"][number], locale: Locale): string {
  if (flag.ruleId !== undefined) return flag.ruleId;
  return `${WORDS[locale].libraryCheck}, ${locale === "zh" ? `条款 ${flag.clauseId}` : `clause ${flag.clauseId}`}`;
}

/** What the adjuster reads: the full calculation trace, every rule with its evidence, flags, the ledger before and after. */
export function adjusterViewBlocks(decision: Decision, locale: Locale): NoticeBlock[] {
  const h = HEAD[locale];
  const w = WORDS[locale];
  const en = locale === "en";
  const money = (amount: string) => formatAmount(amount, decision.currency, locale);
  const yesNo = (value: boolean) => (value ? w.yes : w.no);
  const blocks: NoticeBlock[] = [
    { kind: "heading", level: 1, text: `${h["title"]}: ${decision.claimId}` },
    {
      kind: "paragraph",
      text: `${en ? "Outcome" : "结论"}: ${w.outcome[decision.outcome]}; ${en ? "payable" : "应赔"} ${money(decision.payable)}${decision.lines.length === 0 ? "" : ` / ${en ? "billed" : "申请"} ${money(decision.billed)}`}; ${en ? "automated" : "自动化决策"}: ${yesNo(decision.automation.automated)}, ${en ? "significant" : "重大影响"}: ${yesNo(decision.automation.significant)}`,
    },
  ];
  const section = (title: string, content: NoticeBlock[]) => {
    if (content.length > 0) blocks.push({ kind: "heading", level: 2, text: title }, ...content);
  };
  section(h["reasons"] as string, decision.reasons.length === 0 ? [] : [{ kind: "table", headers: [...w.reasons], rows: decision.reasons.map((reason) => [reason.code, reason.clauseId, reason.ruleId ?? "", reason.lineId ?? "", reason.coverageId ?? "", reason.message[locale]]) }]);
  section(
    h["rules"] as string,
    decision.triggeredRules.flatMap((rule): NoticeBlock[] => [
      { kind: "paragraph", text: `${rule.ruleId}${rule.lineId === undefined ? "" : ` [${rule.lineId}]`} → ${rule.eventType} ${rule.reasonCode} (${en ? "clause" : "条款"} ${rule.clauseId}, ${en ? "priority" : "优先级"} ${rule.priority})` },
      {
        kind: "table",
        headers: [...w.evidence],
        rows: rule.evidence.map((item) => [item.path, `${item.fact}${item.factPath === undefined ? "" : item.factPath.slice(1)}`, item.operator, showValue(item.expected, locale), showValue(item.actual, locale), item.result === null ? w.notEvaluated : yesNo(item.result)]),
      },
    ]),
  );
  section(h["flags"] as string, decision.flags.length === 0 ? [] : [{ kind: "list", ordered: false, items: decision.flags.map((flag) => `[${w.severity[flag.severity]}] ${flag.reasonCode} (${flagSource(flag, locale)}${flag.lineId === undefined ? "" : `, ${flag.lineId}`}): ${flag.message[locale]}`) }]);
  blocks.push(...routingBlocks(decision, locale), ...samplingBlocks(decision, locale), ...riskBlocks(decision, locale));
  section(h["documents"] as string, decision.missingDocuments.length === 0 ? [] : [{ kind: "list", ordered: false, items: decision.missingDocuments.map((document) => `${document.description[locale]}${document.documentId === undefined ? "" : ` ${document.documentId}`} (${w.problem[document.problem]}, ${document.requirementId ?? document.ruleId}, ${en ? "clause" : "条款"} ${document.clauseId})`) }]);
  section(h["lines"] as string, decision.lines.length === 0 ? [] : [
    {
      kind: "table",
      headers: [...w.lines],
      rows: decision.lines.map((line) => [line.lineId, line.category, line.coverageId ?? "", money(line.billed), money(line.eligible), money(line.payable), line.adjustments.map((adjustment) => `${adjustment.kind} ${adjustment.group}-${adjustment.carc} ${money(adjustment.amount)}`).join("; ")]),
    },
  ]);
  section(h["benefits"] as string, decision.benefits.length === 0 ? [] : [
    { kind: "table", headers: [...w.benefits], rows: decision.benefits.map((benefit) => [benefit.coverageId, benefit.description[locale], money(benefit.gross), benefit.adjustments.map((adjustment) => `${adjustment.kind} ${money(adjustment.amount)}`).join("; "), money(benefit.payable), Object.entries(benefit.basis).map(([key, value]) => `${key}=${value}`).join(", ")]) },
  ]);
  section(h["coverages"] as string, decision.coverages.length === 0 ? [] : [{ kind: "table", headers: [...w.coverages], rows: decision.coverages.map((coverage) => [coverage.coverageId, coverage.kind, w.status[coverage.status], money(coverage.payable), coverage.reasons.join(", ")]) }]);
  // The trace as recorded: step codes and their inputs (field=value, as in the decision's JSON) for the adjuster to check.
  section(h["trace"] as string, decision.calculation.length === 0 ? [] : [
    {
      kind: "table",
      headers: [...w.trace],
      rows: decision.calculation.map((step) => [step.step, step.coverageId ?? "", step.lineId ?? "", step.result, step.clauseId, Object.entries(step.inputs).map(([key, value]) => `${key}=${value}`).join(", ")]),
    },
  ]);
  section(h["ledger"] as string, [
    {
      kind: "table",
      headers: [...w.ledger],
      rows: Object.keys(decision.counters.after.coverages).map((id) => {
        const before = decision.counters.before.coverages[id];
        const after = decision.counters.after.coverages[id];
        const pair = (pick: (entry: NonNullable<typeof after>) => string) => `${before === undefined ? "—" : pick(before)} → ${after === undefined ? "—" : pick(after)}`;
        return [id, pair((entry) => money(entry.deductibleUsed)), pair((entry) => money(entry.paid)), pair((entry) => String(entry.daysPaid)), pair((entry) => yesNo(entry.ended))];
      }),
    },
  ]);
  section(h["deadlines"] as string, [
    { kind: "table", headers: [...w.deadlines], rows: Object.values(decision.deadlines.byId).map((deadline) => [deadline.title[locale], deadline.dueOn ?? `— (${"why" in deadline ? deadline.why.message[locale] : ""})`, `${deadline.basis.law[locale]} ${deadline.basis.article}`]) },
  ]);
  section(h["provenance"] as string, [{ kind: "list", ordered: false, items: Object.entries(decision.meta).map(([key, value]) => `${w.meta[key] ?? key}: ${value}`) }]);
  return blocks;
}
