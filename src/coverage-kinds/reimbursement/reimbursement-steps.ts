/** The steps a reimbursement coverage writes in the trace, in the order it takes them. */
export const REIMBURSEMENT_STEPS = {
  line_eligible: { en: "Eligible amount of line {lineId}", zh: "费用明细 {lineId} 的合理可赔金额" },
  eligible_total: { en: "Total eligible amount after other insurers' payments", zh: "扣除其他保险已赔付部分后的合理可赔金额合计" },
  deductible: { en: "Annual deductible applied", zh: "扣除年度免赔额" },
  per_claim_deductible: { en: "Per-claim deductible applied", zh: "扣除每次事故免赔额" },
  per_incident_deductible: { en: "Per-incident deductible applied, once for the incident's claims", zh: "扣除每次事故免赔额（同一事故各次申请合计一次）" },
  shared_limit: { en: "Remaining limit shared with other benefits: {limit}", zh: "与其他保险责任共用限额剩余部分：{limit}" },
  ratio: { en: 'Reimbursement ratio for social insurance "{socialInsurance}"', zh: "按社保结算情况（{socialInsurance}）适用赔付比例" },
  sub_limit: { en: "Sub-limit {subLimit}: {amount} per {per} for {categories}", zh: "分项限额 {subLimit}：{categories} 每{per} {amount}" },
  per_claim_limit: { en: "Per-claim limit", zh: "单次赔偿限额" },
  annual_limit: { en: "Remaining annual limit", zh: "年度剩余赔偿限额" },
  payable: { en: "Payable by this coverage", zh: "本保障责任应赔金额" },
} as const;

/** How social insurance took part, in words, for the ratio step. */
export const SOCIAL_INSURANCE_WORDS = {
  used: { en: "used", zh: "已经社保结算" },
  not_used: { en: "not_used", zh: "未经社保结算" },
  could_not_be_used: { en: "could_not_be_used", zh: "无法经社保结算" },
} as const;
