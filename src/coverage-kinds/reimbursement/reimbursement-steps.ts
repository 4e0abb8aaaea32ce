import type { LocalizedText } from "../../values/primitives.js";

/** The steps a reimbursement coverage writes in the trace, in the order it takes them. */
export const REIMBURSEMENT_STEPS = {
  line_eligible: { en: "Eligible amount of line {lineId}", zh: "费用明细 {lineId} 的合理可赔金额" },
  eligible_total: { en: "Total eligible amount after other insurers' payments", zh: "扣除其他保险已赔付部分后的合理可赔金额合计" },
  deductible: { en: "Annual deductible applied", zh: "扣除年度免赔额" },
  per_claim_deductible: { en: "Per-claim deductible applied", zh: "扣除每次事故免赔额" },
  per_incident_deductible: { en: "Per-incident deductible applied, once for the incident's claims", zh: "扣除每次事故免赔额（同一事故各次申请合计一次）" },
  shared_limit: { en: "Remaining limit shared with other benefits: {limit}", zh: "与其他保险责任共用限额剩余部分：{limit}" },
  ratio: { en: "Reimbursement ratio for expenses {socialInsurance}", zh: "按社保结算情况（{socialInsurance}）适用赔付比例" },
  sub_limit: { en: "Sub-limit for {subLimit}: {amount:money} per {per}", zh: "{subLimit}分项限额：每{per} {amount:money}" },
  per_claim_limit: { en: "Per-claim limit", zh: "单次赔偿限额" },
  annual_limit: { en: "Remaining annual limit", zh: "年度剩余赔偿限额" },
  payable: { en: "Payable by this coverage", zh: "本保障责任应赔金额" },
  copay: { en: "Copay for {copay}: {amount:money} per {per}", zh: "{copay}定额自付：每{per} {amount:money}" },
  part_deductible: { en: "Annual deductible for the part {part}", zh: "{part}部分年度免赔额" },
  part_ratio: { en: "Ratio for the part {part}, expenses {socialInsurance}", zh: "{part}部分按社保结算情况（{socialInsurance}）适用赔付比例" },
  pre_existing_ratio: { en: "Ratio for a declared pre-existing condition, expenses {socialInsurance}", zh: "既往症适用的赔付比例（社保结算情况：{socialInsurance}）" },
  copay_paid_in_full: { en: "Paid in full after the copay for {copay}", zh: "{copay}定额自付后全额赔付" },
  out_of_pocket_maximum: { en: "Out-of-pocket maximum {amount:money}: what you would bear above it is paid in full", zh: "年度自付上限 {amount:money}：超出部分由本保障全额赔付" },
} as const;

/**
 * What a copay or a sub-limit is called in its step: its name, else its id and the expense categories it covers (the
 * policy's codes: a policy that names them reads in words).
 */
export function termName(term: { readonly id: string; readonly name?: LocalizedText | undefined; readonly categories: readonly string[] }): LocalizedText {
  return term.name ?? { en: `${term.id} (${term.categories.join(", ")})`, zh: `${term.id}（${term.categories.join("、")}）` };
}

/** The parts of a bill a coverage may pay on separate terms, in words. */
export const PART_WORDS = {
  all: { en: "whole bill", zh: "全部费用" },
  in_catalogue: { en: "inside the medical-insurance catalogue", zh: "医保目录内" },
  out_of_catalogue: { en: "outside the medical-insurance catalogue", zh: "医保目录外" },
} as const;

/** The units a copay is taken per, in words. */
export const COPAY_PER_WORDS = {
  visit: { en: "visit", zh: "次就诊" },
  service: { en: "service", zh: "项服务" },
  day: { en: "day", zh: "日" },
  prescription: { en: "prescription", zh: "张处方" },
} as const;

/** How social insurance took part, in words, for the ratio steps ("Reimbursement ratio for expenses settled through social insurance"). */
export const SOCIAL_INSURANCE_WORDS = {
  used: { en: "settled through social insurance", zh: "已经社保结算" },
  not_used: { en: "not settled through social insurance", zh: "未经社保结算" },
  could_not_be_used: { en: "that could not be settled through social insurance", zh: "无法经社保结算" },
  /** A ratio with one rate for every settlement (an international plan's 80%). */
  any: { en: "however they were settled", zh: "不论是否经社保结算" },
} as const;
