/**
 * Reason codes the library gives for the claim as a whole and for a coverage that does not answer for it, in zh and
 * en. Coverage kinds bring their own reason codes (in their folders), and each adjustment kind its default one
 * (`adjustment-kinds.ts`); together they are the library's reason codes. Placeholders are filled from the reason's
 * figures: `{name}`, or `{name:money}` / `{name:date}` / `{name:percent}`. A rule set may not reuse these codes
 * unless the rule says so (`reusesLibraryCode`): reports must tell a rule's reason from the library's.
 */
export const GENERAL_REASONS = {
  // A coverage that concerns the claim but does not answer for it
  POLICY_NOT_IN_FORCE: { en: "The incident on {incidentDate:date} is outside the period of insurance.", zh: "出险日期 {incidentDate:date} 不在保险期间内。" },
  WAITING_PERIOD: { en: "The incident happened on day {day} of cover, within the {waitingDays}-day waiting period.", zh: "出险发生在保险合同生效后第 {day} 日，处于 {waitingDays} 日等待期内。" },
  COVERAGE_ENDED: { en: "This benefit ended with an earlier payout.", zh: "该项保险责任已因此前的给付而终止。" },
  ADMISSION_OUTSIDE_PERIOD: {
    en: "The admission to hospital on {admission:date} is outside the period of insurance ({effective:date} to {expiry:date}).",
    zh: "入院日期 {admission:date} 不在保险期间（{effective:date} 至 {expiry:date}）内。",
  },
  // The policy's history
  DUPLICATE_INVOICE: { en: "Invoice {invoice} was already claimed on claim {claimId}.", zh: "发票 {invoice} 已在理赔申请 {claimId} 中申请理赔。" },
  // The claim as a whole
  DOCUMENT_MISSING: { en: "A required document has not been received: {document}.", zh: "尚未收到所需的理赔资料：{document}。" },
  DOCUMENT_ORIGINAL_REQUIRED: { en: "The original is required, a copy was received: {document}.", zh: "需提供原件，目前仅收到复印件：{document}。" },
  NO_COVERED_BENEFIT: { en: "No benefit of the policy covers this claim.", zh: "本次申请不属于本保险合同任何一项保险责任。" },
  HUMAN_CONFIRMATION_REQUIRED: { en: "A person will review this decision before it is final.", zh: "本决定将由理赔人员复核确认后生效。" },
} as const;

export type GeneralReasonCode = keyof typeof GENERAL_REASONS;
