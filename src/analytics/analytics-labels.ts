import type { Outcome } from "../decision/decision-schema.js";
import type { LocalizedText } from "../values/primitives.js";

/** What each outcome is called in a report. */
export const OUTCOME_LABELS: Readonly<Record<Outcome, LocalizedText>> = {
  approved: { zh: "同意赔付", en: "Approved" },
  partially_approved: { zh: "部分赔付", en: "Partially approved" },
  denied: { zh: "拒赔", en: "Denied" },
  pending_documents: { zh: "待补充资料", en: "Pending documents" },
  referred: { zh: "转人工审核", en: "Referred for review" },
};

/** The library's product codes (`PRODUCTS`), named for a reader. */
export const PRODUCT_LABELS: Readonly<Record<string, LocalizedText>> = {
  medical_reimbursement: { zh: "医疗费用报销", en: "Medical reimbursement" },
  accident: { zh: "意外伤害保险", en: "Personal accident" },
  critical_illness: { zh: "重大疾病保险", en: "Critical illness" },
  term_life: { zh: "定期寿险", en: "Term life" },
  hospital_cash: { zh: "住院津贴保险", en: "Hospital cash" },
  flight_delay: { zh: "航班延误保险", en: "Flight delay" },
  travel: { zh: "旅行保险", en: "Travel" },
};

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A month `YYYY-MM` as a reader writes it.
 * @example
 * monthLabel("2026-05") //=> { zh: "2026年5月", en: "May 2026" }
 */
export function monthLabel(month: string): LocalizedText {
  const year = month.slice(0, 4);
  const index = Number(month.slice(5, 7));
  return { zh: `${year}年${index}月`, en: `${MONTHS_EN[index - 1] ?? month} ${year}` };
}

/** A label that is an id in both languages (ids and codes are shown as they are). */
export function idLabel(id: string): LocalizedText {
  return { zh: id, en: id };
}

/** `5.4 理赔审核与调查` / `5.4 Claims review and investigation`: a clause by number and title. */
export function clauseLabel(clauseId: string, title: LocalizedText | undefined): LocalizedText {
  return title === undefined ? { zh: `条款 ${clauseId}`, en: `Clause ${clauseId}` } : { zh: `${clauseId} ${title.zh}`, en: `${clauseId} ${title.en}` };
}

/** The fallback group when a decision names no product: its rule set. */
export function ruleSetLabel(ruleSetId: string): LocalizedText {
  return { zh: `规则集 ${ruleSetId}`, en: `Rule set ${ruleSetId}` };
}

/** The work queue of a referral when decisions carry no routing yet: referred for review, by the clause and code behind it. */
export function referralQueueLabel(clause: LocalizedText, code: string): LocalizedText {
  return { zh: `转人工审核：${clause.zh}（${code}）`, en: `Referred for review: ${clause.en} (${code})` };
}

/** A provider the records do not name. */
export const UNNAMED_PROVIDER: LocalizedText = { zh: "未注明名称", en: "Name not given" };
