import type { LocalizedText } from "../schemas/primitives.js";

/** Messages for the reasons the calculation itself gives (rules bring their own messages). */
export const BUILTIN_REASON_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  CATEGORY_NOT_COVERED: { en: "This expense category is not covered by the policy.", zh: "该费用类别不在保险责任范围内。" },
  PER_CLAIM_LIMIT: { en: "The per-claim limit was reached.", zh: "已达单次赔偿限额。" },
  ANNUAL_LIMIT: { en: "The annual limit was reached.", zh: "已达年度赔偿限额。" },
  DOCUMENT_MISSING: { en: "A required document has not been received.", zh: "尚未收到所需的理赔资料。" },
  DOCUMENT_ORIGINAL_REQUIRED: { en: "The original is required; a copy was received.", zh: "需提供原件，目前仅收到复印件。" },
  ALL_ITEMS_EXCLUDED: { en: "No item of the claim is covered.", zh: "本次申请的费用均不在保险责任范围内。" },
};
