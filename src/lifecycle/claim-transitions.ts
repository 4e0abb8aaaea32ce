import type { LocalizedText } from "../values/primitives.js";
import type { ClaimEventType } from "./claim-event-schema.js";
import type { ClaimState } from "./claim-states.js";

/** One kind of event: the states it may happen in, the state it leads to, and what it is in zh and en. */
export interface ClaimTransition {
  readonly from: readonly ClaimState[];
  readonly to: ClaimState;
  readonly label: LocalizedText;
}

/**
 * The claim's life as data: for each event, the states it is allowed in and the state it leads to. Anything not
 * listed is refused (`applyClaimEvent` throws, naming the state and the event). Some events have further conditions
 * on the history, checked by `applyClaimEvent`: one request for documents per round (PRC Insurance Law art. 22), a
 * payment only on a decision that pays and never beyond it, closing only once nothing is left to pay.
 */
export const CLAIM_TRANSITIONS: Readonly<Record<ClaimEventType, ClaimTransition>> = {
  report: { from: ["not_reported"], to: "reported", label: { zh: "报案", en: "Report of the event" } },
  submit: { from: ["not_reported", "reported"], to: "under_assessment", label: { zh: "提交理赔申请", en: "Claim submitted" } },
  request_documents: { from: ["under_assessment", "reopened", "appealed"], to: "documents_requested", label: { zh: "一次性通知补充资料", en: "Documents requested" } },
  receive_documents: { from: ["documents_requested"], to: "under_assessment", label: { zh: "收到补充资料", en: "Documents received" } },
  decide: { from: ["under_assessment", "documents_requested", "reopened", "appealed"], to: "decided", label: { zh: "作出核定", en: "Claim decided" } },
  pay: { from: ["decided", "paid"], to: "paid", label: { zh: "支付保险金", en: "Payment made" } },
  close: { from: ["decided", "paid", "appealed"], to: "closed", label: { zh: "结案", en: "Claim closed" } },
  reopen: { from: ["closed"], to: "reopened", label: { zh: "重开理赔", en: "Claim reopened" } },
  appeal: { from: ["decided", "paid", "closed"], to: "appealed", label: { zh: "申请复核", en: "Decision appealed" } },
  withdraw: { from: ["reported", "under_assessment", "documents_requested", "reopened"], to: "withdrawn", label: { zh: "撤回理赔申请", en: "Claim withdrawn" } },
};
