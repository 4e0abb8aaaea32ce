import type { LocalizedText } from "../values/primitives.js";
import type { DeadlineWhyCode } from "./claim-deadlines-schema.js";

/** The zh/en sentence for each reason a deadline has no due date or does not apply. */
export const DEADLINE_WHY_MESSAGES: Readonly<Record<DeadlineWhyCode, LocalizedText>> = {
  no_fixed_period: {
    zh: "法律仅要求及时履行，未规定具体天数，产品条款亦未约定。",
    en: "The law requires this promptly without a number of days, and the product sets none.",
  },
  waiting_for_documents: {
    zh: "理赔资料尚未齐全，期限自收到完整资料之日起算。",
    en: "The documents are not complete yet; the period counts from the day complete documents arrive.",
  },
  waiting_for_determination: {
    zh: "尚未作出核定，期限自核定之日起算。",
    en: "The claim has not been determined yet; the period counts from the determination.",
  },
  waiting_for_agreement: {
    zh: "尚未与被保险人或受益人达成赔付金额协议，期限自达成协议之日起算。",
    en: "The amount has not been agreed with the insured or beneficiary yet; the period counts from the agreement.",
  },
  suspended_for_documents: {
    zh: "理赔资料尚不完整：自补充资料通知送达申请人之日起至所需资料送达保险人之日止，核定期限中止计算，资料送达后继续计算。",
    en: "Documents are missing: the determination period stops from the day the request for them reaches the claimant and runs on once they reach the insurer.",
  },
  documents_complete_at_submission: {
    zh: "提交理赔申请时资料已齐全，无需通知补充资料。",
    en: "The documents were complete when the claim was submitted; no request for more is needed.",
  },
  claim_denied: {
    zh: "已拒赔，本期限不适用。",
    en: "The claim was denied, so this deadline does not apply.",
  },
  not_a_denial: {
    zh: "核定结果属于保险责任，无需发出拒赔通知。",
    en: "The claim was found covered, so no notice of denial is due.",
  },
  amount_determined_in_time: {
    zh: "赔付金额已在期限内确定，无需先予支付。",
    en: "The amount was determined within the period, so no advance payment is due.",
  },
};
