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
  WAITING_PERIOD: { en: "{event} on day {day} of cover, within the {waitingDays}-day waiting period.", zh: "{event}在保险合同生效后第 {day} 日，处于 {waitingDays} 日等待期内。" },
  COVERAGE_ENDED: { en: "This benefit ended with an earlier payout.", zh: "该项保险责任已因此前的给付而终止。" },
  POLICY_SUSPENDED: {
    en: "The policy has been suspended since {since:date}: the premium due on {dueOn:date} was not paid within the grace period, so the incident on {incidentDate:date} is not covered (PRC Insurance Law art. 36).",
    zh: "本合同自 {since:date} 起效力中止：{dueOn:date} 应交的保险费在宽限期内未交付，{incidentDate:date} 发生的保险事故不承担保险责任（《保险法》第三十六条）。",
  },
  INCIDENT_WHILE_SUSPENDED: {
    en: "The incident on {incidentDate:date} fell while the policy was suspended, from {since:date} until its reinstatement on {reinstatedOn:date}; it is not covered.",
    zh: "{incidentDate:date} 发生的保险事故处于本合同效力中止期间（{since:date} 至 {reinstatedOn:date} 复效），不承担保险责任。",
  },
  WAITING_PERIOD_AFTER_REINSTATEMENT: {
    en: "The incident happened on day {day} after the reinstatement on {reinstatedOn:date}, within the {waitingDays}-day waiting period, which starts again on reinstatement.",
    zh: "出险发生在本合同 {reinstatedOn:date} 复效后第 {day} 日，处于自复效日起重新计算的 {waitingDays} 日等待期内。",
  },
  BENEFICIARY_FORFEITED: {
    en: "{name} intentionally caused the insured's death and has lost the right to the benefit (PRC Insurance Law art. 43).",
    zh: "{name}故意造成被保险人死亡，丧失受益权（《保险法》第四十三条）。",
  },
  PAID_TO_ESTATE: {
    en: "No beneficiary is left to receive the death benefit: it is paid as the estate of {insured}, to the heirs (PRC Insurance Law art. 42).",
    zh: "身故保险金无可领取的受益人，作为被保险人{insured}的遗产，由其继承人领取（《保险法》第四十二条）。",
  },
  BENEFICIARY_PREDECEASED: {
    en: "{name} died on {diedOn:date}, before the insured (on {insuredDiedOn:date}), and has no right to the benefit (PRC Insurance Law art. 42).",
    zh: "{name}于 {diedOn:date} 身故，先于被保险人（{insuredDiedOn:date} 身故），不享有受益权（《保险法》第四十二条）。",
  },
  BENEFICIARY_DEEMED_PREDECEASED: {
    en: "{name} and the insured died on {diedOn:date} in the same event and which of them died first cannot be determined: {name} is deemed to have died first and has no right to the benefit (PRC Insurance Law art. 42).",
    zh: "{name}与被保险人于 {diedOn:date} 在同一事件中死亡，且不能确定死亡先后顺序，推定{name}死亡在先，不享有受益权（《保险法》第四十二条）。",
  },
  PREDECEASED_SHARE_TO_OTHERS: {
    en: "The share of {name} goes to the other beneficiaries of the same order, by their shares (or equally when none are stated).",
    zh: "{name}的受益份额由同一顺位的其他受益人按其受益份额享有（未约定份额的平均享有）。",
  },
  PREDECEASED_SHARE_TO_ESTATE: {
    en: "As the policy provides, the share of {name} is paid as the estate of the insured {insured}, to the heirs.",
    zh: "按合同约定，{name}的受益份额作为被保险人{insured}的遗产，由其继承人领取。",
  },
  BENEFICIARY_DIED_AFTER_INSURED: {
    en: "{name} died on {diedOn:date}, after the insured (on {insuredDiedOn:date}): the right to the share had vested, and it is paid to the heirs of {name}.",
    zh: "{name}于 {diedOn:date} 身故，后于被保险人（{insuredDiedOn:date} 身故），已取得的受益份额由{name}的继承人领取。",
  },
  PREMIUMS_WAIVED: {
    en: "The premiums falling due from {from:date} to {lastDueOn:date} are waived: {instalments} × {instalment:money}, {total:money} in all; they count as paid.",
    zh: "自 {from:date} 至 {lastDueOn:date} 应交的各期保险费予以豁免：共 {instalments} 期，每期 {instalment:money}，合计 {total:money}，视为已交。",
  },
  PREMIUM_DUE_DEDUCTED: {
    en: "The premium of {amount:money} due on {dueOn:date}, unpaid in the grace period, is deducted (PRC Insurance Law art. 36).",
    zh: "宽限期内发生保险事故，扣减 {dueOn:date} 应交未交的保险费 {amount:money}（《保险法》第三十六条）。",
  },
  PREMIUMS_DUE_DEDUCTED: {
    en: "The premiums of {amount:money}, {instalments} instalments due from {dueOn:date} on, unpaid in the grace period, are deducted (PRC Insurance Law art. 36).",
    zh: "宽限期内发生保险事故，扣减自 {dueOn:date} 起应交未交的 {instalments} 期保险费共 {amount:money}（《保险法》第三十六条）。",
  },
  ADMISSION_OUTSIDE_PERIOD: {
    en: "The admission to hospital on {admission:date} is outside the period of insurance ({effective:date} to {expiry:date}).",
    zh: "入院日期 {admission:date} 不在保险期间（{effective:date} 至 {expiry:date}）内。",
  },
  // The policy's history
  DUPLICATE_INVOICE: { en: "Invoice {invoice} was already claimed on claim {claimId}.", zh: "发票 {invoice} 已在理赔申请 {claimId} 中申请理赔。" },
  // The claim as a whole
  DOCUMENT_MISSING: { en: "A required document has not been received: {document}.", zh: "尚未收到所需的理赔资料：{document}。" },
  DOCUMENT_ORIGINAL_REQUIRED: { en: "The original is required, a copy was received: {document}.", zh: "需提供原件，目前仅收到复印件：{document}。" },
  DOCUMENT_TOO_EARLY: {
    en: "The document must be issued on or after {issuedOnOrAfter:date}; the one received is dated {receivedIssuedOn:date}: {document}.",
    zh: "该资料须于 {issuedOnOrAfter:date} 或之后出具，目前收到的出具日期为 {receivedIssuedOn:date}：{document}。",
  },
  NO_COVERED_BENEFIT: { en: "No benefit of the policy covers this claim.", zh: "本次申请不属于本保险合同任何一项保险责任。" },
  HUMAN_CONFIRMATION_REQUIRED: { en: "A person will review this decision before it is final.", zh: "本决定将由理赔人员复核确认后生效。" },
} as const;

/** A reason code about the claim as a whole (outside the period, waiting period, documents missing, …): a key of `GENERAL_REASONS`. */
export type GeneralReasonCode = keyof typeof GENERAL_REASONS;
