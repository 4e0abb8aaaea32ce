import { maskPersonalDataInText } from "../privacy/mask-personal-data-in-text.js";
import type { Decision } from "../decision/decision-schema.js";
import { adjusterViewBlocks } from "./render-adjuster-view.js";
import { claimantNoticeBlocks, type ClaimantDetails } from "./render-claimant-notice.js";
import { renderBlocks, type NoticeFormat } from "./notice-blocks.js";
import type { AnyCoverageKind } from "../coverage-kinds/coverage-kind-definition.js";
import { checkDecisionToRead, NoticeOptionsSchema } from "./read-decision.js";

/** Options of `renderNotice`: who it is for (claimant or adjuster), its language and format. */
export interface NoticeOptions {
  readonly locale: "zh-CN" | "en";
  /** `claimant`: the outcome in plain words, reasons with clauses quoted, the complete list of documents. `adjuster`: the full trace. */
  readonly audience: "claimant" | "adjuster";
  /** Plain text (default) or Markdown. */
  readonly format?: NoticeFormat;
  /** The claimant's name and the account paid into (shown masked), which the decision does not hold. */
  readonly claimant?: ClaimantDetails;
  /** An integrator's coverage kinds the decision may hold (as given to `createAdjudicator({ coverageKinds })`). */
  readonly coverageKinds?: readonly AnyCoverageKind[];
}

/**
 * One claimant notice per payee of the decision's death benefits (a beneficiary, or the estate), each addressed to
 * them and stating their own share; empty when no benefit lists payees.
 *
 * @example
 * renderPayeeNotices(decision, { locale: "zh-CN" }).map((entry) => entry.payee) //=> ["BEN-1", "BEN-2"]
 */
export function renderPayeeNotices(decision: Decision, options: Omit<NoticeOptions, "audience" | "claimant">): { readonly payee: string; readonly name: string; readonly notice: string }[] {
  checkDecisionToRead("notice input", decision, options?.coverageKinds, [{ schema: NoticeOptionsSchema.omit({ audience: true, claimant: true }), value: options, root: "options" }]);
  const payees = new Map<string, string>();
  for (const entry of decision.benefits.flatMap((benefit) => benefit.payees ?? [])) payees.set(entry.beneficiaryId ?? entry.kind, entry.name);
  return [...payees].map(([payee, name]) => ({ payee, name, notice: noticeOf(decision, { ...options, audience: "claimant", claimant: { payee } }) }));
}

/**
 * A notice of the decision for the claimant or the adjuster, in Chinese or English, as text or Markdown. Built only
 * from the decision (and the claimant's name); identity and account numbers never appear in full. Throws a
 * `ValidationError` listing every problem when the decision (read back from a store or a file) or the options are
 * not of their shape; pass `coverageKinds` for a decision of an integrator's kinds.
 *
 * @example
 * renderNotice(decision, { locale: "zh-CN", audience: "claimant" }).split("\n")[0] //=> "理赔决定通知书"
 */
export function renderNotice(decision: Decision, options: NoticeOptions): string {
  checkDecisionToRead("notice input", decision, options?.coverageKinds, [{ schema: NoticeOptionsSchema, value: options, root: "options" }]);
  return noticeOf(decision, options);
}

function noticeOf(decision: Decision, options: NoticeOptions): string {
  const locale = options.locale === "zh-CN" ? "zh" : "en";
  const blocks = options.audience === "claimant" ? claimantNoticeBlocks(decision, locale, options.claimant) : adjusterViewBlocks(decision, locale);
  return maskPersonalDataInText(renderBlocks(blocks, options.format ?? "text"));
}
