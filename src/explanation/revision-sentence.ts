import type { Decision } from "../decision/decision-schema.js";
import { formatAmount, type Locale } from "../text/format-amount.js";
import type { LocalizedText } from "../values/primitives.js";

const WHY: Readonly<Record<Exclude<Decision["revision"]["reason"], "first">, LocalizedText>> = {
  supplementary_documents: { en: "the documents that were missing arrived", zh: "所缺资料已补齐" },
  correction: { en: "the claim was corrected", zh: "申请信息已更正" },
  appeal: { en: "you asked us to review it", zh: "您申请了复核" },
  re_adjudication: { en: "it was assessed again", zh: "本申请经重新审核" },
  reversal: { en: "the decision was withdrawn", zh: "原决定已撤销" },
};

/**
 * What a decision that replaces an earlier one on the claim says of it, in the reader's language: why it was decided
 * again, and what that changes in money. Nothing for a first decision, or one that changed nothing.
 *
 * @example
 * revisionSentence(decisionOnAppeal, "en")
 * //=> "This decision replaces decision dec-… because you asked us to review it: a further CNY 1,200.00 is payable."
 */
export function revisionSentence(decision: Pick<Decision, "revision" | "currency">, locale: Locale): string | undefined {
  const { revision } = decision;
  if (revision.reason === "first" || revision.unchanged || revision.supersedes === undefined || revision.delta === undefined) return undefined;
  const en = locale === "en";
  const amount = formatAmount(revision.delta.amount, decision.currency, locale);
  const why = WHY[revision.reason][locale];
  const change =
    revision.delta.settlement === "additional_payment"
      ? en ? `a further ${amount} is payable` : `应补付 ${amount}`
      : revision.delta.settlement === "recovery"
        ? en ? `${amount} less is payable, and what was paid above it is to be returned` : `应付金额减少 ${amount}，已多付部分应予退回`
        : en ? "the amount payable does not change" : "应付金额不变";
  return en
    ? `This decision replaces decision ${revision.supersedes.decisionId} because ${why}: ${change}.`
    : `因${why}，本决定取代原决定 ${revision.supersedes.decisionId}：${change}。`;
}
