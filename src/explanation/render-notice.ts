import { maskPersonalDataInText } from "../privacy/mask-personal-data-in-text.js";
import type { Decision } from "../decision/decision-schema.js";
import { adjusterViewBlocks } from "./render-adjuster-view.js";
import { claimantNoticeBlocks, type ClaimantDetails } from "./render-claimant-notice.js";
import { renderBlocks, type NoticeFormat } from "./notice-blocks.js";

export interface NoticeOptions {
  readonly locale: "zh-CN" | "en";
  /** `claimant`: the outcome in plain words, reasons with clauses quoted, the complete list of documents. `adjuster`: the full trace. */
  readonly audience: "claimant" | "adjuster";
  /** Plain text (default) or Markdown. */
  readonly format?: NoticeFormat;
  /** The claimant's name and the account paid into (shown masked), which the decision does not hold. */
  readonly claimant?: ClaimantDetails;
}

/**
 * A notice of the decision for the claimant or the adjuster, in Chinese or English, as text or Markdown. Built only
 * from the decision (and the claimant's name); identity and account numbers never appear in full.
 *
 * @example
 * renderNotice(decision, { locale: "zh-CN", audience: "claimant" }).split("\n")[0] //=> "理赔决定通知书"
 */
export function renderNotice(decision: Decision, options: NoticeOptions): string {
  const locale = options.locale === "zh-CN" ? "zh" : "en";
  const blocks = options.audience === "claimant" ? claimantNoticeBlocks(decision, locale, options.claimant) : adjusterViewBlocks(decision, locale);
  return maskPersonalDataInText(renderBlocks(blocks, options.format ?? "text"));
}
