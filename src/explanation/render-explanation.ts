import type { CompiledPolicy } from "../policy/compile-policy.js";
import { coverageTermText } from "../codes/coverage-terms.js";
import type { UnexplainedDecision } from "../decision/decide-claim.js";
import type { Decision } from "../decision/decision-schema.js";
import type { Reason } from "../trace/reason-schema.js";
import { renderTemplate } from "../text/render-template.js";
import type { LocalizedText } from "../values/primitives.js";
import { formatAmount, formatDate } from "../text/format-amount.js";
import { revisionSentence } from "./revision-sentence.js";
import { payeeLines } from "./payee-lines.js";

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

/** One line per coverage that concerned the claim: what it pays, and the terms that shaped the amount. */
function coverageLines(decision: UnexplainedDecision, locale: Locale): string[] {
  const en = locale === "en";
  const amount = (value: string) => formatAmount(value, decision.currency, locale);
  return decision.coverages
    .filter((coverage) => coverage.status !== "not_applicable")
    .map((coverage) => {
      const name = coverage.name[locale];
      if (coverage.status === "refused") {
        const why = decision.reasons.filter((reason) => reason.coverageId === coverage.coverageId).map((reason) => reason.message[locale]);
        return en ? `- ${name}: nothing payable. ${why.join(" ")}` : `- ${name}：不予给付。${why.join("")}`;
      }
      const details = (coverage.terms ?? []).map((term) => {
        const { template, params } = coverageTermText(term);
        return renderTemplate(template, params, decision.currency)[locale];
      });
      const benefit = decision.benefits.find((entry) => entry.coverageId === coverage.coverageId);
      if (benefit !== undefined) {
        if (benefit.description[locale] !== name) details.push(benefit.description[locale]);
        if (benefit.adjustments.length > 0) {
          // "less CNY 300.00 deductible days": the adjustment's sentence, lower-cased to sit inside one.
          const words = (text: string) => (en && /^[A-Z][a-z]/.test(text) ? `${text[0]?.toLowerCase()}${text.slice(1)}` : text).replace(/[.。]$/, "");
          const less = benefit.adjustments.map((adjustment) => `${amount(adjustment.amount)} ${words(adjustment.message[locale])}`);
          details.push(en ? `${amount(benefit.gross)} less ${less.join(", less ")}` : `${amount(benefit.gross)} 扣除 ${less.join("，扣除 ")}`);
        }
      }
      const detail = details.length === 0 ? "" : en ? ` (${details.join("; ")})` : `（${details.join("；")}）`;
      return en ? `- ${name}: ${amount(coverage.payable)}${detail}` : `- ${name}：${amount(coverage.payable)}${detail}`;
    });
}

/** A short explanation of the decision in Chinese and English, built only from what the decision records. */
export function renderExplanation(decision: UnexplainedDecision, policy: CompiledPolicy): LocalizedText {
  const render = (locale: Locale): string => {
    const en = locale === "en";
    const amount = (value: string) => formatAmount(value, decision.currency, locale);
    const head = en
      ? `Claim ${decision.claimId} is ${OUTCOME_WORDS[decision.outcome].en}.`
      : `理赔申请 ${decision.claimId}：${OUTCOME_WORDS[decision.outcome].zh}。`;
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
          ...decision.missingDocuments.map((document) => {
            // The document in the reader's words (its description), never its type code ("invoice") inside Chinese.
            const notes = [
              ...(document.documentId === undefined ? [] : [en ? `no. ${document.documentId}` : `编号 ${document.documentId}`]),
              ...(document.problem === "copy_only" ? [en ? "original required, copy received" : "需原件，仅收到复印件"] : []),
              ...(document.problem !== "copy_only" && document.issuedOnOrAfter !== undefined
                ? [en ? `issued on or after ${formatDate(document.issuedOnOrAfter, "en")}` : `须于 ${formatDate(document.issuedOnOrAfter, "zh")} 或之后出具`]
                : []),
            ];
            const note = notes.length === 0 ? "" : en ? ` (${notes.join("; ")})` : `（${notes.join("；")}）`;
            return `- ${document.description[locale]}${note}`;
          }),
        );
        break;
      case "referred":
      case "approved":
      case "partially_approved": {
        const confirm = decision.outcome === "referred";
        const billed = decision.lines.length === 0 ? "" : en ? ` of ${amount(decision.billed)} billed` : `（申请金额 ${amount(decision.billed)}）`;
        out.push(en ? `Payable ${amount(decision.payable)}${billed}${confirm ? ", once a reviewer confirms" : ""}.` : `应赔金额 ${amount(decision.payable)}${billed}${confirm ? "，待人工审核确认" : ""}。`);
        out.push(...coverageLines(decision, locale));
        for (const benefit of decision.benefits) {
          const payees = payeeLines(benefit, decision.currency, locale);
          if (payees.length > 0) out.push(en ? "Paid to:" : "领取人：", ...payees.map((line) => `- ${line}`));
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
  };
  return { en: render("en"), zh: render("zh") };
}
