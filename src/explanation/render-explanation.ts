import type { CompiledPolicy } from "../policy/compile-policy.js";
import { ADJUSTMENT_KINDS } from "../codes/adjustment-kinds.js";
import { coverageTermText } from "../codes/coverage-terms.js";
import type { UnexplainedDecision } from "../decision/decide-claim.js";
import type { Decision } from "../decision/decision-schema.js";
import type { Reason } from "../trace/reason-schema.js";
import { renderTemplate } from "../text/render-template.js";
import type { LocalizedText } from "../values/primitives.js";
import { formatAmount, formatDate } from "../text/format-amount.js";
import { revisionSentence } from "./revision-sentence.js";
import { payeeLines, payeesBenefitName } from "./payee-lines.js";
import { adjustmentsToSay } from "./adjustments-to-say.js";

type Locale = keyof LocalizedText;

const OUTCOME_WORDS: Record<Decision["outcome"], LocalizedText> = {
  approved: { en: "approved", zh: "同意赔付" },
  partially_approved: { en: "partially approved", zh: "部分赔付" },
  denied: { en: "denied", zh: "拒赔" },
  pending_documents: { en: "pending: documents are missing", zh: "待补充资料" },
  referred: { en: "referred for manual review", zh: "转人工审核" },
};

function reasonLine(reason: Reason, policy: CompiledPolicy, locale: Locale): string {
  const clause = policy.clauses.get(reason.clauseId);
  const where = clause === undefined ? reason.clauseId : `${reason.clauseId} ${clause.title[locale]}`;
  const line = reason.lineId === undefined ? "" : locale === "en" ? ` (line ${reason.lineId})` : `（费用明细 ${reason.lineId}）`;
  return locale === "en" ? `${reason.message.en}${line} [${where}]` : `${reason.message.zh}${line}【${where}】`;
}

type Adjustment = UnexplainedDecision["benefits"][number]["adjustments"][number];

/**
 * What a benefit's adjustment is called inside the sentence of its amount ("CNY 50,000.00 less CNY 58.00 premium due
 * and unpaid"): its kind's short name. The adjustment's own message, a whole sentence, follows the coverage's line.
 */
function adjustmentName(adjustment: Adjustment, locale: Locale): string {
  return ADJUSTMENT_KINDS[adjustment.kind].label[locale];
}

type Coverage = UnexplainedDecision["coverages"][number];

/**
 * The terms that shaped each coverage's amount, in both languages: each template filled once for the two
 * explanations (by coverage, in the coverages' order).
 */
function coverageTermTexts(decision: UnexplainedDecision): Map<Coverage, LocalizedText[]> {
  const texts = new Map<Coverage, LocalizedText[]>();
  for (const coverage of decision.coverages) {
    if (coverage.status === "not_applicable" || coverage.status === "refused") continue;
    texts.set(
      coverage,
      (coverage.terms ?? []).map((term) => {
        const { template, params } = coverageTermText(term);
        return renderTemplate(template, params, decision.currency);
      }),
    );
  }
  return texts;
}

/**
 * One line per coverage that concerned the claim: what it pays, and the terms that shaped the amount; under it, what a
 * benefit's adjustments say that nothing else in the explanation does.
 */
function coverageLines(decision: UnexplainedDecision, locale: Locale, termTexts: ReadonlyMap<Coverage, readonly LocalizedText[]>): string[] {
  const en = locale === "en";
  const lines: string[] = [];
  const told = new Set(decision.reasons.map((reason) => reason.message[locale]));
  for (const coverage of decision.coverages) {
    if (coverage.status === "not_applicable") continue;
    const name = coverage.name[locale];
    if (coverage.status === "refused") {
      const why: string[] = [];
      for (const reason of decision.reasons) if (reason.coverageId === coverage.coverageId) why.push(reason.message[locale]);
      lines.push(en ? `- ${name}: nothing payable. ${why.join(" ")}` : `- ${name}：不予给付。${why.join("")}`);
      continue;
    }
    const details = (termTexts.get(coverage) ?? []).map((text) => text[locale]);
    const benefit = decision.benefits.find((entry) => entry.coverageId === coverage.coverageId);
    if (benefit !== undefined) {
      if (benefit.description[locale] !== name) details.push(benefit.description[locale]);
      if (benefit.adjustments.length > 0) {
        const less = benefit.adjustments.map((adjustment) => `${formatAmount(adjustment.amount, decision.currency, locale)} ${adjustmentName(adjustment, locale)}`);
        const gross = formatAmount(benefit.gross, decision.currency, locale);
        details.push(en ? `${gross} less ${less.join(", less ")}` : `${gross} 扣除 ${less.join("，扣除 ")}`);
      }
    }
    const detail = details.length === 0 ? "" : en ? ` (${details.join("; ")})` : `（${details.join("；")}）`;
    const payable = formatAmount(coverage.payable, decision.currency, locale);
    lines.push(en ? `- ${name}: ${payable}${detail}` : `- ${name}：${payable}${detail}`);
    if (benefit !== undefined) for (const adjustment of adjustmentsToSay(benefit.adjustments, locale, told)) lines.push(`  - ${adjustment.message[locale]}`);
  }
  return lines;
}

