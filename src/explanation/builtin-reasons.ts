import type { LocalizedText } from "../schemas/primitives.js";

/** Messages for the reasons the calculation itself gives (rules bring their own messages). */
export const BUILTIN_REASON_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  CATEGORY_NOT_COVERED: { en: "This expense category is not covered by the policy.", zh: "该费用类别不在保险责任范围内。" },
  SUB_LIMIT: { en: "The sub-limit for this kind of expense was reached.", zh: "已达该类费用的分项限额。" },
  FEE_CAP: { en: "The fee is above the reasonable and customary amount.", zh: "费用超过合理费用标准。" },
  PER_CLAIM_LIMIT: { en: "The per-claim limit was reached.", zh: "已达单次赔偿限额。" },
  ANNUAL_LIMIT: { en: "The annual limit was reached.", zh: "已达年度赔偿限额。" },
  BENEFIT_MAXIMUM: { en: "The benefit's maximum was reached.", zh: "已达该项保险金给付上限。" },
  DOCUMENT_MISSING: { en: "A required document has not been received.", zh: "尚未收到所需的理赔资料。" },
  DOCUMENT_ORIGINAL_REQUIRED: { en: "The original is required; a copy was received.", zh: "需提供原件，目前仅收到复印件。" },
  HUMAN_CONFIRMATION_REQUIRED: { en: "A person will review this decision before it is final.", zh: "本决定将由理赔人员复核确认后生效。" },
  NO_COVERED_BENEFIT: { en: "No benefit of the policy covers this claim.", zh: "本次申请不属于本保险合同任何一项保险责任。" },
};
