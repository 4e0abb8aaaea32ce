import type { Decision } from "../decision/decision-schema.js";
import { formatAmount, type Locale } from "../text/format-amount.js";
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

const show = (value: unknown): string => (value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value));

/** What the adjuster reads: the full calculation trace, every rule with its evidence, flags, the ledger before and after. */
export function adjusterViewBlocks(decision: Decision, locale: Locale): NoticeBlock[] {
  const h = HEAD[locale];
  const en = locale === "en";
  const money = (amount: string) => formatAmount(amount, decision.currency, locale);
  const blocks: NoticeBlock[] = [
    { kind: "heading", level: 1, text: `${h["title"]}: ${decision.claimId}` },
    {
      kind: "paragraph",
      text: `${en ? "Outcome" : "结论"}: ${decision.outcome}; ${en ? "payable" : "应赔"} ${money(decision.payable)} / ${en ? "billed" : "申请"} ${money(decision.billed)}; ${en ? "automated" : "自动化决策"}: ${decision.automation.automated}, ${en ? "significant" : "重大影响"}: ${decision.automation.significant}`,
    },
  ];
  const section = (title: string, content: NoticeBlock[]) => {
    if (content.length > 0) blocks.push({ kind: "heading", level: 2, text: title }, ...content);
  };
  section(h["reasons"] as string, decision.reasons.length === 0 ? [] : [{ kind: "table", headers: ["code", "clause", "rule", "line", "coverage", "message"], rows: decision.reasons.map((reason) => [reason.code, reason.clauseId, reason.ruleId ?? "", reason.lineId ?? "", reason.coverageId ?? "", reason.message[locale]]) }]);
  section(
    h["rules"] as string,
    decision.triggeredRules.flatMap((rule): NoticeBlock[] => [
      { kind: "paragraph", text: `${rule.ruleId}${rule.lineId === undefined ? "" : ` [${rule.lineId}]`} → ${rule.eventType} ${rule.reasonCode} (${en ? "clause" : "条款"} ${rule.clauseId}, ${en ? "priority" : "优先级"} ${rule.priority})` },
      {
        kind: "table",
        headers: ["condition", "fact", "operator", "expected", "actual", "result"],
        rows: rule.evidence.map((item) => [item.path, `${item.fact}${item.factPath === undefined ? "" : item.factPath.slice(1)}`, item.operator, show(item.expected), show(item.actual), item.result === null ? (en ? "not evaluated" : "未评估") : String(item.result)]),
      },
    ]),
  );
  section(h["flags"] as string, decision.flags.length === 0 ? [] : [{ kind: "list", ordered: false, items: decision.flags.map((flag) => `[${flag.severity}] ${flag.reasonCode} (${flag.ruleId}${flag.lineId === undefined ? "" : `, ${flag.lineId}`}): ${flag.message[locale]}`) }]);
  blocks.push(...routingBlocks(decision, locale), ...samplingBlocks(decision, locale), ...riskBlocks(decision, locale));
  section(h["documents"] as string, decision.missingDocuments.length === 0 ? [] : [{ kind: "list", ordered: false, items: decision.missingDocuments.map((document) => `${document.documentType}${document.documentId === undefined ? "" : ` ${document.documentId}`} (${document.problem}, ${document.requirementId ?? document.ruleId}, ${document.clauseId})`) }]);
  section(h["lines"] as string, decision.lines.length === 0 ? [] : [
    {
      kind: "table",
      headers: ["line", "category", "coverage", "billed", "eligible", "payable", "adjustments"],
      rows: decision.lines.map((line) => [line.lineId, line.category, line.coverageId ?? "", line.billed, line.eligible, line.payable, line.adjustments.map((adjustment) => `${adjustment.kind} ${adjustment.group}-${adjustment.carc} ${adjustment.amount}`).join("; ")]),
    },
  ]);
  section(h["benefits"] as string, decision.benefits.length === 0 ? [] : [
    { kind: "table", headers: ["coverage", "benefit", "gross", "adjustments", "payable", "basis"], rows: decision.benefits.map((benefit) => [benefit.coverageId, benefit.description[locale], benefit.gross, benefit.adjustments.map((adjustment) => `${adjustment.kind} ${adjustment.amount}`).join("; "), benefit.payable, Object.entries(benefit.basis).map(([key, value]) => `${key}=${value}`).join(", ")]) },
  ]);
  section(h["coverages"] as string, decision.coverages.length === 0 ? [] : [{ kind: "table", headers: ["coverage", "kind", "status", "payable", "reasons"], rows: decision.coverages.map((coverage) => [coverage.coverageId, coverage.kind, coverage.status, coverage.payable, coverage.reasons.join(", ")]) }]);
  section(h["trace"] as string, decision.calculation.length === 0 ? [] : [
    {
      kind: "table",
      headers: ["step", "coverage", "line", "result", "clause", "inputs"],
      rows: decision.calculation.map((step) => [step.step, step.coverageId ?? "", step.lineId ?? "", step.result, step.clauseId, Object.entries(step.inputs).map(([key, value]) => `${key}=${value}`).join(", ")]),
    },
  ]);
  section(h["ledger"] as string, [
    {
      kind: "table",
      headers: ["coverage", "deductibleUsed", "paid", "daysPaid", "ended"],
      rows: Object.keys(decision.counters.after.coverages).map((id) => {
        const before = decision.counters.before.coverages[id];
        const after = decision.counters.after.coverages[id];
        const pair = (pick: (entry: NonNullable<typeof after>) => unknown) => `${show(before === undefined ? undefined : pick(before))} → ${show(after === undefined ? undefined : pick(after))}`;
        return [id, pair((entry) => entry.deductibleUsed), pair((entry) => entry.paid), pair((entry) => String(entry.daysPaid)), pair((entry) => String(entry.ended))];
      }),
    },
  ]);
  section(h["deadlines"] as string, [
    { kind: "table", headers: ["deadline", "due", "basis"], rows: Object.values(decision.deadlines.byId).map((deadline) => [deadline.id, deadline.dueOn ?? `— (${"why" in deadline ? deadline.why.code : ""})`, `${deadline.basis.law[locale]} ${deadline.basis.article}`]) },
  ]);
  section(h["provenance"] as string, [{ kind: "list", ordered: false, items: Object.entries(decision.meta).map(([key, value]) => `${key}: ${value}`) }]);
  return blocks;
}