/** A missing document in the reader's words (its description), never its type code ("invoice") inside Chinese. */
function missingDocumentLine(document: UnexplainedDecision["missingDocuments"][number], locale: Locale): string {
  const en = locale === "en";
  const notes = [
    ...(document.documentId === undefined ? [] : [en ? `no. ${document.documentId}` : `编号 ${document.documentId}`]),
    ...(document.problem === "copy_only" ? [en ? "original required, copy received" : "需原件，仅收到复印件"] : []),
    ...(document.problem !== "copy_only" && document.issuedOnOrAfter !== undefined
      ? [en ? `issued on or after ${formatDate(document.issuedOnOrAfter, "en")}` : `须于 ${formatDate(document.issuedOnOrAfter, "zh")} 或之后出具`]
      : []),
  ];
  const note = notes.length === 0 ? "" : en ? ` (${notes.join("; ")})` : `（${notes.join("；")}）`;
  return `- ${document.description[locale]}${note}`;
}

/** The explanation in one language. */
function renderIn(decision: UnexplainedDecision, policy: CompiledPolicy, locale: Locale, termTexts: ReadonlyMap<Coverage, readonly LocalizedText[]>): string {
  const en = locale === "en";
  const head = en ? `Claim ${decision.claimId} is ${OUTCOME_WORDS[decision.outcome].en}.` : `理赔申请 ${decision.claimId}：${OUTCOME_WORDS[decision.outcome].zh}。`;
  const out: string[] = [head];
  const revised = revisionSentence(decision, locale);
  if (revised !== undefined) out.push(revised);
  const reasons = decision.reasons.map((reason) => `- ${reasonLine(reason, policy, locale)}`);

  switch (decision.outcome) {
    case "denied":
      out.push(en ? "Reasons:" : "拒赔理由：", ...reasons);
      break;
    case "pending_documents":
      out.push(
        en ? "Please send all of the following; we will assess the claim once they arrive:" : "请一次性补充以下全部资料，资料齐全后我们将进行审核：",
        ...decision.missingDocuments.map((document) => missingDocumentLine(document, locale)),
      );
      break;
    case "referred":
    case "approved":
    case "partially_approved": {
      const confirm = decision.outcome === "referred";
      const amount = (value: string) => formatAmount(value, decision.currency, locale);
      const billed = decision.lines.length === 0 ? "" : en ? ` of ${amount(decision.billed)} billed` : `（申请金额 ${amount(decision.billed)}）`;
      out.push(en ? `Payable ${amount(decision.payable)}${billed}${confirm ? ", once a reviewer confirms" : ""}.` : `应赔金额 ${amount(decision.payable)}${billed}${confirm ? "，待人工审核确认" : ""}。`);
      out.push(...coverageLines(decision, locale, termTexts));
      for (const benefit of decision.benefits) {
        const payees = payeeLines(benefit, decision.currency, locale);
        if (payees.length === 0) continue;
        const name = payeesBenefitName(decision.coverages, benefit, locale);
        const heading = name === undefined ? (en ? "Paid to:" : "领取人：") : en ? `${name} paid to:` : `${name}领取人：`;
        out.push(heading, ...payees.map((line) => `- ${line}`));
      }
      if (decision.premiumWaiver !== undefined) out.push(`- ${reasonLine(decision.premiumWaiver.reason, policy, locale)}`);
      if (reasons.length > 0) out.push(en ? (decision.outcome === "referred" ? "Why:" : "Reductions:") : decision.outcome === "referred" ? "原因：" : "扣减说明：", ...reasons);
      break;
    }
    default: {
      const unreachable: never = decision;
      throw new TypeError(`unknown outcome ${String((unreachable as { readonly outcome?: unknown }).outcome)}`);
    }
  }
  return out.join("\n");
}

/** A short explanation of the decision in Chinese and English, built only from what the decision records. */
export function renderExplanation(decision: UnexplainedDecision, policy: CompiledPolicy): LocalizedText {
  // The coverage terms' templates are filled in both languages at once, for the two texts.
  const approvedLike = decision.outcome === "approved" || decision.outcome === "partially_approved" || decision.outcome === "referred";
  const termTexts = approvedLike ? coverageTermTexts(decision) : new Map<Coverage, LocalizedText[]>();
  return { en: renderIn(decision, policy, "en", termTexts), zh: renderIn(decision, policy, "zh", termTexts) };
}
